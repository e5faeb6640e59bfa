import { h, words } from './dom.js';
import type { ExplorerState } from './state.js';
import type { View } from './view-model.js';

const TYPES = ['PERSON', 'ORGANISATION', 'EVENT', 'PLACE'];
const STATUSES = ['REPORTED', 'CONFIRMED', 'ALLEGED', 'DENIED'];

/** Checkboxes by entity type, status, and the relationship types in view; unchecked means hidden. */
export function filters(view: View, hidden: Set<string>, onToggle: (token: string, on: boolean) => void): HTMLElement {
  const group = (legendText: string, prefix: string, values: string[]) => h('fieldset', {},
    h('legend', {}, legendText),
    ...values.map((value) => {
      const token = `${prefix}:${value}`;
      const box = h('input', { type: 'checkbox', checked: !hidden.has(token), 'data-filter': token, onchange: (e) => onToggle(token, (e.target as HTMLInputElement).checked) });
      return h('label', {}, box, ` ${words(value)}`);
    }));
  const relTypes = [...new Set([...view.edges.map((e) => e.type), ...[...hidden].filter((t) => t.startsWith('rel:')).map((t) => t.slice(4))])].sort();
  return h('div', {},
    h('h2', {}, 'Filters'),
    group('Entities', 'type', TYPES),
    group('Status', 'status', STATUSES),
    relTypes.length > 0 ? group('Relationships', 'rel', relTypes) : null);
}

const FORMATS: Array<[string, string]> = [
  ['gexf', 'GEXF (Gephi)'], ['graphml', 'GraphML (yEd, Cytoscape)'], ['json', 'JSON'],
  ['csv-nodes', 'CSV nodes'], ['csv-edges', 'CSV edges'], ['cypher', 'Cypher (Neo4j)'],
];

/** Download links for what is on screen: the path, or the start's neighbourhood. */
export function downloads(state: ExplorerState): HTMLElement | null {
  if (!state.focus) return null;
  const scope = state.to
    ? `from=${encodeURIComponent(state.focus)}&to=${encodeURIComponent(state.to)}&maxLength=4`
    : `id=${encodeURIComponent(state.focus)}&depth=1&limit=200`;
  return h('section', {},
    h('h2', {}, state.to ? 'Download this path' : 'Download this neighbourhood'),
    h('ul', {}, ...FORMATS.map(([format, label]) => h('li', {}, h('a', { href: `/export?format=${format}&${scope}`, download: '' }, label)))));
}
