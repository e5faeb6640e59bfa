import type { ChangeSet, ChangeStep, WriteCounts } from '../domain/change-set.js';
import type { EditDecision, EditRecord, EditScope, EditSnapshot, Verdict } from '../domain/editing.js';
import type { ArticleRecord, ArticleSummary, Citation, EntityRecord, EntityType } from '../domain/entity.js';
import type {
  EdgeEnds,
  RelationshipRecord,
  RelationPage,
  RelationshipSummary,
  RelationsQuery,
  SubgraphRecord,
} from '../domain/relationship.js';
import type { DisputeMarker } from '../domain/disputes.js';
import type { DuplicateCandidateRecord } from '../domain/duplicates.js';
import type { EntityDigest } from '../domain/entity-digest.js';
import type { EntityFacts } from '../domain/entity-facts.js';
import type { IngestedDocumentStore } from './ingested-documents.js';
import type { ReviewItemStore } from './review-items.js';

/**
 * The storage port. Reads are batch-shaped for DataLoader: they take lists of keys and return one result
 * per key, in key order (null where nothing exists). Writes take a whole document and are atomic: after a
 * failure the store is exactly as before. The GraphQL layer and ingest talk only to this interface.
 */
export interface GraphStore extends ReviewItemStore, IngestedDocumentStore {
  readonly kind: 'neo4j' | 'embedded';

  /** Creates constraints, indexes and tables; safe to run on every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /**
   * Entities and articles by id (ids are type-prefixed, so one batch can mix them). With `articleText:
   * false` articles come without their text, which may be long (a citation's article where `text` is not
   * selected).
   */
  getNodes(ids: readonly string[]): Promise<Array<EntityRecord | ArticleRecord | null>>;
  getNodes(ids: readonly string[], options: NodeReadOptions): Promise<Array<EntityRecord | ArticleSummary | null>>;
  /** Where the sources mention each entity, in contract order (article id, then quote); [] where none. */
  getMentions(entityIds: readonly string[]): Promise<Citation[][]>;
  /** One list per query, each ordered by relationship type, then id, cut at `first`. */
  getRelations(queries: readonly RelationsQuery[]): Promise<RelationshipRecord[][]>;
  /**
   * getRelations with the entity at the other end of each relationship, in the same read: a query that
   * lists relationships almost always names who is at the other end (GraphQL's \`other\`), which would
   * otherwise cost a second round trip per level.
   */
  getRelationsWithOthers(queries: readonly RelationsQuery[]): Promise<RelationPage[]>;
  /** getRelations with each relationship as its id and ends only (who took part in what, without the citations). */
  getRelationEnds(queries: readonly RelationsQuery[]): Promise<EdgeEnds[][]>;

  /** A page of entities ordered by id, starting after the id `after`. */
  listEntities(args: { type: EntityType | null; after: string | null; first: number }): Promise<EntityRecord[]>;
  countEntities(type: EntityType | null): Promise<number>;
  /** A page of articles ordered by id, starting after the id `after`. */
  listArticles(args: { after: string | null; first: number }): Promise<ArticleRecord[]>;
  countArticles(): Promise<number>;

  /**
   * Candidates for a name query from the store's full-text index over folded names and aliases, best
   * first by the index's own score; the caller ranks them (see ranking in src/resolution/search-ranking.ts).
   */
  searchCandidates(args: { query: string; types: EntityType[] | null; first: number }): Promise<EntityRecord[]>;
  /** searchCandidates for many queries in one round trip, one list per query in query order (ingest's name lookups). */
  searchCandidatesBatch(queries: ReadonlyArray<{ query: string; types: EntityType[] | null; first: number }>): Promise<EntityRecord[][]>;
  /**
   * Resolution's candidates for each name, one list per query in query order: the stored entities that
   * share blocking keys with it (src/resolution/match-keys.ts), by exact index lookups whose cost does not grow
   * with the graph, best first by the number and rarity of shared keys, at most `first`.
   */
  matchCandidatesBatch(queries: ReadonlyArray<{ name: string; types: EntityType[] | null; first: number }>): Promise<EntityRecord[][]>;

