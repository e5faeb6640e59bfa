import type { DisputeMarker } from './disputes.js';
import type { DuplicateCandidateRecord } from './duplicates.js';
import type { EditRecord, Verdict } from './editing.js';
import type { ArticleRecord, EntityRecord } from './entity.js';
import type { FactRow } from './fact-rows.js';
import type { RelationshipRecord } from './relationship.js';
import type { RelationshipType } from './vocabulary.js';

/*
 * What a write does to a graph, decided before anything is written: a document's write, an editor's
 * merge, rename or undo, a bulk load's batch. Every store applies a change set the same way, in the
 * order of its fields below, in one transaction, and decides nothing: ids, ends, dispute markers, which
 * rows a write replaces and which it keeps are all worked out by the planners (document-change-set.ts,
 * edit-change-set.ts, the bulk copy). Ids and the symmetric-type rule live in ids.ts, dispute ids in
 * disputes.ts, fact rows in fact-rows.ts.
 */

/** The points between a change set's parts at which a store reports progress (tests fail writes there). */
export const CHANGE_STEPS = ['article', 'deleted', 'entities', 'mentions', 'relationships', 'history'] as const;
export type ChangeStep = (typeof CHANGE_STEPS)[number];

/** An entity's whole state as stored (its mentions and facts are written apart from it). */
export type EntityState = Omit<EntityRecord, 'mentions' | 'facts'>;

/** A stored edge whose id follows renamed ends; `flipped`: a symmetric edge that now runs the other way. */
export interface EdgeRekey {
  from: string;
  to: string;
  type: RelationshipType;
  sourceId: string;
  targetId: string;
  flipped: boolean;
}

/**
 * Fact rows to write. `source`: the rows of that source (an article) become exactly those given with its
 * id, every other source's rows are kept, and any other row given (a legacy source's, a digest) is put.
 * `entity`: every row of the entity is replaced by the rows given.
 */
export type FactsWrite =
  | { replace: 'source'; sourceId: string; rows: FactRow[] }
  | { replace: 'entity'; entityId: string; rows: FactRow[] };

/** One row per (entity, article) with the article's distinct quotes of the entity. */
export interface MentionRow {
  entityId: string;
  articleId: string;
  quotes: string[];
}

/**
 * Mentions to write. `article`: that article's mentions become exactly these rows (other articles' are
 * kept). `entity`: those entities' mentions become exactly these rows. `none`: the rows are added to what
 * is stored (a bulk load into an empty store).
 */
export type MentionsWrite =
  | { replace: 'article'; articleId: string; rows: MentionRow[] }
  | { replace: 'entity'; entityIds: string[]; rows: MentionRow[] }
  | { replace: 'none'; rows: MentionRow[] };

/**
 * A relationship written with its summary (status, disputed, dates) as given. `article`: that article's
 * citations on it are replaced by the record's, every other article's kept; the edge is made if new.
 * `all`: the edge is written whole, citations and the editor's verdict included.
 */
export type RelationshipWrite =
  | { replace: 'article'; articleId: string; type: RelationshipType; record: RelationshipRecord }
  | { replace: 'all'; type: RelationshipType; record: RelationshipRecord; verdict: Verdict | null };

export interface DistinctPair {
  a: string;
  b: string;
  note: string;
  editor: string;
  at: string;
}

export interface ChangeSet {
  /** created or replaced whole */
  articles: ArticleRecord[];
  /** entities whose id changes (to follow their name): their mentions, facts and redirects follow them */
  renames: Array<{ from: string; to: string }>;
  /** stored edges re-keyed after renames, each from its stored id to its final one */
  rekeys: EdgeRekey[];
  /** relationships deleted with their citations and verdicts */
  deleteRelationships: Array<{ id: string; type: RelationshipType }>;
  /** entities deleted with their mentions and facts (their relationships are deleted above) */
  deleteEntities: string[];
  /** entities written whole (created or replaced) */
  putEntities: EntityState[];
  /** ids that stop redirecting (an entity lives there again) */
  clearRedirects: string[];
  facts: FactsWrite[];
  mentions: MentionsWrite[];
  relationships: RelationshipWrite[];
  /** the subjects whose dispute markers become exactly `markers` (those of them whose subjectId is theirs) */
  disputes: { subjectIds: string[]; markers: DisputeMarker[] };
  /**
   * Entities no source mentions any more, deleted after the relationships are written unless one still
   * holds them; their digests go in any case (they have no source left).
   */
  dropUnheldEntities: string[];
  /** review items (pairs that may be one entity) recorded */
  reviewItems: DuplicateCandidateRecord[];
  /** pairs an editor ruled two entities (ids in order): each closes its review item and is never proposed again */
  distinctPairs: DistinctPair[];
  /** merged id -> survivor */
  redirects: Array<{ id: string; into: string }>;
  history: EditRecord[];
  /** the extraction documents as ingested, kept for dumps */
  documents: Array<{ articleId: string; document: string; editId: string | null }>;
}

export function emptyChangeSet(): ChangeSet {
  return {
    articles: [],
    renames: [],
    rekeys: [],
    deleteRelationships: [],
    deleteEntities: [],
    putEntities: [],
    clearRedirects: [],
    facts: [],
    mentions: [],
    relationships: [],
    disputes: { subjectIds: [], markers: [] },
    dropUnheldEntities: [],
    reviewItems: [],
    distinctPairs: [],
    redirects: [],
    history: [],
    documents: [],
  };
}

/** What a change set added, as the stores count it. */
export interface WriteCounts {
  relationshipsCreated: number;
  citationsAdded: number;
  mentionsAdded: number;
}
