import type { ArticleRecord, EntityRecord } from '../domain/entity.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { toIso } from '../domain/partial-date.js';
import type { RelationshipRecord, SubgraphRecord } from '../domain/relationship.js';
import type { GraphStore } from '../storage/graph-store.js';
import { walkNeighbourhood } from '../storage/walks.js';
import type { ExportEdge, ExportGraph, ExportNode } from './export-graph.js';

/** What to export: the same questions the API answers, with its bounds. */
export type ExportScope =
  | { kind: 'neighbourhood'; id: string; depth: number; limit: number }
  | { kind: 'path'; from: string; to: string; maxLength: number }
  | { kind: 'all'; maxNodes: number };

export const SCOPE_BOUNDS = { depth: [1, 4], limit: [1, 1000], maxLength: [1, 8] } as const;

/** Ids per store call: keeps each batch's statement and result small. */
const BATCH = 500;

export async function collectExport(store: GraphStore, scope: ExportScope): Promise<ExportGraph> {
  if (scope.kind === 'neighbourhood') {
    checkRange('depth', scope.depth, SCOPE_BOUNDS.depth);
    checkRange('limit', scope.limit, SCOPE_BOUNDS.limit);
    await requireEntities(store, [scope.id]);
    return hydrate(store, await walkNeighbourhood(store, scope.id, scope.depth, scope.limit));
  }
  if (scope.kind === 'path') {
    checkRange('maxLength', scope.maxLength, SCOPE_BOUNDS.maxLength);
    await requireEntities(store, [scope.from, scope.to]);
    return hydrate(store, await store.findShortestPaths(scope));
  }
  return hydrate(store, await wholeGraph(store, scope.maxNodes));
}

function checkRange(name: string, value: number, [min, max]: readonly [number, number]): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError([{ path: name, message: `must be a whole number between ${min} and ${max}; got ${value}` }]);
  }
}

async function requireEntities(store: GraphStore, ids: string[]): Promise<void> {
  const found = await store.getNodes(ids);
  ids.forEach((id, i) => {
    if (!found[i] || !('type' in found[i]!)) throw new NotFoundError('entity', id);
  });
}

/** Every entity and every edge among them; refuses, before reading edges, a graph over the cap. */
async function wholeGraph(store: GraphStore, maxNodes: number): Promise<SubgraphRecord> {
  const total = await store.countEntities(null);
  if (total > maxNodes) {
    throw new ValidationError([{ path: 'scope', message: `the graph has ${total} entities, more than the ${maxNodes} a whole-graph export may hold; export a neighbourhood or a path instead` }]);
  }
  const nodeIds: string[] = [];
  for (let after: string | null = null; ;) {
    const page = await store.listEntities({ type: null, after, first: BATCH });
    nodeIds.push(...page.map((e) => e.id));
    if (page.length < BATCH) break;
    after = page[page.length - 1].id;
  }
  const edges = new Map<string, RelationshipRecord>();
  for (let i = 0; i < nodeIds.length; i += BATCH) {
    for (const edge of await store.getIncidentEdges(nodeIds.slice(i, i + BATCH))) edges.set(edge.id, edge);
  }
  return { nodeIds, edges: [...edges.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}

async function getMany<T>(store: GraphStore, ids: string[]): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  for (let i = 0; i < ids.length; i += BATCH) {
    for (const record of await store.getNodes(ids.slice(i, i + BATCH))) if (record) found.set(record.id, record as T);
  }
  return found;
}

/** The subgraph's records with the entity and article fields the formats write. */
async function hydrate(store: GraphStore, subgraph: SubgraphRecord): Promise<ExportGraph> {
  const entities = await getMany<EntityRecord>(store, subgraph.nodeIds);
  const articleIds = [...new Set(subgraph.edges.flatMap((e) => e.citations.map((c) => c.articleId)))];
  const articles = await getMany<ArticleRecord>(store, articleIds);
  const nodes: ExportNode[] = [...entities.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, roles: e.roles, kind: e.kind, date: e.date ? toIso(e.date) : null }));
  const edges: ExportEdge[] = subgraph.edges.map((e) => ({
    id: e.id, source: e.sourceId, target: e.targetId, type: e.type, status: e.status, role: e.role,
    start: e.start ? toIso(e.start) : null, end: e.end ? toIso(e.end) : null,
    citations: e.citations.map((c) => {
      const a = articles.get(c.articleId);
      return { quote: c.quote, article: { id: c.articleId, title: a?.title ?? '', author: a?.author ?? null, url: a?.url ?? null } };
    }),
  }));
  return { nodes, edges };
}
