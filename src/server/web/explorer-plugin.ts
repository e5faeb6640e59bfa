import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { GraphStore } from '../../storage/graph-store.js';
import { explorerScript, prepareExplorerScript } from './bundle.js';
import { handleExport } from './export-route.js';
import { EXPLORER_CSP, explorerPage } from './page.js';

function isExplorerPage(path: string): boolean {
  return (
    path === '/explore' ||
    path === '/explore/' ||
    path === '/explore/desk' ||
    path === '/explore/review' ||
    /^\/explore\/entity\/[^/]+$/.test(path)
  );
}

const isGet = (request: Request) => request.method === 'GET' || request.method === 'HEAD';

/**
 * The explorer's page shell and script (/explore, /explore/entity/<id>, /explore/desk, /explore/review, /explore/app.js; /
 * redirects to /explore). They hold no data, only the code that asks /graphql for it with the token the
 * visitor signs in with, so they are served before the token check: with KG_REQUIRE_READER_TOKEN=1 a
 * visitor must be able to load the page that asks for the token.
 */
export function useExplorerPages(options: { logger: Logger }): Plugin {
  // the server is being put together: bundle the page's script now, not on its first visitor's request
  prepareExplorerScript(options.logger);
  return {
    async onRequest({ request, url, endResponse }) {
      if (!isGet(request)) return;
      if (url.pathname === '/') {
        // the site's root is the explorer; 302, not 301, which browsers would remember for good
        endResponse(new Response(null, { status: 302, headers: { location: `/explore${url.search}` } }));
      } else if (isExplorerPage(url.pathname)) {
        endResponse(
          new Response(explorerPage(), {
            headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': EXPLORER_CSP },
          }),
        );
      } else if (url.pathname === '/explore/app.js') {
        try {
          endResponse(
            new Response(await explorerScript(), {
              headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' },
            }),
          );
        } catch (error) {
          options.logger.error({ err: error }, 'could not bundle the explorer');
          endResponse(new Response('the explorer could not be built; see the server log', { status: 500 }));
        }
      }
    },
  };
}

/** Export downloads (/export) beside /graphql, on either store: data, so after the token check. */
export function useExplorer(options: { store: GraphStore; logger: Logger }): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (isGet(request) && url.pathname === '/export') endResponse(await handleExport(url, options.store, options.logger));
    },
  };
}
