import { h, words } from './dom.js';
import { authorization, currentToken } from './session.js';
import type { ExplorerState } from './state.js';
import type { View } from './view-model.js';

const TYPES = ['PERSON', 'ORGANISATION', 'EVENT', 'PLACE'];
const STATUSES = ['REPORTED', 'CONFIRMED', 'ALLEGED', 'DENIED'];

/** Checkboxes by entity type, status, and the relationship types in view; unchecked means hidden. */
export function filters(view: View, hidden: Set<string>, onToggle: (token: string, on: boolean) => void): HTMLElement {
  const group = (legendText: string, prefix: string, values: string[]) =>
    h(
      'fieldset',
      {},
      h('legend', {}, legendText),
      ...values.map((value) => {
        const token = `${prefix}:${value}`;
        const box = h('input', {
          type: 'checkbox',
          checked: !hidden.has(token),
          'data-filter': token,
          onchange: (e) => onToggle(token, (e.target as HTMLInputElement).checked),
        });
        return h('label', {}, box, ` ${words(value)}`);
      }),
    );
  const relTypes = [
    ...new Set([...view.edges.map((e) => e.type), ...[...hidden].filter((t) => t.startsWith('rel:')).map((t) => t.slice(4))]),
  ].sort();
  return h(
    'div',
    {},
    h('h2', {}, 'Filters'),
    group('Entities', 'type', TYPES),
    group('Status', 'status', STATUSES),
    relTypes.length > 0 ? group('Relationships', 'rel', relTypes) : null,
  );
}

const FORMATS: Array<[string, string]> = [
  ['gexf', 'GEXF (Gephi)'],
  ['graphml', 'GraphML (yEd, Cytoscape)'],
  ['json', 'JSON'],
  ['csv-nodes', 'CSV nodes'],
  ['csv-edges', 'CSV edges'],
  ['cypher', 'Cypher (Neo4j)'],
];

/** Download links for what is on screen: the path, or the start's neighbourhood. */
export function downloads(state: ExplorerState): HTMLElement | null {
  if (!state.focus) return null;
  const scope = state.to
    ? `from=${encodeURIComponent(state.focus)}&to=${encodeURIComponent(state.to)}&maxLength=4`
    : `id=${encodeURIComponent(state.focus)}&depth=1&limit=200`;
  return h(
    'section',
    {},
    h('h2', {}, state.to ? 'Download this path' : 'Download this neighbourhood'),
    h(
      'ul',
      {},
      ...FORMATS.map(([format, label]) =>
        h('li', {}, h('a', { href: `/export?format=${format}&${scope}`, download: '', onclick: withToken }, label)),
      ),
    ),
  );
}

/**
 * A link cannot send a header: signed in, a download is fetched with the token and saved from memory, so
 * it works where the server needs a reader token, and the token never goes in the link.
 */
function withToken(event: Event): void {
  if (!currentToken()) return;
  event.preventDefault();
  const link = event.currentTarget as HTMLAnchorElement;
  void fetch(link.href, { headers: authorization() })
    .then(async (response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'export';
      const saved = h('a', { href: URL.createObjectURL(await response.blob()), download: name });
      saved.click();
      setTimeout(() => URL.revokeObjectURL(saved.href), 1000);
    })
    .catch((error: Error) => {
      link.title = `Could not download: ${error.message}`;
    });
}
