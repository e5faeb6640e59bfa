import {
  emptyChange,
  newEditRecord,
  type EditAuthor,
  type EditDecision,
  type EditSnapshot,
  type EditableRelationship,
} from '../domain/editing.js';
import type { ClaimStatus } from '../domain/entity.js';
import { NotFoundError } from '../domain/errors.js';
import { relationshipIdOf } from '../domain/ids.js';
import type { GraphStore } from '../storage/graph-store.js';

function relationshipIn(snapshot: EditSnapshot, id: string): EditableRelationship {
  const found = snapshot.relationships.find((r) => r.id === id);
  if (!found) throw new NotFoundError('relationship', id);
  return found;
}

/**
 * Records an editor's verdict beside the relationship: its `status` and citations stay what the sources
 * say. A null status withdraws the verdict.
 */
function decideVerdict(
  snapshot: EditSnapshot,
  id: string,
  status: ClaimStatus | null,
  author: EditAuthor,
): EditDecision<EditableRelationship> {
  const r = relationshipIn(snapshot, id);
  const edit = newEditRecord(
    author,
    'VERDICT',
    [id, r.sourceId, r.targetId],
    status ? `judged ${id} ${status}` : `withdrew the verdict on ${id}`,
    { before: r.verdict, status },
  );
  const verdict = status ? { status, editor: author.editor, note: author.note, at: edit.at, editId: edit.id } : null;
  const judged = { ...r, verdict };
  return { change: { ...emptyChange(edit), putRelationships: [judged] }, result: judged };
}

/** Deletes one relationship with its citations and verdict; its articles, their text and its ends stay. */
function decideDelete(snapshot: EditSnapshot, id: string, author: EditAuthor): EditDecision<string> {
  const r = relationshipIn(snapshot, id);
  const edit = newEditRecord(
    author,
    'DELETE_RELATIONSHIP',
    [id, r.sourceId, r.targetId],
    `deleted ${r.type} ${r.sourceId} -> ${r.targetId}`,
    { before: r },
  );
  return { change: { ...emptyChange(edit), deleteRelationships: [id] }, result: id };
}

/** `given`: the relationship's own id, or its id as the API reads it from one end (`rel:…@person:…`). */
export function setVerdict(
  store: GraphStore,
  given: string,
  status: ClaimStatus | null,
  author: EditAuthor,
): Promise<EditableRelationship> {
  const id = relationshipIdOf(given);
  return store.applyEdit({ entityIds: [], relationshipIds: [id] }, (s) => decideVerdict(s, id, status, author));
}

/** `given`: the relationship's own id, or its id as the API reads it from one end (`rel:…@person:…`). */
export function deleteRelationship(store: GraphStore, given: string, author: EditAuthor): Promise<string> {
  const id = relationshipIdOf(given);
  return store.applyEdit({ entityIds: [], relationshipIds: [id] }, (s) => decideDelete(s, id, author));
}
