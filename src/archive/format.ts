import { EDIT_ACTIONS, type EditRecord } from '../domain/editing.js';
import { KgError } from '../domain/errors.js';

/*
 * The dump format, JSON Lines: a header, then one entry per write in the order the store applied it,
 * then a closing line with the count (so a file cut at a line boundary is still seen as truncated).
 *
 *   {"format":"kg-dump","version":1,"store":"embedded","createdAt":"2026-..."}
 *   {"kind":"document","document":{...the extraction document as ingested...},"edit":null | EditRecord}
 *   {"kind":"edit","edit":EditRecord}
 *   {"kind":"end","entries":N}
 *
 * A document's `edit` is the INGEST record an editor's ingest wrote with it. Bump ARCHIVE_VERSION when
 * an entry's meaning changes; a reader refuses versions it does not know.
 */
export const ARCHIVE_FORMAT = 'kg-dump';
export const ARCHIVE_VERSION = 1;

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  store: string;
  createdAt: string;
}

export type ArchiveEntry = { kind: 'document'; document: unknown; edit: EditRecord | null } | { kind: 'edit'; edit: EditRecord };

export interface ArchiveEnd {
  kind: 'end';
  entries: number;
}

/** A dump that cannot be read or replayed, naming the file and line. */
export class ArchiveError extends KgError {
  readonly code = 'ARCHIVE_INVALID';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ArchiveError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseHeader(value: unknown, where: string): ArchiveHeader {
  if (!isObject(value) || value.format !== ARCHIVE_FORMAT)
    throw new ArchiveError(`${where}: not a kg dump (the first line must be its header, format "${ARCHIVE_FORMAT}")`);
  if (value.version !== ARCHIVE_VERSION) {
    throw new ArchiveError(
      `${where}: dump format version ${JSON.stringify(value.version)} is not known to this kg (it reads version ${ARCHIVE_VERSION}); use the kg that wrote it`,
    );
  }
  return value as unknown as ArchiveHeader;
}

/** The shape of a history record, checked field by field (its details are checked by the replay's plan). */
function checkedEdit(value: unknown, where: string): EditRecord {
  const e = isObject(value) ? value : {};
  const strings = ['id', 'at', 'editor', 'note', 'summary'].filter((k) => typeof e[k] !== 'string');
  if (strings.length > 0) throw new ArchiveError(`${where}: the edit lacks ${strings.join(', ')}`);
  if (!EDIT_ACTIONS.includes(e.action as never))
    throw new ArchiveError(`${where}: the edit's action ${JSON.stringify(e.action)} is not one of ${EDIT_ACTIONS.join(', ')}`);
  if (!Array.isArray(e.subjectIds) || !e.subjectIds.every((s) => typeof s === 'string'))
    throw new ArchiveError(`${where}: the edit's subjectIds must be a list of ids`);
  return e as unknown as EditRecord;
}

export function parseEntry(value: unknown, where: string): ArchiveEntry | ArchiveEnd {
  if (!isObject(value)) throw new ArchiveError(`${where}: an entry must be a JSON object`);
  if (value.kind === 'end') {
    if (!Number.isInteger(value.entries)) throw new ArchiveError(`${where}: the closing line must give "entries" as a whole number`);
    return value as unknown as ArchiveEnd;
  }
  if (value.kind === 'document')
    return { kind: 'document', document: value.document, edit: value.edit == null ? null : checkedEdit(value.edit, where) };
  if (value.kind === 'edit') return { kind: 'edit', edit: checkedEdit(value.edit, where) };
  throw new ArchiveError(`${where}: unknown entry kind ${JSON.stringify(value.kind)} (expected document, edit or end)`);
}
