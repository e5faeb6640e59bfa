import type { EdgeEnds, RelationshipRecord, SubgraphRecord } from '../domain/relationship.js';
import type { GraphStore } from './graph-store.js';

function otherEnd(edge: EdgeEnds, id: string): string {
  return edge.sourceId === id ? edge.targetId : edge.sourceId;
}

/**
 * Breadth-first from `startId`, one store call per level: the start, then its neighbours ordered by id,
 * and so on, stopping at `depth` hops or `limit` nodes. Each level is cut to what the limit leaves inside
 * the store; the edges are every edge among the chosen nodes, read whole (with citations) in one last call.
 */
export async function walkNeighbourhood(
  store: Pick<GraphStore, 'getNeighbourIds' | 'getEdgesAmong'>,
  startId: string,
  depth: number,
  limit: number,
): Promise<SubgraphRecord> {
  const chosen = [startId];
  let frontier = [startId];
  for (let level = 0; level < depth && frontier.length > 0 && chosen.length < limit; level++) {
    frontier = await store.getNeighbourIds({ ids: frontier, exclude: chosen, first: limit - chosen.length });
    chosen.push(...frontier);
  }
  return { nodeIds: chosen, edges: await store.getEdgesAmong(chosen) };
}

/**
 * The union of all shortest paths, by breadth-first search from both ends (one store call per level).
 * An edge lies on a shortest path exactly when distFrom(u) + 1 + distTo(v) equals the shortest length.
 * The search reads only edges' ends; the edges on a path are read whole (with citations) once, at the end.
 */
export async function walkShortestPaths(
  store: Pick<GraphStore, 'getIncidentEdgeEnds' | 'getRelationshipsById'>,
  from: string,
  to: string,
  maxLength: number,
): Promise<SubgraphRecord> {
  if (from === to) return { nodeIds: [from], edges: [] };
  const seen = new Map<string, EdgeEnds>();
  const distFrom = new Map([[from, 0]]);
  const distTo = new Map([[to, 0]]);
  let frontierFrom = [from];
  let frontierTo = [to];
  let reachedFrom = 0;
  let reachedTo = 0;
  let meets = false;
  while (!meets && reachedFrom + reachedTo < maxLength) {
    // expand the smaller side: fewer rows per call, same answer
    const expandFrom = frontierFrom.length <= frontierTo.length;
    const frontier = expandFrom ? frontierFrom : frontierTo;
    const dist = expandFrom ? distFrom : distTo;
    const level = (expandFrom ? reachedFrom : reachedTo) + 1;
    if (frontier.length === 0) break;
    const next: string[] = [];
    // a set, not a scan of the frontier per edge: a frontier beside a hub has thousands of edges
    const inFrontier = new Set(frontier);
    for (const edge of await store.getIncidentEdgeEnds(frontier)) {
      seen.set(edge.id, edge);
      for (const [end, other] of [[edge.sourceId, edge.targetId], [edge.targetId, edge.sourceId]]) {
        if (inFrontier.has(end) && !dist.has(other)) { dist.set(other, level); next.push(other); }
      }
    }
    if (expandFrom) { frontierFrom = next; reachedFrom = level; } else { frontierTo = next; reachedTo = level; }
    meets = next.some((id) => (expandFrom ? distTo : distFrom).has(id));
  }
  if (!meets) return { nodeIds: [], edges: [] };
  let shortest = Infinity;
  for (const [id, d] of distFrom) if (distTo.has(id)) shortest = Math.min(shortest, d + distTo.get(id)!);
  const meeting = [...distFrom.keys()].filter((id) => distTo.get(id) === shortest - distFrom.get(id)!);
  const adjacency = new Map<string, EdgeEnds[]>();
  for (const e of seen.values()) {
    for (const id of [e.sourceId, e.targetId]) {
      const list = adjacency.get(id);
      if (list) list.push(e); else adjacency.set(id, [e]);
    }
  }
  // walk back from the meeting nodes towards each end, keeping edges that step one hop closer
  const nodeIds = new Set(meeting);
  const onPath = new Set<string>();
  for (const dist of [distFrom, distTo]) {
    let layer = meeting;
    while (layer.length > 0) {
      const next: string[] = [];
      for (const v of layer) {
        for (const e of adjacency.get(v) ?? []) {
          const u = otherEnd(e, v);
          if (dist.get(u) !== dist.get(v)! - 1) continue;
          onPath.add(e.id);
          if (!nodeIds.has(u)) { nodeIds.add(u); next.push(u); }
        }
      }
      layer = next;
    }
  }
  // in the order Neo4jGraphStore.findShortestPaths gives, so both stores draw the same subgraph
  const edges = await store.getRelationshipsById([...onPath].sort((a, b) => a.localeCompare(b)));
  return { nodeIds: [...nodeIds].sort(), edges: edges.filter((e): e is RelationshipRecord => e !== null) };
}
