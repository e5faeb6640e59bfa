import type { EditAction, EditRecord, Verdict } from '../../domain/editing.js';
import type { Neo4jClient } from './driver.js';
import { EDITS_BY_ID, HISTORY_OF, MERGED_INTO, RELATIONSHIPS_BY_ID } from './editor-statements.js';
import { verdictFrom } from './editor-writes.js';

export async function verdictsOf(client: Neo4jClient, ids: readonly string[]): Promise<Array<Verdict | null>> {
  if (ids.length === 0) return [];
  const rows = await client.read(RELATIONSHIPS_BY_ID, { ids: [...new Set(ids)] });
  const found = new Map(
    rows.map((row) => {
      const r = row.relationship as Record<string, unknown>;
      return [String(r.id), verdictFrom(r)];
    }),
  );
  return ids.map((id) => found.get(id) ?? null);
}

function editFrom(entries: Array<Record<string, unknown>>): EditRecord {
  const [e] = entries;
  return {
    id: String(e.editId),
    at: String(e.at),
    editor: String(e.editor),
    action: e.action as EditAction,
    note: String(e.note),
    summary: String(e.summary),
    subjectIds: entries.map((x) => String(x.subjectId)),
    details: JSON.parse(String(e.details)),
  };
}

export async function editsById(client: Neo4jClient, editIds: readonly string[]): Promise<Map<string, EditRecord>> {
  if (editIds.length === 0) return new Map();
  const rows = await client.read(EDITS_BY_ID, { ids: [...new Set(editIds)] });
  return new Map(rows.map((row) => [String(row.editId), editFrom(row.entries as Array<Record<string, unknown>>)]));
}

export async function historyOf(client: Neo4jClient, subjectIds: readonly string[], first: number): Promise<EditRecord[][]> {
  if (subjectIds.length === 0 || first <= 0) return subjectIds.map(() => []);
  const rows = await client.read(HISTORY_OF, { ids: [...new Set(subjectIds)], first: Math.min(Math.floor(first), 2 ** 31 - 1) });
  const idsBySubject = new Map(rows.map((row) => [String(row.id), row.editIds as string[]]));
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
    const next = new Map(rows.map((r) => [String(r.id), String(r.into)]));
    for (const [id, at] of current) if (next.has(at)) current.set(id, next.get(at)!);
  }
  return ids.map((id) => (current.get(id) === id ? null : current.get(id)!));
}
