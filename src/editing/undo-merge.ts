import {
  EditRefusedError,
  emptyChange,
  newEditRecord,
  type EditAuthor,
  type EditDecision,
  type EditSnapshot,
  type EditableRelationship,
} from '../domain/editing.js';
import { summariseCitations } from '../domain/claims.js';
import type { EntityFacts } from '../domain/entity-facts.js';
import type { EntityWithMentions } from '../domain/entity.js';
import { NotFoundError } from '../domain/errors.js';
import type { GraphStore } from '../storage/graph-store.js';
import { citationKey, withoutCitations } from './citations.js';
import type { MergeDetails } from './merge-entities.js';

const strip = ({ mentions: _m, ...rest }: EntityWithMentions) => rest;

/** `list` less one copy of each of `remove` (what the merged entities brought to the survivor). */
function withoutFacts(list: readonly EntityFacts[], remove: readonly EntityFacts[]): EntityFacts[] {
  const left = remove.map((f) => JSON.stringify(f));
  return list.filter((f) => {
    const i = left.indexOf(JSON.stringify(f));
    if (i >= 0) left.splice(i, 1);
    return i < 0;
  });
}

/** The survivor of the merge, as it stands now; refused where the merge was undone, or the survivor merged on. */
function standingSurvivor(snapshot: EditSnapshot, mergeEditId: string, merge: MergeDetails): EntityWithMentions {
  for (const id of merge.from) {
    if (snapshot.entities.get(id) || snapshot.mergedInto.get(id) !== merge.into) {
      throw new EditRefusedError(`${id} is no longer merged into ${merge.into}: the merge ${mergeEditId} was already undone`);
    }
  }
  const survivor = snapshot.entities.get(merge.into);
  if (!survivor) {
    const later = snapshot.mergedInto.get(merge.into);
    throw new EditRefusedError(`${merge.into} was merged into ${later ?? 'another entity'} since; undo that merge first`);
  }
  return survivor;
}

/**
 * The merged entities' relationships back as they were; each relationship the merge wrote keeps what was
 * cited of it since, less what the merged entities gave it, and goes if nothing is left that the survivor had.
 */
function relationshipsUndone(snapshot: EditSnapshot, merge: MergeDetails) {
  const fromIds = new Set(merge.from);
  const touches = (r: EditableRelationship) => fromIds.has(r.sourceId) || fromIds.has(r.targetId);
  const restored = merge.before.relationships.filter(touches);
  const survivorOwn = new Map(merge.before.relationships.filter((r) => !touches(r)).map((r) => [r.id, r]));
  const givenCitations = restored.flatMap((r) => r.citations);

  const current = new Map(snapshot.relationships.map((r) => [r.id, r]));
  const putRelationships: EditableRelationship[] = [...restored];
  const deleteRelationships: string[] = [];
  for (const id of merge.afterRelationshipIds) {
    const now = current.get(id);
    if (!now) continue; // deleted by an editor since
    const own = survivorOwn.get(id);
    const kept = withoutCitations(
      now.citations,
      givenCitations.filter((c) => !own?.citations.some((o) => citationKey(o) === citationKey(c))),
    );
    if (kept.length === 0 && !own) deleteRelationships.push(id);
    else putRelationships.push({ ...now, citations: kept, ...summariseCitations(kept) });
  }
  return { restored, putRelationships, deleteRelationships };
}

/** The survivor less what the merge gave it; what was written of it since the merge stays. */
function survivorUndone(survivor: EntityWithMentions, merge: MergeDetails) {
  const [survivorBefore, ...mergedBefore] = merge.before.entities;
  const added = merge.added;
  const state: ReturnType<typeof strip> = {
    ...strip(survivor),
    aliases: survivor.aliases.filter((a) => !added.aliases.includes(a)),
    roles: survivor.roles.filter((r) => !added.roles.includes(r)),
    kind: added.kind ? survivorBefore.kind : survivor.kind,
    date: added.date ? survivorBefore.date : survivor.date,
  };
  const mentions = withoutCitations(survivor.mentions, added.mentions);
  if (survivor.facts)
    state.facts = withoutFacts(
      survivor.facts,
      mergedBefore.flatMap((e) => e.facts ?? []),
    );
  return { state, mentions };
}

/**
 * Undoes a merge: the merged entities come back as they were, with their own relationships, citations and
 * mentions; the survivor loses what the merge gave it (aliases, roles, mentions, citations); relationships
 * fused by the merge keep only what the survivor had. What was written after the merge (a later article's
 * citations of the survivor, an editor's change) stays with the survivor.
 */
function decideUndoMerge(
  snapshot: EditSnapshot,
  mergeEditId: string,
  merge: MergeDetails,
  author: EditAuthor,
): EditDecision<EntityWithMentions[]> {
  const survivor = standingSurvivor(snapshot, mergeEditId, merge);
  const { restored, putRelationships, deleteRelationships } = relationshipsUndone(snapshot, merge);
  const { state, mentions } = survivorUndone(survivor, merge);
  const [, ...mergedBefore] = merge.before.entities;
  const edit = newEditRecord(
    author,
    'UNDO_MERGE',
    [merge.into, ...merge.from, ...restored.map((r) => r.id), ...merge.afterRelationshipIds],
    `undid the merge of ${merge.from.join(', ')} into ${merge.into}`,
    { undoes: mergeEditId },
  );
  return {
    change: {
      ...emptyChange(edit),
      deleteRelationships,
      putEntities: [state, ...mergedBefore.map(strip)],
      setMentions: [{ entityId: merge.into, mentions }, ...mergedBefore.map((e) => ({ entityId: e.id, mentions: e.mentions }))],
      putRelationships,
    },
    result: [{ ...state, mentions }, ...mergedBefore],
  };
}

/** Undoes the merge recorded as `mergeEditId`, in one transaction. */
export async function undoMerge(store: GraphStore, mergeEditId: string, author: EditAuthor): Promise<EntityWithMentions[]> {
  const record = await store.getEdit(mergeEditId);
  if (!record) throw new NotFoundError('edit', mergeEditId);
  if (record.action !== 'MERGE') throw new EditRefusedError(`${mergeEditId} is a ${record.action}, not a merge`);
  const merge = record.details as MergeDetails;
  return store.applyEdit(
    { entityIds: [merge.into, ...merge.from], relationshipIds: merge.before.relationships.map((r) => r.id) },
    (snapshot) => decideUndoMerge(snapshot, mergeEditId, merge, author),
  );
}
