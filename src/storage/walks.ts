import type { EdgeEnds, RelationshipRecord, SubgraphRecord } from '../domain/relationship.js';
import type { GraphStore } from './graph-store.js';

function otherEnd(edge: EdgeEnds, id: string): string {
  return edge.sourceId === id ? edge.targetId : edge.sourceId;
}

/**
 * Breadth-first from `startId`, one store call per level: the start, then its neighbours ordered by id,
 * and so on, stopping at `depth` hops or `limit` nodes. Edges are every edge among the chosen nodes. The
 * walk reads only edges' ends; the edges kept are loaded whole (with citations) once, after the limit.
 */
export async function walkNeighbourhood(
  store: Pick<GraphStore, 'getIncidentEdgeEnds' | 'getRelationshipsById'>,
  startId: string,
  depth: number,
  limit: number,
): Promise<SubgraphRecord> {
  const chosen = new Set<string>([startId]);
  const edges = new Map<string, EdgeEnds>();
  let frontier = [startId];
  for (let level = 0; level < depth && frontier.length > 0 && chosen.size < limit; level++) {
    const incident = await store.getIncidentEdgeEnds(frontier);
    const next = new Set<string>();
    for (const edge of incident) {
      for (const id of [edge.sourceId, edge.targetId]) if (!chosen.has(id)) next.add(id);
      edges.set(edge.id, edge);
    }
    frontier = [...next].sort().slice(0, limit - chosen.size);
    for (const id of frontier) chosen.add(id);
  }
  // the last level was never expanded: its edges among chosen nodes (cousins, say) are still unknown
  if (frontier.length > 0 && frontier[0] !== startId) for (const e of await store.getIncidentEdgeEnds(frontier)) edges.set(e.id, e);
  const kept = [...edges.values()].filter((e) => chosen.has(e.sourceId) && chosen.has(e.targetId)).map((e) => e.id);
  const loaded = kept.length === 0 ? [] : await store.getRelationshipsById(kept);
  return {
    nodeIds: [...chosen],
    edges: loaded.filter((e): e is RelationshipRecord => e !== null).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/**
 * The union of all shortest paths, by breadth-first search from both ends (one store call per level).
 * An edge lies on a shortest path exactly when distFrom(u) + 1 + distTo(v) equals the shortest length.
 */
export async function walkShortestPaths(
  store: Pick<GraphStore, 'getIncidentEdges'>,
  from: string,
  to: string,
  maxLength: number,
): Promise<SubgraphRecord> {
  if (from === to) return { nodeIds: [from], edges: [] };
  const seen = new Map<string, RelationshipRecord>();
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
    for (const edge of await store.getIncidentEdges(frontier)) {
      seen.set(edge.id, edge);
      for (const id of frontier) {
        if (edge.sourceId !== id && edge.targetId !== id) continue;
        const other = otherEnd(edge, id);
        if (!dist.has(other)) { dist.set(other, level); next.push(other); }
      }
    }
    if (expandFrom) { frontierFrom = next; reachedFrom = level; } else { frontierTo = next; reachedTo = level; }
    meets = next.some((id) => (expandFrom ? distTo : distFrom).has(id));
  }
  if (!meets) return { nodeIds: [], edges: [] };
  let shortest = Infinity;
  for (const [id, d] of distFrom) if (distTo.has(id)) shortest = Math.min(shortest, d + distTo.get(id)!);
  const meeting = [...distFrom.keys()].filter((id) => distTo.get(id) === shortest - distFrom.get(id)!);
  const adjacency = new Map<string, RelationshipRecord[]>();
  for (const e of seen.values()) {
    for (const id of [e.sourceId, e.targetId]) adjacency.set(id, [...(adjacency.get(id) ?? []), e]);
  }
  // walk back from the meeting nodes towards each end, keeping edges that step one hop closer
  const nodeIds = new Set(meeting);
  const onPath = new Map<string, RelationshipRecord>();
  for (const dist of [distFrom, distTo]) {
    let layer = meeting;
    while (layer.length > 0) {
      const next: string[] = [];
      for (const v of layer) {
        for (const e of adjacency.get(v) ?? []) {
          const u = otherEnd(e, v);
          if (dist.get(u) !== dist.get(v)! - 1) continue;
          onPath.set(e.id, e);
          if (!nodeIds.has(u)) { nodeIds.add(u); next.push(u); }
        }
      }
      layer = next;
    }
  }
  return { nodeIds: [...nodeIds].sort(), edges: [...onPath.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}
