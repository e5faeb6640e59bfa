import { NEIGHBOURHOOD_LIMIT, type GraphEdge, type GraphNode, type Subgraph } from './api.js';
import type { ExplorerState } from './state.js';

const TYPE_ORDER = ['PERSON', 'ORGANISATION', 'PLACE', 'EVENT'];

export interface LeftOut {
  id: string;
  name: string;
  count: number;
  atLeast: boolean;
}

export interface View {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** per expanded entity, the neighbours fetched but not drawn */
  leftOut: LeftOut[];
}

/**
 * What to draw from the fetched neighbourhoods: each expanded entity with its first `show` neighbours
 * (people and organisations before places and events), and every fetched edge among the drawn nodes.
 */
export function buildView(state: ExplorerState, hoods: Map<string, Subgraph>, path: Subgraph | null): View {
  if (path) return { nodes: path.nodes, edges: path.edges, leftOut: [] };
  const nodes = new Map<string, GraphNode>();
  const leftOut: LeftOut[] = [];
  for (const id of state.expanded) {
    const hood = hoods.get(id);
    if (!hood) continue;
    const self = hood.nodes.find((n) => n.id === id);
    if (self) nodes.set(id, self);
    const neighbours = hood.nodes
      .filter((n) => n.id !== id)
      .sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.name.localeCompare(b.name));
    for (const n of neighbours.slice(0, state.show)) nodes.set(n.id, n);
    const hidden = neighbours.slice(state.show).filter((n) => !nodes.has(n.id)).length;
    if (hidden > 0) leftOut.push({ id, name: self?.name ?? id, count: hidden, atLeast: hood.nodes.length >= NEIGHBOURHOOD_LIMIT });
  }
  const edges = new Map<string, GraphEdge>();
  for (const hood of hoods.values()) {
    for (const e of hood.edges) if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], leftOut };
}

/** The filters applied to the table as they are to the drawing. */
export function visibleInTable(view: View, hidden: Set<string>): View {
  const nodes = view.nodes.filter((n) => !hidden.has(`type:${n.type}`));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = view.edges.filter(
    (e) => ids.has(e.source) && ids.has(e.target) && !hidden.has(`rel:${e.type}`) && !hidden.has(`status:${e.status}`),
  );
  return { nodes, edges, leftOut: view.leftOut };
}
