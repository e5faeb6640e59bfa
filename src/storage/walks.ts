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
  const search = await searchFromBothEnds(store, from, to, maxLength);
  if (!search) return { nodeIds: [], edges: [] };
  const { nodeIds, edgeIds } = pathsThroughMeeting(search);
  // in the order Neo4jGraphStore.findShortestPaths gives, so both stores draw the same subgraph
  const edges = await store.getRelationshipsById([...edgeIds].sort((a, b) => a.localeCompare(b)));
  return { nodeIds: [...nodeIds].sort(), edges: edges.filter((e): e is RelationshipRecord => e !== null) };
}

interface Search {
  /** every edge the search read, by id */
  seen: Map<string, EdgeEnds>;
  distFrom: Map<string, number>;
  distTo: Map<string, number>;
}

/** Breadth-first from both ends until they meet (null: not within maxLength), expanding the smaller side. */
async function searchFromBothEnds(
  store: Pick<GraphStore, 'getIncidentEdgeEnds'>,
  from: string,
  to: string,
  maxLength: number,
): Promise<Search | null> {
  const search: Search = { seen: new Map(), distFrom: new Map([[from, 0]]), distTo: new Map([[to, 0]]) };
  const sides = { from: { frontier: [from], reached: 0 }, to: { frontier: [to], reached: 0 } };
  while (sides.from.reached + sides.to.reached < maxLength) {
    // expand the smaller side: fewer rows per call, same answer
    const expandFrom = sides.from.frontier.length <= sides.to.frontier.length;
    const side = expandFrom ? sides.from : sides.to;
    if (side.frontier.length === 0) return null;
    side.reached += 1;
    side.frontier = await expand(store, side.frontier, expandFrom ? search.distFrom : search.distTo, side.reached, search.seen);
    if (side.frontier.some((id) => (expandFrom ? search.distTo : search.distFrom).has(id))) return search;
  }
  return null;
}

/** The nodes one step beyond the frontier that `dist` has not reached, at distance `level`. */
async function expand(
  store: Pick<GraphStore, 'getIncidentEdgeEnds'>,
  frontier: string[],
  dist: Map<string, number>,
  level: number,
  seen: Map<string, EdgeEnds>,
): Promise<string[]> {
  const next: string[] = [];
  // a set, not a scan of the frontier per edge: a frontier beside a hub has thousands of edges
  const inFrontier = new Set(frontier);
  for (const edge of await store.getIncidentEdgeEnds(frontier)) {
    seen.set(edge.id, edge);
    for (const [end, other] of [
      [edge.sourceId, edge.targetId],
      [edge.targetId, edge.sourceId],
    ] as const) {
      if (inFrontier.has(end) && !dist.has(other)) {
        dist.set(other, level);
        next.push(other);
      }
    }
  }
  return next;
}

/** Walks back from the meeting nodes towards each end, keeping the edges that step one hop closer. */
function pathsThroughMeeting({ seen, distFrom, distTo }: Search): { nodeIds: Set<string>; edgeIds: Set<string> } {
  let shortest = Infinity;
  for (const [id, d] of distFrom) if (distTo.has(id)) shortest = Math.min(shortest, d + distTo.get(id)!);
  const meeting = [...distFrom.keys()].filter((id) => distTo.get(id) === shortest - distFrom.get(id)!);
  const adjacency = new Map<string, EdgeEnds[]>();
  for (const e of seen.values()) {
    for (const id of [e.sourceId, e.targetId]) {
      const list = adjacency.get(id);
      if (list) list.push(e);
      else adjacency.set(id, [e]);
    }
  }
  const nodeIds = new Set(meeting);
  const edgeIds = new Set<string>();
  for (const dist of [distFrom, distTo]) {
    let layer = meeting;
    while (layer.length > 0) {
      const next: string[] = [];
      for (const v of layer) {
        for (const e of adjacency.get(v) ?? []) {
          const u = otherEnd(e, v);
          if (dist.get(u) !== dist.get(v)! - 1) continue;
          edgeIds.add(e.id);
          if (!nodeIds.has(u)) {
            nodeIds.add(u);
            next.push(u);
          }
        }
      }
      layer = next;
    }
  }
  return { nodeIds, edgeIds };
}
