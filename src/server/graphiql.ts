import type { GraphiQLOptions } from 'graphql-yoga';

/** What a first-time user sees and can run at once: Duvanov's connections, their status and their sources. */
export const DEFAULT_QUERY = `# Who is connected to the jailed journalist Sergei Duvanov, through what, and on whose word?
# Press the run button. Ids are readable (person:sergei-duvanov) and work in node, neighbourhood,
# paths and timeline. Also try:
#   paths(from: "person:sergei-duvanov", to: "person:mukhtar-ablyazov") { nodes { id name } edges { source target type status } }
query Duvanov {
  search(query: "Duvanov") {
    score
    entity { id name type }
  }
  duvanov: node(id: "person:sergei-duvanov") {
    ... on Person {
      name
      aliases
      roles
      related {
        type
        direction
        status
        role
        other { id name type }
        citations { quote article { title author } }
      }
    }
  }
  timeline(id: "person:sergei-duvanov") {
    name
    date { iso inferred }
    participants { role status entity { name } }
  }
  neighbourhood(id: "person:sergei-duvanov", depth: 1) {
    nodes { id name type }
    edges { source target type status }
  }
}
`;

const rendered = new Map<string, Promise<string>>();

/**
 * GraphiQL from the installed @graphql-yoga/render-graphiql: its page inlines the editor's script, styles
 * and workers, so nothing is fetched from a CDN (yoga's own default page loads them from unpkg). The ~9 MB
 * module is imported on the first page view and each page is rendered once.
 */
export function renderLocalGraphiQL(options: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(options);
  let page = rendered.get(key);
  if (!page) {
    // GraphiQL 5 takes the opening query as `initialQuery`; yoga's option is `defaultQuery`
    page = import('@graphql-yoga/render-graphiql').then((m) =>
      m.renderGraphiQL({ initialQuery: options.defaultQuery, ...options } as GraphiQLOptions),
    );
    rendered.set(key, page);
  }
  return page;
}
