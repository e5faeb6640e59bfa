import {
  isArticleId,
  type ArticleRecord,
  type ArticleSummary,
  type Citation,
  type EntityRecord,
  type EntityType,
  type EntityWithMentions,
} from '../../domain/entity.js';
import type { EdgeEnds, RelationPage, RelationshipRecord, RelationsQuery } from '../../domain/relationship.js';
import type { PreparedStatements } from './connection.js';
import type { EntityRecordCache } from './entity-cache.js';
import { relationshipsById } from './editor-reads.js';
import {
  ARTICLE_COLUMNS,
  ARTICLE_SUMMARY_COLUMNS,
  ENTITY_COLUMNS,
  ENTITY_MENTIONS_COLUMN,
  RELATIONSHIP_COLUMNS,
  articleFromRow,
  articleSummaryFromRow,
  entityFromRow,
  relationshipFromRow,
  type ArticleRow,
  type EntityRow,
  type RelationshipRow,
} from './rows.js';

// Lists travel as one JSON parameter and are unpacked by json_each, so each statement has a fixed text
// (prepared once) however many keys a batch holds.

const ENTITIES_BY_ID = `SELECT e.seq, ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN (SELECT value FROM json_each(@ids))`;
const articlesById = (columns: string) => `SELECT ${columns} FROM articles a WHERE a.id IN (SELECT value FROM json_each(@ids))`;
const ARTICLES_BY_ID = articlesById(ARTICLE_COLUMNS);
const ARTICLE_SUMMARIES_BY_ID = articlesById(ARTICLE_SUMMARY_COLUMNS);

const ENTITIES_WITH_MENTIONS = `SELECT ${ENTITY_COLUMNS}, ${ENTITY_MENTIONS_COLUMN}
  FROM entities e WHERE e.id IN (SELECT value FROM json_each(@ids))`;

/** Entities whole, mentions included (what an edit reads before rewriting them), in key order. */
export function entitiesWithMentions(statements: PreparedStatements, ids: readonly string[]): Array<EntityWithMentions | null> {
  if (ids.length === 0) return [];
  const rows = statements.get(ENTITIES_WITH_MENTIONS).all({ ids: JSON.stringify([...new Set(ids)]) }) as Array<
    EntityRow & { mentions: string }
  >;
  const byId = new Map(rows.map((row) => [row.id, { ...entityFromRow(row), mentions: JSON.parse(row.mentions) as Citation[] }]));
  return ids.map((id) => byId.get(id) ?? null);
}

const MENTIONS_OF = `SELECT entity_id, json_group_array(json_object('articleId', article_id, 'quote', quote) ORDER BY article_id, quote) AS mentions
  FROM mentions WHERE entity_id IN (SELECT value FROM json_each(@ids))
  GROUP BY entity_id`;

/** Each entity's mentions in contract order (article id, then quote); [] where none. */
export function mentionsOf(statements: PreparedStatements, ids: readonly string[]): Citation[][] {
  if (ids.length === 0) return [];
  const rows = statements.get(MENTIONS_OF).all({ ids: JSON.stringify([...new Set(ids)]) }) as Array<{
    entity_id: string;
    mentions: string;
  }>;
  const byId = new Map(rows.map((row) => [row.entity_id, JSON.parse(row.mentions) as Citation[]]));
  return ids.map((id) => byId.get(id) ?? []);
}

/** Entities and articles by id, in key order; articles without their text unless `articleText`. */
export function nodesById(
  statements: PreparedStatements,
  cache: EntityRecordCache,
  ids: readonly string[],
  articleText = true,
): Array<EntityRecord | ArticleSummary | null> {
  const articleIds = [...new Set(ids.filter(isArticleId))];
  const entityIds = [...new Set(ids.filter((id) => !isArticleId(id)))];
  const found = new Map<string, EntityRecord | ArticleSummary>();
  if (entityIds.length > 0) {
    const entities = cache.recordsOfIds(entityIds, (missing) =>
      (statements.get(ENTITIES_BY_ID).all({ ids: JSON.stringify(missing) }) as Array<EntityRow & { seq: number }>).map((row) => ({
        seq: row.seq,
        record: entityFromRow(row),
      })),
    );
    for (const [id, record] of entities) found.set(id, record);
  }
  if (articleIds.length > 0) {
    for (const row of statements
      .get(articleText ? ARTICLES_BY_ID : ARTICLE_SUMMARIES_BY_ID)
      .all({ ids: JSON.stringify(articleIds) }) as ArticleRow[]) {
      found.set(row.id, articleText ? articleFromRow(row) : articleSummaryFromRow(row));
    }
  }
  return ids.map((id) => found.get(id) ?? null);
}

