import type { EditAuthor, EditRecord } from '../domain/editing.js';
import type { ClaimStatus, EntityRecord } from '../domain/entity.js';
import { ValidationError } from '../domain/errors.js';
import { mergeEntities } from '../editing/merge-entities.js';
import { deleteRelationship, setVerdict } from '../editing/relationship-edits.js';
import { undoMerge } from '../editing/undo-merge.js';
import { updateEntity, type EntityUpdate } from '../editing/update-entity.js';
import { ingestDocument } from '../ingest/ingest.js';
import { validateExtraction } from '../ingest/validate.js';
import type { GraphStore } from '../storage/graph-store.js';
import { ArchiveError, type ArchiveEntry } from './format.js';

/** One write of a dump, ready to run against a store. */
export type Replay = (store: GraphStore) => Promise<unknown>;

/** The author of a replayed edit: the recorded editor, note, id and time, so the history comes back the same. */
const authorOf = (edit: EditRecord): EditAuthor => ({ editor: edit.editor, note: edit.note, recorded: { id: edit.id, at: edit.at } });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Checks an entry and returns how to replay it, through the same functions the API's mutations call.
 * Pure: a restore plans every entry first, so bad input is found before anything is written.
 */
export function planReplay(entry: ArchiveEntry, where: string): Replay {
  if (entry.kind === 'document') {
    checkedDocument(entry.document, where);
    if (entry.edit && entry.edit.action !== 'INGEST')
      throw new ArchiveError(`${where}: a document's edit must be an INGEST, not ${entry.edit.action}`);
    const edit = entry.edit ? authorOf(entry.edit) : undefined;
    return (store) => ingestDocument(store, entry.document, { source: where, edit });
  }
  return planEdit(entry.edit, where);
}

function checkedDocument(document: unknown, where: string): void {
  try {
    validateExtraction(document, where);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const [first] = error.problems;
    const more = error.problems.length > 1 ? ` (and ${error.problems.length - 1} more problem(s))` : '';
    throw new ArchiveError(`${where}: the document fails validation: ${first?.path}: ${first?.message}${more}`, { cause: error });
  }
}

function planEdit(edit: EditRecord, where: string): Replay {
  const d = isObject(edit.details) ? edit.details : {};
  const [subject] = edit.subjectIds;
  const author = authorOf(edit);
  const missing = (what: string) => new ArchiveError(`${where}: the ${edit.action} edit ${edit.id} lacks ${what} in its details`);
  switch (edit.action) {
    case 'MERGE':
      if (typeof d.into !== 'string' || !isStrings(d.from)) throw missing('"into" and "from"');
      return (store) => mergeEntities(store, { into: d.into as string, from: d.from as string[], dryRun: false }, author);
    case 'UNDO_MERGE':
      if (typeof d.undoes !== 'string') throw missing('"undoes"');
      return (store) => undoMerge(store, d.undoes as string, author);
    case 'UPDATE_ENTITY': {
      const update = isObject(d.update)
        ? (d.update as EntityUpdate)
        : isObject(d.after)
          ? updateOf(d.after as unknown as EntityRecord)
          : null;
      if (!update || subject === undefined) throw missing('"update" or "after"');
      return (store) => updateEntity(store, subject, update, author);
    }
    case 'VERDICT':
      if (!('status' in d) || subject === undefined) throw missing('"status"');
      return (store) => setVerdict(store, subject, (d.status ?? null) as ClaimStatus | null, author);
    case 'DELETE_RELATIONSHIP':
      if (subject === undefined) throw missing('the relationship id');
      return (store) => deleteRelationship(store, subject, author);
    case 'MARK_DISTINCT':
      if (!isStrings(d.ids)) throw missing('"ids"');
      // the ruling's checks live with the mutation (src/graphql/mutations/mark-distinct.ts); what they allowed is replayed as recorded
      return (store) => store.markDistinct({ ids: d.ids as string[], note: edit.note, editor: edit.editor, at: edit.at, edit });
    case 'INGEST':
      throw new ArchiveError(`${where}: an INGEST edit (${edit.id}) without its document; the dump is damaged`);
  }
}

/** An update recorded before the fields sent were kept: the entity as it became, field by field. */
function updateOf(after: EntityRecord): EntityUpdate {
  return {
    name: after.name,
    aliases: after.aliases,
    roles: after.type === 'PERSON' ? after.roles : undefined,
    kind: after.type === 'ORGANISATION' ? (after.kind ?? undefined) : undefined,
  };
}