  /** What each source says about each entity (see summariseEntity), in key order; [] where none is stored. */
  getEntityFacts(ids: readonly string[]): Promise<EntityFacts[][]>;
  /** Each entity's facts folded over all its sources (see entity-digest.ts), in key order; null where none is kept. */
  getEntityDigests(ids: readonly string[]): Promise<Array<EntityDigest | null>>;
  /** Relationships by id, in key order, null where none is stored. */
  getRelationshipsById(ids: readonly string[]): Promise<Array<RelationshipRecord | null>>;
  /** getRelationshipsById without the citations (a planner folds a new article's onto the summary). */
  getRelationshipSummaries(ids: readonly string[]): Promise<Array<RelationshipSummary | null>>;
  /** The entities an article mentions (with its quotes of each) and the relationships it cites, as stored (empty for an unknown article). */
  getArticleFootprint(articleId: string): Promise<ArticleFootprint>;
  /** Disagreements between sources, ordered by id, at most `first`. */
  listDisputes(args: { first: number }): Promise<DisputeMarker[]>;

  /**
   * A breadth-first walk's step: the entities one hop from any of `ids` (either direction), leaving out
   * `exclude`, each once, ordered by id, at most `first`. The cut happens in the store, so a frontier
   * that touches a hub sends back `first` ids, not the hub's thousands of edges.
   */
  getNeighbourIds(args: { ids: readonly string[]; exclude: readonly string[]; first: number }): Promise<string[]>;
  /** Every edge whose two ends are both among the ids, ordered by id: a subgraph's edges once its nodes are chosen. */
  getEdgesAmong(ids: readonly string[]): Promise<RelationshipRecord[]>;
  /** The id and ends of every edge touching any of the ids (both directions), ordered by id: a path search's step. */
  getIncidentEdgeEnds(ids: readonly string[]): Promise<EdgeEnds[]>;
  /** Every edge touching any of the ids (both directions), for breadth-first walks. */
  getIncidentEdges(ids: readonly string[]): Promise<RelationshipRecord[]>;
  /** The union of all shortest paths between two entities, at most maxLength hops; empty when none. */
  findShortestPaths(args: { from: string; to: string; maxLength: number }): Promise<SubgraphRecord>;

  /**
   * Applies a change set (src/domain/change-set.ts) as it is, in one transaction under the document-write
   * lock: the one executor that document writes, editors' writes and bulk loads all go through.
   */
  applyChangeSet(set: ChangeSet, options?: WriteOptions): Promise<WriteCounts>;

  /** Writes a resolved document in one transaction (under the same lock as planAndWriteDocument). */
  writeDocument(doc: DocumentWrite, options?: WriteOptions): Promise<WriteCounts>;

  /**
   * Plans a document from what the store holds, then writes it, in ONE transaction that first takes the
   * store's single document-write lock: a concurrent writer (another process included) waits until this
   * one commits, so it resolves names against a store that already holds this document's entities and
   * neither creates a namesake nor reports an entity as created twice. `plan` reads only through `view`
   * (the transaction's own view); it may run more than once when a transaction is retried, so it must
   * have no other side effects. Any write that changes entities should go through this lock.
   */
  planAndWriteDocument<T>(plan: DocumentPlan<T>, options?: WriteOptions): Promise<{ result: T; counts: WriteCounts }>;

  /**
   * An editor's write, in one transaction: reads the scope (entities, their edges, the relationships
   * named), holding it against other writers until the end, passes it to `decide` (pure: it may run again
   * when the transaction is retried), applies the change decided, if any, and returns the decision's result.
   */
  applyEdit<T>(scope: EditScope, decide: (snapshot: EditSnapshot) => EditDecision<T>, options?: EditOptions): Promise<T>;
  /** The editor's verdict on each relationship, or null. */
  getVerdicts(relationshipIds: readonly string[]): Promise<Array<Verdict | null>>;
  /** Each subject's history (entity, relationship or article id), newest first, at most `first` each. */
  getHistory(subjectIds: readonly string[], first: number): Promise<EditRecord[][]>;
  getEdit(editId: string): Promise<EditRecord | null>;
  /** The surviving entity each id was merged into (following later merges), or null for an id never merged. */
  resolveMergedIds(ids: readonly string[]): Promise<Array<string | null>>;
}

