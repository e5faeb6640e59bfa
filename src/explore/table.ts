import { type GraphEdge, type GraphNode, kindOf } from './api.js';
import { h, words } from './dom.js';
import { disputedBadge, statusBadge } from './evidence.js';

/** The drawn subgraph as a table, for keyboard and screen-reader users: one row per relationship. */
export function tableView(nodes: GraphNode[], edges: GraphEdge[], onEdge: (id: string) => void): HTMLElement {
  const names = new Map(nodes.map((n) => [n.id, n.name]));
  const entityLink = (id: string) => h('a', { href: `/explore/entity/${encodeURIComponent(id)}` }, names.get(id) ?? id);
  return h(
    'div',
    { class: 'table-view' },
    h(
      'table',
      {},
      h('caption', {}, `${edges.length} relationships among ${nodes.length} entities in view`),
      h('thead', {}, h('tr', {}, ...['From', 'Relationship', 'To', 'Status', 'Evidence'].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        ...edges.map((e) =>
          h(
            'tr',
            { 'data-edge': e.id },
            h('td', {}, entityLink(e.source)),
            h('td', {}, words(e.type), e.role ? ` (${e.role})` : ''),
            h('td', {}, entityLink(e.target)),
            h('td', {}, statusBadge(e.status), e.disputed ? ' ' : null, e.disputed ? disputedBadge() : null),
            h(
              'td',
              {},
              h(
                'button',
                { type: 'button', onclick: () => onEdge(e.id) },
                `Read ${e.citations.length} citation${e.citations.length === 1 ? '' : 's'}`,
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'table',
      {},
      h('caption', {}, 'Entities in view'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Type'))),
      h(
        'tbody',
        {},
        ...nodes.map((n) => {
          const kind = kindOf(n);
          return h('tr', {}, h('td', {}, entityLink(n.id)), h('td', {}, words(n.type), kind ? ` (${words(kind)})` : ''));
        }),
      ),
    ),
  );
}
