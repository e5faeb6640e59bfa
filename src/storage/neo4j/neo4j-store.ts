import type { DuplicateCandidateRecord } from '../../domain/duplicates.js';
import type { ArticleRecord, ArticleSummary, Citation, EntityRecord, EntityType } from '../../domain/entity.js';
import {
  relationshipSummaryOf,
  type EdgeEnds,
  type RelationshipRecord,
  type RelationPage,
  type RelationshipSummary,
  type RelationsQuery,
  type SubgraphRecord,
} from '../../domain/relationship.js';
import type { EditDecision, EditRecord, EditScope, EditSnapshot, Verdict } from '../../domain/editing.js';
import type {
  ArticleFootprint,
  DocumentPlan,
  DocumentWrite,
  EditOptions,
  GraphStore,
  NodeReadOptions,
  WriteCounts,
  WriteOptions,
} from '../graph-store.js';
import { walkShortestPaths } from '../walks.js';
import {
  createNeo4jClient,
  transactionReadClient,
  type Neo4jClient,
  type Neo4jConnection,
  readRows,
  type Row,
  type WriteTransaction,
} from './driver.js';
import { editById, historyOf, survivorsOf, verdictsOf } from './editor-reads.js';
import { applyEdit } from './editor-writes.js';
import { articlesWithoutDocument, documentsAfter, editsAfter } from './ingested-documents.js';
import type { IngestedDocument } from '../ingested-documents.js';
import { migrate } from './migrations.js';
import {
  articleFrom,
  articleSummaryFrom,
  disputeFrom,
  entityFrom,
  entityIn,
  mentionRowsOf,
  mentionsFrom,
  relationshipFrom,
  relationshipIn,
} from './records.js';
import { map, mapList, num, optStr, str, strList } from './rows.js';
import { luceneQueryFor } from './search-query.js';
import * as cypher from './statements.js';
import { planAndWriteDocument, writeChangeSet } from './write-document.js';
import { emptyChangeSet, type ChangeSet } from '../../domain/change-set.js';
import { distinctChangeSet } from '../../domain/edit-change-set.js';
import * as review from './review-items.js';
import * as claims from './claim-statements.js';
import { RELATIONSHIP_SUMMARIES_BY_ID, RELATIONSHIPS_BY_ID } from './editor-statements.js';
import { ENTITY_DIGESTS, ENTITY_FACTS, factReadParams, factsOfRows } from './facts.js';
import { digestFromRow } from '../fact-rows.js';
import type { EntityDigest } from '../../domain/entity-digest.js';
import type { DisputeMarker } from '../../domain/disputes.js';
import type { EntityFacts } from '../../domain/entity-facts.js';
import { candidateLimit, TIE_BREAK_WIDTH } from '../../resolution/search-ranking.js';
import { matchCandidatesBatch } from './match-keys.js';

/** A caller's `first` as a whole number Cypher accepts: 2.5 reads as 2, like the embedded store. */
const LARGEST_PAGE = 2 ** 31 - 1;
function wholeCount(first: number): number {
  if (Number.isNaN(first) || first <= 0) return 0;
  return Math.min(Math.floor(first), LARGEST_PAGE);
}

const edgeEndsFrom = (row: Row): EdgeEnds => ({ id: str(row, 'id'), sourceId: str(row, 'sourceId'), targetId: str(row, 'targetId') });

