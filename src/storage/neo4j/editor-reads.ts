import { EDIT_ACTIONS, type EditRecord, type Verdict } from '../../domain/editing.js';
import { readRows, type Neo4jClient, type Row } from './driver.js';
import { EDITS_BY_ID, HISTORY_OF, MERGED_INTO, RELATIONSHIPS_BY_ID } from './editor-statements.js';
import { map, mapList, oneOf, optOneOf, str, strList } from './rows.js';
import { CLAIM_STATUSES } from '../../domain/entity.js';

export async function verdictsOf(client: Neo4jClient, ids: readonly string[]): Promise<Array<Verdict | null>> {
  if (ids.length === 0) return [];
  const found = new Map(
    await readRows(client, RELATIONSHIPS_BY_ID, { ids: [...new Set(ids)] }, (row): [string, Verdict | null] => {
      const r = map(row, 'relationship');
      return [str(r, 'id'), verdictFrom(r)];
    }),
  );
  return ids.map((id) => found.get(id) ?? null);
}

/** An edit from its history entries (one per subject, each carrying the whole record). */
function editFrom(entries: readonly Row[]): EditRecord {
  const [e] = entries;
  return {
    id: str(e, 'editId'),
    at: str(e, 'at'),
    editor: str(e, 'editor'),
    action: oneOf(e, 'action', EDIT_ACTIONS),
    note: str(e, 'note'),
    summary: str(e, 'summary'),
    subjectIds: entries.map((x) => str(x, 'subjectId')),
    details: JSON.parse(str(e, 'details')),
  };
}

export async function editsById(client: Neo4jClient, editIds: readonly string[]): Promise<Map<string, EditRecord>> {
  if (editIds.length === 0) return new Map();
  const entry = (row: Row): [string, EditRecord] => [str(row, 'editId'), editFrom(mapList(row, 'entries'))];
  return new Map(await readRows(client, EDITS_BY_ID, { ids: [...new Set(editIds)] }, entry));
}

export async function historyOf(client: Neo4jClient, subjectIds: readonly string[], first: number): Promise<EditRecord[][]> {
  if (subjectIds.length === 0 || first <= 0) return subjectIds.map(() => []);
  const rows = await client.read(HISTORY_OF, { ids: [...new Set(subjectIds)], first: Math.min(Math.floor(first), 2 ** 31 - 1) });
  const idsBySubject = new Map(rows.map((row) => [str(row, 'id'), strList(row, 'editIds')]));
  const edits = await editsById(client, [...idsBySubject.values()].flat());
  return subjectIds.map((id) => (idsBySubject.get(id) ?? []).map((editId) => edits.get(editId)!).filter(Boolean));
}

export async function editById(client: Neo4jClient, editId: string): Promise<EditRecord | null> {
  return (await editsById(client, [editId])).get(editId) ?? null;
}

/** Follows merges to the end: a merged into b, b later into c, resolves to c. */
export async function survivorsOf(client: Neo4jClient, ids: readonly string[]): Promise<Array<string | null>> {
  const current = new Map(ids.map((id) => [id, id]));
  for (let hop = 0; hop < 32; hop++) {
    const rows = await client.read(MERGED_INTO, { ids: [...new Set(current.values())] });
    if (rows.length === 0) break;
    const next = new Map(rows.map((r) => [str(r, 'id'), str(r, 'into')]));
    for (const [id, at] of current) if (next.has(at)) current.set(id, next.get(at)!);
  }
  return ids.map((id) => (current.get(id) === id ? null : current.get(id)!));
}

/** The editor's verdict, kept as edge properties (Neo4j properties cannot be maps); null where none is. */
export function verdictFrom(props: Record<string, unknown>): Verdict | null {
  const status = optOneOf(props, 'verdict_status', CLAIM_STATUSES);
  if (status === null) return null;
  return {
    status,
    editor: str(props, 'verdict_editor'),
    note: str(props, 'verdict_note'),
    at: str(props, 'verdict_at'),
    editId: str(props, 'verdict_edit'),
  };
}
