import type { Citation, ClaimStatus, EntityRecord, EntityWithMentions } from './entity.js';
import { KgError } from './errors.js';
import type { RelationshipRecord } from './relationship.js';

/*
 * Editors' writes. Each one is decided by a pure function over a snapshot the store reads inside the
 * write transaction (so two editors working on the same entity are serialised, never interleaved), and
 * comes back as a GraphChange the store applies in that same transaction, with its history record.
 */

export const EDIT_ACTIONS = ['INGEST', 'MERGE', 'UNDO_MERGE', 'UPDATE_ENTITY', 'VERDICT', 'DELETE_RELATIONSHIP', 'MARK_DISTINCT'] as const;
export type EditAction = (typeof EDIT_ACTIONS)[number];

/** Who makes a write and why: the editor named by the token, and the note they gave. */
export interface EditAuthor {
  editor: string;
  note: string;
  /** A restore replaying a dump keeps each edit's recorded id and time, so the history comes back the same. */
  recorded?: { id: string; at: string };
}

/** One entry of the history: who, when, why, what, and about which entities, relationships or articles. */
export interface EditRecord extends Pick<EditAuthor, 'editor' | 'note'> {
  id: string;
  /** ISO 8601 instant */
  at: string;
  action: EditAction;
  /** every id this edit concerns; the history of each lists it */
  subjectIds: string[];
  /** one line for people: "merged person:a into person:b" */
  summary: string;
  /** what changed, as JSON (for a merge: the states before it, which an undo restores) */
  details: unknown;
}

/** An editor's judgement of a relationship, kept beside (never instead of) the statuses its sources give. */
export interface Verdict {
  status: ClaimStatus;
  editor: string;
  note: string;
  at: string;
  editId: string;
}

/** A relationship as an edit sees and writes it: the record with the editor's verdict, if any. */
export interface EditableRelationship extends RelationshipRecord {
  verdict: Verdict | null;
}

/** What an edit reads: these entities (with their mentions and edges) and these relationships. */
export interface EditScope {
  entityIds: string[];
  relationshipIds: string[];
}

export interface EditSnapshot {
  /** one per scope entity id, null where none is stored */
  entities: Map<string, EntityWithMentions | null>;
  /** the survivor each scope entity id was merged into, where it was */
  mergedInto: Map<string, string>;
  /** every relationship touching a scope entity, and the scope relationships; each once */
  relationships: EditableRelationship[];
}

/**
 * A change, applied in this order: relationships deleted (with their citations and verdicts), entities
 * deleted (with their mentions; their ids may become redirects), entities written whole (clearing any
 * redirect from their id), mentions replaced, relationships written whole (citations and verdict
 * replaced), redirects added, the history record appended.
 */
export interface GraphChange {
  deleteRelationships: string[];
  deleteEntities: string[];
  putEntities: Array<Omit<EntityRecord, 'mentions'>>;
  /** the complete mentions of each listed entity */
  setMentions: Array<{ entityId: string; mentions: Citation[] }>;
  putRelationships: EditableRelationship[];
  /** merged id -> survivor */
  addRedirects: Array<{ id: string; into: string }>;
  edit: EditRecord;
}

export interface EditDecision<T> {
  /** null: nothing to write (a dry run, or nothing to change) */
  change: GraphChange | null;
  result: T;
}

/** An edit that cannot be made as asked: merging an entity into itself, across types, undoing twice... */
export class EditRefusedError extends KgError {
  readonly code = 'EDIT_REFUSED';
  constructor(message: string) {
    super(message);
    this.name = 'EditRefusedError';
  }
}

export function emptyChange(edit: EditRecord): GraphChange {
  return { deleteRelationships: [], deleteEntities: [], putEntities: [], setMentions: [], putRelationships: [], addRedirects: [], edit };
}

/** A new history record, stamped now with a fresh id (or the recorded ones, when a restore replays it). */
export function newEditRecord(
  author: EditAuthor,
  action: EditAction,
  subjectIds: readonly string[],
  summary: string,
  details: unknown,
): EditRecord {
  return {
    id: author.recorded?.id ?? `edit:${crypto.randomUUID()}`,
    at: author.recorded?.at ?? new Date().toISOString(),
    editor: author.editor,
    note: author.note,
    action,
    subjectIds: [...new Set(subjectIds)],
    summary,
    details,
  };
}