// One query's page of ids. The (end, type, id) indexes hold each direction already in the page's order,
// so SQLite merges the two halves and stops at `first`: a hub's thousands of edges are never read. A
// self-loop asked for in BOTH directions is found by the OUT half only. @out and @in are 0 or 1.
const pageOf = (typeFilter: string) => `SELECT id, type, source_id, target_id FROM relationships
    WHERE source_id = @entityId AND @out ${typeFilter}
  UNION ALL SELECT id, type, source_id, target_id FROM relationships
    WHERE target_id = @entityId AND @in AND NOT (@out AND source_id = @entityId) ${typeFilter}
  ORDER BY type, id LIMIT @first`;
const PAGE_OF_ANY_TYPE = pageOf('');
const PAGE_OF_TYPES = pageOf('AND type IN (SELECT value FROM json_each(@types))');
/** For the test that the pages are read in index order, without a sort. */
export const RELATION_PAGE_STATEMENTS = [PAGE_OF_ANY_TYPE, PAGE_OF_TYPES];

/** Each query's page as its rows' ids and ends, read from the indexes alone (they hold both ends). */
export function relationEndsOf(statements: PreparedStatements, queries: readonly RelationsQuery[]): EdgeEnds[][] {
  return queries.map((q) => {
    if (q.first <= 0 || q.types?.length === 0) return [];
    const params = { entityId: q.entityId, out: Number(q.direction !== 'IN'), in: Number(q.direction !== 'OUT'), first: q.first };
    const rows =
      q.types === null
        ? statements.get(PAGE_OF_ANY_TYPE).all(params)
        : statements.get(PAGE_OF_TYPES).all({ ...params, types: JSON.stringify(q.types) });
    return (rows as Array<{ id: string; source_id: string; target_id: string }>).map((row) => ({
      id: row.id,
      sourceId: row.source_id,
      targetId: row.target_id,
    }));
  });
}

export function relationsOf(statements: PreparedStatements, queries: readonly RelationsQuery[]): RelationshipRecord[][] {
  const pages = relationEndsOf(statements, queries).map((page) => page.map((edge) => edge.id));
  // the pages' rows read whole (with citations) in one statement
  const byId = new Map(relationshipsById(statements, [...new Set(pages.flat())]).map((r) => [r.id, r]));
  return pages.map((ids) => ids.map((id) => byId.get(id)!));
}

/** relationsOf with the entities at the pages' other ends, each read once for all the pages. */
export function relationsWithOthersOf(
  statements: PreparedStatements,
  cache: EntityRecordCache,
  queries: readonly RelationsQuery[],
): RelationPage[] {
  const pages = relationsOf(statements, queries);
  const othersOf = pages.map((page, i) => [...new Set(page.map((r) => (r.sourceId === queries[i].entityId ? r.targetId : r.sourceId)))]);
  const ids = [...new Set(othersOf.flat())];
  const byId = new Map(nodesById(statements, cache, ids).map((node, i) => [ids[i], node as EntityRecord]));
  return pages.map((relationships, i) => ({
    relationships,
    others: othersOf[i].map((id) => byId.get(id)).filter((e): e is EntityRecord => e != null),
  }));
}

// UNION keeps each neighbour once; ORDER BY and LIMIT run in SQLite, so only `first` ids come back
const NEIGHBOUR_IDS = `SELECT id FROM (
    SELECT target_id AS id FROM relationships WHERE source_id IN (SELECT value FROM json_each(@ids))
    UNION SELECT source_id FROM relationships WHERE target_id IN (SELECT value FROM json_each(@ids))
  ) WHERE id NOT IN (SELECT value FROM json_each(@exclude))
  ORDER BY id LIMIT @first`;