export interface NodeReadOptions {
  /** read each article's text (default true) */
  articleText?: boolean;
}

export interface ArticleFootprint {
  entityIds: string[];
  relationshipIds: string[];
  /** the article's mentions: each entity it mentions, with the quotes */
  mentions: Array<{ entityId: string; quote: string }>;
}

/** The reads a plan may make inside a write transaction. */
export type GraphReader = Pick<
  GraphStore,
  | 'getNodes'
  | 'getMentions'
  | 'getRelations'
  | 'getRelationEnds'
  | 'listEntities'
  | 'countEntities'
  | 'listArticles'
  | 'countArticles'
  | 'searchCandidates'
  | 'searchCandidatesBatch'
  | 'matchCandidatesBatch'
  | 'getIncidentEdges'
  | 'getNeighbourIds'
  | 'getEdgesAmong'
  | 'getIncidentEdgeEnds'
  | 'findShortestPaths'
  | 'findDistinctPairs'
  | 'getEntityFacts'
  | 'getEntityDigests'
  | 'getRelationshipsById'
  | 'getRelationshipSummaries'
  | 'getArticleFootprint'
>;

/** Reads what it needs through `view` and returns the write to make, with anything the caller wants back. */
export type DocumentPlan<T> = (view: GraphReader) => Promise<{ write: DocumentWrite; result: T }>;

export interface EditOptions {
  /** Called between the steps of applying a change, inside its transaction (for atomicity tests). */
  onStep?: (step: ChangeStep) => void;
}

/**
 * A document after validation and entity resolution. It replaces what its article said before and leaves
 * every other article's claims alone: writing it twice changes nothing, and a corrected version of the
 * article takes the place of the old one.
 */
export interface DocumentWrite {
  article: ArticleRecord;
  /** final state of each entity touched (summarised by the planner from all its sources' facts) */
  entities: Array<Omit<EntityRecord, 'mentions' | 'facts'>>;
  /** the article's mentions, complete: any other mention of this article stored before is removed */
  mentions: Array<Citation & { entityId: string }>;
  /**
   * What the article says of each entity, complete: any facts of this article stored before and not given
   * here are removed, every other source's are kept (so a write's size does not grow with an entity's
   * history). Besides the article's own, only an entity's legacy facts (LEGACY_SOURCE) may come, once,
   * when the planner derived them for an entity stored before facts were kept. Absent: none.
   */
  facts?: Array<{ entityId: string; facts: EntityFacts }>;
  /** Each touched entity's digest (entity-digest.ts) with this article's facts folded in: replaces the stored one. */
  digests?: Array<{ entityId: string; digest: EntityDigest }>;
  /**
   * Each relationship the article cites, or cited before: created when new; its citations from this
   * article replaced by these (none where it no longer cites it), every other article's kept; its summary
   * (status, disputed, start, end), worked out by the planner over all its citations, written as given.
   */
  relationships: RelationshipRecord[];
  /**
   * Entities whose id changes to follow their name (applied first, so everything else in the write uses
   * the new ids): their relationships are re-keyed with them and the old id resolves to the new one.
   */
  renames?: Array<{ from: string; to: string }>;
  /** relationships no source cites any more */
  deleteRelationships?: string[];
  /** entities no source mentions any more; an entity some relationship still holds is kept */
  deleteEntities?: string[];
  /** pairs that may be one entity (the near misses of resolution), recorded with the document */
  duplicateCandidates?: DuplicateCandidateRecord[];
  /** the history record of this write, appended in the same transaction (an editor's ingest) */
  edit?: EditRecord;
  /** the extraction document as ingested (JSON text), kept in the same transaction for dumps (ingested-documents.ts) */
  document?: string;
}

export type { WriteCounts } from '../domain/change-set.js';

export interface WriteOptions {
  /**
   * Called between the steps of a write, inside its transaction. Tests throw from it to prove that a
   * failure part-way leaves the store unchanged.
   */
  onStep?: (step: ChangeStep) => void;
  /**
   * Runs the whole write, counts included, then rolls it back instead of committing: a dry run that
   * reports exactly what the write would do and leaves the store as it was.
   */
  rollback?: boolean;
}
