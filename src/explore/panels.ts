import { type GraphEdge, type GraphNode, kindOf } from './api.js';
import { h, words } from './dom.js';
import { citationView, disputedBadge, sidesOf, sidesView, statusBadge } from './evidence.js';

/**
 * The evidence for one edge: who, what, to whom, the summary status, and every citation with the status
 * its own source gives and who says so; a disputed edge shows its sides, the denials last.
 */
export function edgePanel(edge: GraphEdge, names: Map<string, string>): HTMLElement {
  const count = `${edge.citations.length} citation${edge.citations.length === 1 ? '' : 's'}`;
  return h(
    'section',
    { class: `edge-details${edge.disputed ? ' disputed' : ''}`, 'aria-live': 'polite' },
    h(
      'h2',
      {},
      `${names.get(edge.source) ?? edge.source} — ${words(edge.type)}${edge.role ? ` (${edge.role})` : ''} → ${names.get(edge.target) ?? edge.target}`,
    ),
    h(
      'p',
      { class: 'summary' },
      statusBadge(edge.status),
      edge.disputed ? ' ' : null,
      edge.disputed ? disputedBadge() : null,
      edge.disputed ? ' Some sources deny what others assert; the status says it is contested.' : null,
    ),
    h('h3', {}, edge.disputed ? `${count}, by what each source says` : count),
    ...(edge.disputed ? [sidesView(sidesOf(edge.citations))] : edge.citations.map((c) => citationView(c))),
  );
}

export interface NodeActions {
  expanded: boolean;
  isFocus: boolean;
  onExpand(): void;
  onFocus(): void;
  onPathTo(): void;
}

export function nodePanel(node: GraphNode, actions: NodeActions): HTMLElement {
  const kind = kindOf(node);
  return h(
    'section',
    { class: 'node-details', 'aria-live': 'polite' },
    h('h2', {}, node.name),
    h('p', {}, words(node.type), kind ? ` · ${words(kind)}` : ''),
    h(
      'p',
      { class: 'actions' },
      actions.expanded ? null : h('button', { type: 'button', onclick: actions.onExpand }, 'Expand'),
      actions.isFocus ? null : h('button', { type: 'button', onclick: actions.onFocus }, 'Start here'),
      actions.isFocus ? null : h('button', { type: 'button', onclick: actions.onPathTo }, 'Path from the start'),
      h('a', { href: `/explore/entity/${encodeURIComponent(node.id)}` }, 'Entity page'),
    ),
  );
}

/** The path found, as steps a reader can follow, or why there is none. */
export function pathPanel(from: string, to: string, nodes: GraphNode[], edges: GraphEdge[], onLeave: () => void): HTMLElement {
  const names = new Map(nodes.map((n) => [n.id, n.name]));
  return h(
    'section',
    { class: 'path-details' },
    h('h2', {}, `Paths from ${names.get(from) ?? from} to ${names.get(to) ?? to}`),
    edges.length === 0
      ? h('p', { role: 'status' }, 'No path of at most 4 steps.')
      : h('p', { role: 'status' }, `${nodes.length} entities and ${edges.length} relationships on the shortest paths.`),
    h(
      'ul',
      {},
      ...edges.map((e) =>
        h(
          'li',
          {},
          `${names.get(e.source)} — ${words(e.type)} → ${names.get(e.target)} `,
          statusBadge(e.status),
          e.disputed ? ' ' : null,
          e.disputed ? disputedBadge() : null,
        ),
      ),
    ),
    h('button', { type: 'button', onclick: onLeave }, 'Leave path mode'),
  );
}
