import { explorerStyles } from './bundle.js';

/**
 * The one page of the explorer (the network at /explore, an entity at /explore/entity/<id>): a shell the
 * script fills from the public GraphQL API, so a shared link is just the URL.
 */
export function explorerPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Knowledge graph explorer</title>
<link rel="icon" href="data:,">
<style>${explorerStyles()}</style>
</head>
<body>
<noscript>The explorer needs JavaScript; the same data is at <a href="/graphql">/graphql</a>.</noscript>
<div id="app"></div>
<script src="/explore/app.js"></script>
</body>
</html>
`;
}

/** Only this server: scripts, styles, connections and images from 'self' (inline styles for the page's own). */
export const EXPLORER_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
