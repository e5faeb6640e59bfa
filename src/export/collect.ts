import type { ArticleRecord, EntityRecord } from '../domain/entity.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { ClaimCitation } from '../domain/claims.js';
import { describeDate, type PartialDate } from '../domain/partial-date.js';
import type { RelationshipRecord, SubgraphRecord } from '../domain/relationship.js';
import type { GraphStore } from '../storage/graph-store.js';
import { walkNeighbourhood } from '../storage/walks.js';
import type { ExportCitation, ExportEdge, ExportGraph, ExportNode } from './export-graph.js';

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
    throw new ValidationError([
      {
        path: 'scope',
        message: `the graph has ${total} entities, more than the ${maxNodes} a whole-graph export may hold; export a neighbourhood or a path instead`,
      },
    ]);
  }
  const nodeIds: string[] = [];
  for (let after: string | null = null; ; ) {
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

type ArticleOf = (id: string) => ExportCitation['article'];

function citationOf(c: ClaimCitation, articleOf: ArticleOf): ExportCitation {
  return {
    quote: c.quote,
    status: c.status,
    saidBy: c.saidBy ? { name: c.saidBy.name, entityId: c.saidBy.entityId } : null,
    article: articleOf(c.articleId),
  };
}

/** ISO 8601 with the source's precision, and its bound where it has one: 2002-10, before 2003-11-05, 2003-05/2003-07. */
const isoOrNull = (d: PartialDate | null) => (d ? describeDate(d) : null);

/** The subgraph's records with the entity and article fields the formats write. */
async function hydrate(store: GraphStore, subgraph: SubgraphRecord): Promise<ExportGraph> {
  const entities = await getMany<EntityRecord>(store, subgraph.nodeIds);
  const articleIds = new Set([
    ...subgraph.edges.flatMap((e) => e.citations.map((c) => c.articleId)),
    ...[...entities.values()].flatMap((e) => e.dates.flatMap((d) => d.citations.map((c) => c.articleId))),
  ]);
  const articles = await getMany<ArticleRecord>(store, [...articleIds]);
  const articleOf: ArticleOf = (id) => {
    const a = articles.get(id);
    return { id, title: a?.title ?? '', author: a?.author ?? null, url: a?.url ?? null };
  };
  const nodes: ExportNode[] = [...entities.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      roles: e.roles,
      kind: e.kind,
      date: isoOrNull(e.date),
      dates: e.dates.map((d) => ({
        date: describeDate(d.date),
        inferred: d.date.inferred,
        citations: d.citations.map((c) => citationOf(c, articleOf)),
      })),
      disputed: e.disputed,
    }));
  const edges: ExportEdge[] = subgraph.edges.map((e) => ({
    id: e.id,
    source: e.sourceId,
    target: e.targetId,
    type: e.type,
    status: e.status,
    disputed: e.disputed,
    role: e.role,
    start: isoOrNull(e.start),
    end: isoOrNull(e.end),
    citations: e.citations.map((c) => ({
      ...citationOf(c, articleOf),
      start: isoOrNull(c.start),
      end: isoOrNull(c.end),
      asOf: isoOrNull(c.asOf),
    })),
  }));
  return { nodes, edges };
}
