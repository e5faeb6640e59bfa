import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DuplicateCandidateRecord } from '../../domain/duplicates.js';
import type { ArticleRecord, ArticleSummary, Citation, EntityRecord, EntityType } from '../../domain/entity.js';
import { KgError, StoreUnavailableError } from '../../domain/errors.js';
import type {
  EdgeEnds,
  RelationshipRecord,
  RelationPage,
  RelationshipSummary,
  RelationsQuery,
  SubgraphRecord,
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
import { DATABASE_FILE_NAME, openDatabase, PreparedStatements, type DatabaseOptions, type Db } from './connection.js';
import { toDomainError } from './errors.js';
import {
  articleCount,
  articlePage,
  entityCount,
  edgesAmong,
  entityPage,
  incidentEdgeEnds,
  incidentEdges,
  mentionsOf,
  neighbourIds,
  nodesById,
  relationEndsOf,
  relationsOf,
  relationsWithOthersOf,
} from './reads.js';
import { reviewItems } from './review-items.js';
import { migrateSchema } from './schema.js';
import { searchEntities } from './search.js';
import { matchCandidatesBatch } from './match-keys.js';
import { EntityRecordCache } from './entity-cache.js';
import { changeSetWriter, documentWriter, writeQueue } from './write-document.js';
import { emptyChangeSet, type ChangeSet } from '../../domain/change-set.js';
import { distinctChangeSet } from '../../domain/edit-change-set.js';
import { editById, historyOf, survivorsOf, verdictsOf } from './editor-reads.js';
import { editApplier } from './editor-writes.js';
import { articlesWithoutDocument, documentsAfter, editsAfter } from './ingested-documents.js';
import type { IngestedDocument } from '../ingested-documents.js';
import { articleFootprint, entityDigests, entityFacts, relationshipsInKeyOrder, relationshipSummariesInKeyOrder } from './claim-reads.js';
import type { EntityDigest } from '../../domain/entity-digest.js';
import { disputePage } from './disputes.js';
import type { DisputeMarker } from '../../domain/disputes.js';
import type { EntityFacts } from '../../domain/entity-facts.js';
import {
  duplicateCandidatesAfter,
  stagedCounts,
  stagedExtras,
  stagingLedger,
  type StagedExtras,
  type StagingLedger,
} from './staged-extras.js';

/**
 * Entity records kept parsed between reads (entity-cache.ts): about 30 MB of a server's memory at this
 * size; a bulk load's staging store keeps more.
 */
const DEFAULT_ENTITY_CACHE_SIZE = 20_000;

/**
 * The in-process store: one SQLite file per data directory. better-sqlite3 is synchronous, so every
 * method does its work at once and only wraps the outcome in a promise to fit the port.
 */
export class EmbeddedGraphStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private readonly statements: PreparedStatements;
  private readonly write: ReturnType<typeof documentWriter>;
  private readonly writeSet: ReturnType<typeof changeSetWriter>;
  /** one writer at a time on this connection: document writes and edits alike */
  private readonly queue = writeQueue();
  private readonly edit: ReturnType<typeof editApplier>;
  private readonly review: ReturnType<typeof reviewItems>;
  private readonly entityCache: EntityRecordCache;

  private constructor(
    private readonly db: Db,
    entityCacheSize: number,
  ) {
    this.statements = new PreparedStatements(db);
    this.entityCache = new EntityRecordCache(db, this.statements, entityCacheSize);
    this.write = documentWriter(db, this.statements, this, this.queue, this.entityCache);
    this.writeSet = changeSetWriter(db, this.statements, this.queue);
    this.edit = editApplier(db, this.statements);
    this.review = reviewItems(db, this.statements);
  }

  /**
   * Opens (creating if missing) `${dataDir}/kg.sqlite`, or an in-memory database for `':memory:'`, and
   * migrates it, so the store is usable at once; calling migrate() again is harmless.
   */
  static async open(dataDir: string, options: DatabaseOptions = {}): Promise<EmbeddedGraphStore> {
    let db: Db | null = null;
    try {
      let file = ':memory:';
      if (dataDir !== ':memory:') {
        mkdirSync(dataDir, { recursive: true });
        file = join(dataDir, DATABASE_FILE_NAME);
      }
      db = openDatabase(file, options);
      migrateSchema(db);
      return new EmbeddedGraphStore(db, options.entityCacheSize ?? DEFAULT_ENTITY_CACHE_SIZE);
    } catch (error) {
      db?.close();
      const translated = toDomainError(error);
      if (translated instanceof KgError) throw translated;
      throw new StoreUnavailableError(`cannot open the embedded store in ${dataDir}: ${(error as Error).message}`, error);
    }
  }

  async migrate(): Promise<void> {
    return attempt(() => {
      migrateSchema(this.db);
      // a migration may have rebuilt the entities table, and its TEMP triggers with it
      this.entityCache.install();
    });
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  getNodes(ids: readonly string[]): Promise<Array<EntityRecord | ArticleRecord | null>>;
  getNodes(ids: readonly string[], options: NodeReadOptions): Promise<Array<EntityRecord | ArticleSummary | null>>;
  async getNodes(ids: readonly string[], options?: NodeReadOptions): Promise<Array<EntityRecord | ArticleSummary | null>> {
    return attempt(() => nodesById(this.statements, this.entityCache, ids, options?.articleText !== false));
  }

  async getMentions(entityIds: readonly string[]): Promise<Citation[][]> {
    return attempt(() => mentionsOf(this.statements, entityIds));
  }

  async getRelationEnds(queries: readonly RelationsQuery[]): Promise<EdgeEnds[][]> {
    return attempt(() => relationEndsOf(this.statements, queries));
  }

  async getRelationsWithOthers(queries: readonly RelationsQuery[]): Promise<RelationPage[]> {
    return attempt(() => relationsWithOthersOf(this.statements, this.entityCache, queries));
  }

  async getRelations(queries: readonly RelationsQuery[]): Promise<RelationshipRecord[][]> {
    return attempt(() => relationsOf(this.statements, queries));
  }

  async listEntities(args: { type: EntityType | null; after: string | null; first: number }): Promise<EntityRecord[]> {
    return attempt(() => entityPage(this.statements, args));
  }

  async countEntities(type: EntityType | null): Promise<number> {
    return attempt(() => entityCount(this.statements, type));
  }

  async listArticles(args: { after: string | null; first: number }): Promise<ArticleRecord[]> {
    return attempt(() => articlePage(this.statements, args));
  }

  async countArticles(): Promise<number> {
    return attempt(() => articleCount(this.statements));
  }

  async searchCandidates(args: { query: string; types: EntityType[] | null; first: number }): Promise<EntityRecord[]> {
    return attempt(() => searchEntities(this.statements, args));
  }

  async getNeighbourIds(args: { ids: readonly string[]; exclude: readonly string[]; first: number }): Promise<string[]> {
    return attempt(() => neighbourIds(this.statements, args));
  }

  async getEdgesAmong(ids: readonly string[]): Promise<RelationshipRecord[]> {
    return attempt(() => edgesAmong(this.statements, ids));
  }

  async getIncidentEdgeEnds(ids: readonly string[]): Promise<EdgeEnds[]> {
    return attempt(() => incidentEdgeEnds(this.statements, ids));
  }

  async getIncidentEdges(ids: readonly string[]): Promise<RelationshipRecord[]> {
    return attempt(() => incidentEdges(this.statements, ids));
  }

  async searchCandidatesBatch(
    queries: ReadonlyArray<{ query: string; types: EntityType[] | null; first: number }>,
  ): Promise<EntityRecord[][]> {
    return attempt(() => queries.map((q) => searchEntities(this.statements, q)));
  }

  async matchCandidatesBatch(
    queries: ReadonlyArray<{ name: string; types: EntityType[] | null; first: number }>,
  ): Promise<EntityRecord[][]> {
    return attempt(() => matchCandidatesBatch(this.statements, this.entityCache, queries));
  }

  async getEntityFacts(ids: readonly string[]): Promise<EntityFacts[][]> {
    return attempt(() => entityFacts(this.statements, ids));
  }

  async getEntityDigests(ids: readonly string[]): Promise<Array<EntityDigest | null>> {
    return attempt(() => entityDigests(this.statements, ids));
  }

  async getRelationshipsById(ids: readonly string[]): Promise<Array<RelationshipRecord | null>> {
    return attempt(() => relationshipsInKeyOrder(this.statements, ids));
  }

  async getRelationshipSummaries(ids: readonly string[]): Promise<Array<RelationshipSummary | null>> {
    return attempt(() => relationshipSummariesInKeyOrder(this.statements, ids));
  }

  async getArticleFootprint(articleId: string): Promise<ArticleFootprint> {
    return attempt(() => articleFootprint(this.statements, articleId));
  }

  async listDisputes(args: { first: number }): Promise<DisputeMarker[]> {
    return attempt(() => disputePage(this.statements, Math.max(0, Math.trunc(args.first))));
  }

  async findShortestPaths(args: { from: string; to: string; maxLength: number }): Promise<SubgraphRecord> {
    return walkShortestPaths(this, args.from, args.to, args.maxLength);
  }

  async applyChangeSet(set: ChangeSet, options?: WriteOptions): Promise<WriteCounts> {
    try {
      return await this.writeSet(set, options);
    } catch (error) {
      throw toDomainError(error);
    }
  }

  async writeDocument(doc: DocumentWrite, options?: WriteOptions): Promise<WriteCounts> {
    return (await this.planAndWriteDocument(async () => ({ write: doc, result: null }), options)).counts;
  }

  async planAndWriteDocument<T>(plan: DocumentPlan<T>, options?: WriteOptions): Promise<{ result: T; counts: WriteCounts }> {
    try {
      return await this.write(plan, options);
    } catch (error) {
      throw toDomainError(error);
    }
  }

  async applyEdit<T>(scope: EditScope, decide: (snapshot: EditSnapshot) => EditDecision<T>, options?: EditOptions): Promise<T> {
    // queued behind any document write whose transaction is open: it would otherwise join it
    return this.queue(() => attempt(() => this.edit(scope, decide, options)));
  }

  async getVerdicts(relationshipIds: readonly string[]): Promise<Array<Verdict | null>> {
    return attempt(() => verdictsOf(this.statements, relationshipIds));
  }

  async getHistory(subjectIds: readonly string[], first: number): Promise<EditRecord[][]> {
    return attempt(() => historyOf(this.statements, subjectIds, first));
  }

  async getEdit(editId: string): Promise<EditRecord | null> {
    return attempt(() => editById(this.statements, editId));
  }

  async resolveMergedIds(ids: readonly string[]): Promise<Array<string | null>> {
    return attempt(() => survivorsOf(this.statements, ids));
  }

  async listIngestedDocuments(args: { after: number | null; first: number }): Promise<IngestedDocument[]> {
    return attempt(() => documentsAfter(this.statements, args.after, Math.max(0, Math.trunc(args.first))));
  }

  async listEdits(args: { after: string | null; first: number }): Promise<EditRecord[]> {
    return attempt(() => editsAfter(this.statements, args.after, Math.max(0, Math.trunc(args.first))));
  }

  async countArticlesWithoutDocument(): Promise<number> {
    return attempt(() => articlesWithoutDocument(this.statements));
  }

  async recordDuplicateCandidates(candidates: readonly DuplicateCandidateRecord[]): Promise<void> {
    await this.applyChangeSet({ ...emptyChangeSet(), reviewItems: [...candidates] });
  }

  /** For a bulk load from this store as its staging area (see src/bulk): not part of the port. */
  async stagedExtras(): Promise<StagedExtras> {
    return attempt(() => stagedExtras(this.db));
  }

  /** Every review item, in id order, `pageSize` at a time (see duplicateCandidatesAfter). */
  async *stagedDuplicateCandidates(pageSize = 10_000): AsyncGenerator<DuplicateCandidateRecord[]> {
    for (let after = ''; ; ) {
      const page = await attempt(() => duplicateCandidatesAfter(this.db, after, pageSize));
      if (page.length === 0) return;
      yield page;
      after = page[page.length - 1].id;
    }
  }

  async stagedCounts(): Promise<{ relationships: number; citations: number; mentions: number }> {
    return attempt(() => stagedCounts(this.db));
  }

  /** What a bulk load has staged in this store, to resume past it. */
  stagingLedger(): StagingLedger {
    return stagingLedger(this.db);
  }

  async listDuplicateCandidates(args: { first: number }): Promise<DuplicateCandidateRecord[]> {
    return attempt(() => this.review.list(Math.max(0, Math.trunc(args.first))));
  }

  async markDistinct(args: { ids: readonly string[]; note: string; editor: string; at: string; edit?: EditRecord }): Promise<void> {
    await this.applyChangeSet(distinctChangeSet(args));
  }

  async findDistinctPairs(ids: readonly string[]): Promise<Array<[string, string]>> {
    return attempt(() => this.review.distinctPairs(ids));
  }
}

export function openEmbeddedStore(dataDir: string): Promise<GraphStore> {
  return EmbeddedGraphStore.open(dataDir);
}

/** Runs synchronous SQLite work, turning its errors into the domain's (see errors.ts). */
function attempt<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(toDomainError(error));
  }
}