class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;

  constructor(private readonly client: Neo4jClient) {}

  migrate(): Promise<void> {
    return migrate(this.client);
  }

  close(): Promise<void> {
    return this.client.close();
  }

  getNodes(ids: readonly string[]): Promise<Array<EntityRecord | ArticleRecord | null>>;
  getNodes(ids: readonly string[], options: NodeReadOptions): Promise<Array<EntityRecord | ArticleSummary | null>>;
  async getNodes(ids: readonly string[], options?: NodeReadOptions): Promise<Array<EntityRecord | ArticleSummary | null>> {
    if (ids.length === 0) return [];
    const text = options?.articleText !== false;
    const found = new Map<string, EntityRecord | ArticleSummary>();
    for (const row of await this.client.read(text ? cypher.NODES_BY_ID : cypher.NODES_BY_ID_WITHOUT_TEXT, { ids: [...new Set(ids)] })) {
      const props = map(row, 'props');
      found.set(str(row, 'id'), row.label === 'entity' ? entityFrom(props) : text ? articleFrom(props) : articleSummaryFrom(props));
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  async getMentions(entityIds: readonly string[]): Promise<Citation[][]> {
    if (entityIds.length === 0) return [];
    const rows = await this.client.read(cypher.ENTITY_MENTIONS, { ids: [...new Set(entityIds)] });
    const byId = new Map(rows.map((row) => [str(row, 'id'), mentionsFrom(mentionRowsOf(row, 'mentions'))]));
    return entityIds.map((id) => byId.get(id) ?? []);
  }

  async getRelations(queries: readonly RelationsQuery[]): Promise<RelationshipRecord[][]> {
    return this.relationPages(queries, cypher.RELATIONS_OF_QUERIES, relationshipFrom);
  }

  async getRelationsWithOthers(queries: readonly RelationsQuery[]): Promise<RelationPage[]> {
    const pages: RelationPage[] = queries.map(() => ({ relationships: [], others: [] }));
    for (const row of await this.relationRows(queries, cypher.RELATIONS_WITH_OTHERS_OF_QUERIES)) {
      const others = mapList(row, 'others').map(entityFrom);
      pages[num(row, 'i')] = {
        relationships: mapList(row, 'relationships').map(relationshipFrom),
        others: [...new Map(others.map((o) => [o.id, o])).values()],
      };
    }
    return pages;
  }

  async getRelationEnds(queries: readonly RelationsQuery[]): Promise<EdgeEnds[][]> {
    return this.relationPages(queries, cypher.RELATION_ENDS_OF_QUERIES, edgeEndsFrom);
  }

  private async relationPages<T>(queries: readonly RelationsQuery[], statement: string, from: (r: Row) => T): Promise<T[][]> {
    const results = queries.map((): T[] => []);
    for (const row of await this.relationRows(queries, statement)) results[num(row, 'i')] = mapList(row, 'relationships').map(from);
    return results;
  }

  /** One row per query that has a page (none for an unknown entity), with the query's index as `i`. */
  private async relationRows(queries: readonly RelationsQuery[], statement: string): Promise<Row[]> {
    if (queries.length === 0) return [];
    const params = queries.map((q) => ({
      entityId: q.entityId,
      types: q.types,
      direction: q.direction,
      first: wholeCount(q.first),
    }));
    return this.client.read(statement, { queries: params, maxFirst: params.reduce((max, q) => Math.max(max, q.first), 0) });
  }

  async listEntities(args: { type: EntityType | null; after: string | null; first: number }): Promise<EntityRecord[]> {
    const first = wholeCount(args.first);
    if (first === 0) return [];
    // every id is longer than '', so '' starts at the first entity
    const params = { type: args.type, after: args.after ?? '', first };
    return readRows(this.client, args.type ? cypher.ENTITY_PAGE_OF_TYPE : cypher.ENTITY_PAGE, params, entityIn);
  }

  async countEntities(type: EntityType | null): Promise<number> {
    const [row] = await this.client.read(type ? cypher.COUNT_ENTITIES_OF_TYPE : cypher.COUNT_ENTITIES, { type });
    return num(row, 'n');
  }

  async listArticles(args: { after: string | null; first: number }): Promise<ArticleRecord[]> {
    const first = wholeCount(args.first);
    if (first === 0) return [];
    // every id is longer than '', so '' starts at the first article
    const params = { after: args.after ?? '', first };
    return readRows(this.client, cypher.ARTICLE_PAGE, params, (row) => articleFrom(map(row, 'props')));
  }

  async countArticles(): Promise<number> {
    const [row] = await this.client.read(cypher.COUNT_ARTICLES);
    return num(row, 'n');
  }

  async searchCandidates(args: { query: string; types: EntityType[] | null; first: number }): Promise<EntityRecord[]> {
    const query = luceneQueryFor(args.query);
    const first = wholeCount(args.first);
    if (query === null || first === 0) return [];
    const limit = candidateLimit(first);
    const params = { ...query, types: args.types, limit, wide: TIE_BREAK_WIDTH * limit };
    return readRows(this.client, cypher.SEARCH_ENTITIES, params, entityIn);
  }

  async searchCandidatesBatch(
    queries: ReadonlyArray<{ query: string; types: EntityType[] | null; first: number }>,
  ): Promise<EntityRecord[][]> {
    const results = queries.map((): EntityRecord[] => []);
    const asked = queries.flatMap((q, i) => {
      const query = luceneQueryFor(q.query);
      const first = wholeCount(q.first);
      return query === null || first === 0 ? [] : [{ i, ...query, types: q.types, limit: candidateLimit(first) }];
    });
    if (asked.length === 0) return results;
    const rows = await this.client.read(cypher.SEARCH_ENTITIES_BATCH, { queries: asked });
    for (const row of rows) results[asked[num(row, 'i')].i] = mapList(row, 'found').map(entityFrom);
    return results;
  }

  matchCandidatesBatch(queries: ReadonlyArray<{ name: string; types: EntityType[] | null; first: number }>): Promise<EntityRecord[][]> {
    return matchCandidatesBatch(this.client, queries);
  }

  async getEntityFacts(ids: readonly string[]): Promise<EntityFacts[][]> {
    if (ids.length === 0) return [];
    const byId = factsOfRows(await this.client.read(ENTITY_FACTS, factReadParams(ids)));
    return ids.map((id) => byId.get(id) ?? []);
  }

  async getEntityDigests(ids: readonly string[]): Promise<Array<EntityDigest | null>> {
    if (ids.length === 0) return [];
    const rows = await this.client.read(ENTITY_DIGESTS, factReadParams(ids));
    const byId = new Map(rows.map((row) => [str(row, 'id'), optStr(row, 'digest')]));
    return ids.map((id) => digestFromRow(byId.get(id)));
  }

  async getRelationshipsById(ids: readonly string[]): Promise<Array<RelationshipRecord | null>> {
    if (ids.length === 0) return [];
    const found = await readRows(this.client, RELATIONSHIPS_BY_ID, { ids: [...new Set(ids)] }, relationshipIn);
    const byId = new Map(found.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async getRelationshipSummaries(ids: readonly string[]): Promise<Array<RelationshipSummary | null>> {
    if (ids.length === 0) return [];
    const found = await readRows(this.client, RELATIONSHIP_SUMMARIES_BY_ID, { ids: [...new Set(ids)] }, relationshipIn);
    const byId = new Map(found.map((r) => [r.id, relationshipSummaryOf(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async getArticleFootprint(articleId: string): Promise<ArticleFootprint> {
    const [row] = await this.client.read(claims.ARTICLE_FOOTPRINT, { articleId });
    // the statement aggregates, so it always gives one row; none is read as an article with nothing
    if (!row) return { entityIds: [], relationshipIds: [], mentions: [] };
    const mentions = mapList(row, 'mentions').flatMap((m) =>
      strList(m, 'quotes').map((quote) => ({ entityId: str(m, 'entityId'), quote })),
    );
    return { entityIds: strList(row, 'entityIds').sort(), relationshipIds: strList(row, 'relationshipIds').sort(), mentions };
  }

  async listDisputes(args: { first: number }): Promise<DisputeMarker[]> {
    const first = wholeCount(args.first);
    if (first === 0) return [];
    return readRows(this.client, claims.DISPUTE_PAGE, { first }, disputeFrom);
  }

  async getNeighbourIds(args: { ids: readonly string[]; exclude: readonly string[]; first: number }): Promise<string[]> {
    if (args.ids.length === 0 || args.first <= 0) return [];
    const params = { ids: [...new Set(args.ids)], exclude: [...args.exclude], first: args.first };
    return readRows(this.client, cypher.NEIGHBOUR_IDS, params, (row) => str(row, 'id'));
  }

  async getEdgesAmong(ids: readonly string[]): Promise<RelationshipRecord[]> {
    if (ids.length === 0) return [];
    return readRows(this.client, cypher.EDGES_AMONG, { ids: [...new Set(ids)] }, relationshipIn);
  }

  async getIncidentEdgeEnds(ids: readonly string[]): Promise<EdgeEnds[]> {
    if (ids.length === 0) return [];
    return readRows(this.client, cypher.INCIDENT_EDGE_ENDS, { ids: [...new Set(ids)] }, edgeEndsFrom);
  }

  async getIncidentEdges(ids: readonly string[]): Promise<RelationshipRecord[]> {
    if (ids.length === 0) return [];
    return readRows(this.client, cypher.INCIDENT_EDGES, { ids: [...new Set(ids)] }, relationshipIn);
  }

  /**
   * Cypher's allShortestPaths for 1..10 hops (its bound must be a literal, so one prebuilt statement per
   * bound); otherwise the breadth-first walk the embedded store uses, which gives the same union.
   */
  async findShortestPaths(args: { from: string; to: string; maxLength: number }): Promise<SubgraphRecord> {
    const { from, to, maxLength } = args;
    if (from === to) return { nodeIds: [from], edges: [] };
    // outside the statement table (0, fractions, more than 10 hops) the walk answers, as it does embedded
    if (!(Number.isInteger(maxLength) && maxLength >= 1 && maxLength <= cypher.MAX_PATH_STATEMENT_LENGTH)) {
      return walkShortestPaths(this, from, to, maxLength);
    }
    const edges = await readRows(this.client, cypher.shortestPathsStatement(maxLength), { from, to }, relationshipIn);
    const nodeIds = new Set(edges.flatMap((e) => [e.sourceId, e.targetId]));
    // the same orders as walks.ts, so both stores draw the same subgraph
    return { nodeIds: [...nodeIds].sort(), edges: edges.sort((a, b) => a.id.localeCompare(b.id)) };
  }

  applyChangeSet(set: ChangeSet, options?: WriteOptions): Promise<WriteCounts> {
    return writeChangeSet(this.client, set, options);
  }

  async writeDocument(doc: DocumentWrite, options?: WriteOptions): Promise<WriteCounts> {
    return (await this.planAndWriteDocument(async () => ({ write: doc, result: null }), options)).counts;
  }

  planAndWriteDocument<T>(plan: DocumentPlan<T>, options?: WriteOptions): Promise<{ result: T; counts: WriteCounts }> {
    const viewOf = (tx: WriteTransaction) => new Neo4jGraphStore(transactionReadClient(this.client, tx));
    return planAndWriteDocument(this.client, viewOf, plan, options);
  }

  applyEdit<T>(scope: EditScope, decide: (snapshot: EditSnapshot) => EditDecision<T>, options?: EditOptions): Promise<T> {
    return applyEdit(this.client, scope, decide, options);
  }

  getVerdicts(relationshipIds: readonly string[]): Promise<Array<Verdict | null>> {
    return verdictsOf(this.client, relationshipIds);
  }

  getHistory(subjectIds: readonly string[], first: number): Promise<EditRecord[][]> {
    return historyOf(this.client, subjectIds, first);
  }

  getEdit(editId: string): Promise<EditRecord | null> {
    return editById(this.client, editId);
  }

  listIngestedDocuments(args: { after: number | null; first: number }): Promise<IngestedDocument[]> {
    return documentsAfter(this.client, args.after, Math.max(0, Math.trunc(args.first)));
  }

  listEdits(args: { after: string | null; first: number }): Promise<EditRecord[]> {
    return editsAfter(this.client, args.after, Math.max(0, Math.trunc(args.first)));
  }

  countArticlesWithoutDocument(): Promise<number> {
    return articlesWithoutDocument(this.client);
  }

  resolveMergedIds(ids: readonly string[]): Promise<Array<string | null>> {
    return survivorsOf(this.client, ids);
  }

  async recordDuplicateCandidates(candidates: readonly DuplicateCandidateRecord[]): Promise<void> {
    await this.applyChangeSet({ ...emptyChangeSet(), reviewItems: [...candidates] });
  }

  listDuplicateCandidates(args: { first: number }): Promise<DuplicateCandidateRecord[]> {
    return review.listDuplicateCandidates(this.client, args.first);
  }

  async markDistinct(args: { ids: readonly string[]; note: string; editor: string; at: string; edit?: EditRecord }): Promise<void> {
    await this.applyChangeSet(distinctChangeSet(args));
  }

  findDistinctPairs(ids: readonly string[]): Promise<Array<[string, string]>> {
    return review.findDistinctPairs(this.client, ids);
  }
}

/**
 * Connects to Neo4j and checks that it answers, so a wrong URI or password fails here, at start, with a
 * StoreUnavailableError naming the URI. Call `migrate()` before first use (the composition root does).
 */
export async function openNeo4jStore(config: Neo4jConnection): Promise<GraphStore> {
  const client = createNeo4jClient(config);
  try {
    await client.verify();
  } catch (error) {
    await client.close();
    throw error;
  }
  return new Neo4jGraphStore(client);
}