export function neighbourIds(
  statements: PreparedStatements,
  args: { ids: readonly string[]; exclude: readonly string[]; first: number },
): string[] {
  if (args.ids.length === 0 || args.first <= 0) return [];
  const rows = statements
    .get(NEIGHBOUR_IDS)
    .all({ ids: JSON.stringify(args.ids), exclude: JSON.stringify(args.exclude), first: args.first });
  return (rows as Array<{ id: string }>).map((row) => row.id);
}

const EDGES_AMONG = `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships r
  WHERE r.source_id IN (SELECT value FROM json_each(@ids)) AND r.target_id IN (SELECT value FROM json_each(@ids))
  ORDER BY r.id`;

export function edgesAmong(statements: PreparedStatements, ids: readonly string[]): RelationshipRecord[] {
  if (ids.length === 0) return [];
  return (statements.get(EDGES_AMONG).all({ ids: JSON.stringify(ids) }) as RelationshipRow[]).map(relationshipFromRow);
}

const INCIDENT_EDGE_ENDS = `SELECT id, source_id AS sourceId, target_id AS targetId FROM relationships
  WHERE source_id IN (SELECT value FROM json_each(@ids))
  UNION SELECT id, source_id, target_id FROM relationships WHERE target_id IN (SELECT value FROM json_each(@ids))
  ORDER BY id`;

export function incidentEdgeEnds(statements: PreparedStatements, ids: readonly string[]): EdgeEnds[] {
  if (ids.length === 0) return [];
  return statements.get(INCIDENT_EDGE_ENDS).all({ ids: JSON.stringify(ids) }) as EdgeEnds[];
}

const INCIDENT_EDGES = `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships r WHERE r.id IN (
    SELECT id FROM relationships WHERE source_id IN (SELECT value FROM json_each(@ids))
    UNION SELECT id FROM relationships WHERE target_id IN (SELECT value FROM json_each(@ids))
  ) ORDER BY r.id`;

export function incidentEdges(statements: PreparedStatements, ids: readonly string[]): RelationshipRecord[] {
  if (ids.length === 0) return [];
  return (statements.get(INCIDENT_EDGES).all({ ids: JSON.stringify(ids) }) as RelationshipRow[]).map(relationshipFromRow);
}

// every id is longer than '', so `id > ''` starts at the first row and keeps the index usable; with a
// type the (type, id) index serves the page, so the two cases are two statements
const ENTITY_PAGE = `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id > @after ORDER BY e.id LIMIT @first`;
const ENTITY_PAGE_OF_TYPE = `SELECT ${ENTITY_COLUMNS} FROM entities e
  WHERE e.type = @type AND e.id > @after ORDER BY e.id LIMIT @first`;

export function entityPage(
  statements: PreparedStatements,
  args: { type: EntityType | null; after: string | null; first: number },
): EntityRecord[] {
  if (args.first <= 0) return []; // SQLite reads a negative LIMIT as "no limit"
  const params = { type: args.type, after: args.after ?? '', first: args.first };
  const rows = statements.get(args.type ? ENTITY_PAGE_OF_TYPE : ENTITY_PAGE).all(params);
  return (rows as EntityRow[]).map(entityFromRow);
}

const ARTICLE_PAGE = `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id > @after ORDER BY a.id LIMIT @first`;

export function articlePage(statements: PreparedStatements, args: { after: string | null; first: number }): ArticleRecord[] {
  if (args.first <= 0) return []; // SQLite reads a negative LIMIT as "no limit"
  const params = { after: args.after ?? '', first: args.first };
  const rows = statements.get(ARTICLE_PAGE).all(params);
  return (rows as ArticleRow[]).map(articleFromRow);
}

export function entityCount(statements: PreparedStatements, type: EntityType | null): number {
  const sql = type ? 'SELECT count(*) AS n FROM entities WHERE type = @type' : 'SELECT count(*) AS n FROM entities';
  return (statements.get(sql).get({ type }) as { n: number }).n;
}

export function articleCount(statements: PreparedStatements): number {
  return (statements.get('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}
