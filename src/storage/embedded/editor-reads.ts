import type { EditAction, EditRecord, Verdict } from '../../domain/editing.js';
import type { ClaimStatus } from '../../domain/entity.js';
import type { RelationshipRecord, RelationshipSummary } from '../../domain/relationship.js';
import type { PreparedStatements } from './connection.js';
import {
  RELATIONSHIP_COLUMNS,
  RELATIONSHIP_SUMMARY_COLUMNS,
  relationshipFromRow,
  relationshipSummaryFromRow,
  type RelationshipRow,
} from './rows.js';

const RELATIONSHIPS_BY_ID = `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships r
  WHERE r.id IN (SELECT value FROM json_each(@ids)) ORDER BY r.id`;
const RELATIONSHIP_SUMMARIES_BY_ID = `SELECT ${RELATIONSHIP_SUMMARY_COLUMNS} FROM relationships r
  WHERE r.id IN (SELECT value FROM json_each(@ids))`;
const VERDICTS = `SELECT relationship_id, status, editor, note, at, edit_id FROM verdicts
  WHERE relationship_id IN (SELECT value FROM json_each(@ids))`;
const MERGED_INTO = 'SELECT id, into_id FROM merged_ids WHERE id IN (SELECT value FROM json_each(@ids))';
// newest first: seq grows with every append
const HISTORY = `SELECT * FROM (
    SELECT h.*, row_number() OVER (PARTITION BY subject_id ORDER BY seq DESC) AS n FROM edit_history h
    WHERE subject_id IN (SELECT value FROM json_each(@ids))
  ) WHERE n <= @first ORDER BY subject_id, seq DESC`;
const EDIT = 'SELECT * FROM edit_history WHERE edit_id = ? ORDER BY seq';

interface HistoryRow {
  edit_id: string;
  subject_id: string;
  at: string;
  editor: string;
  action: string;
  note: string;
  summary: string;
  details: string;
}

export function relationshipsById(statements: PreparedStatements, ids: readonly string[]): RelationshipRecord[] {
  if (ids.length === 0) return [];
  return (statements.get(RELATIONSHIPS_BY_ID).all({ ids: JSON.stringify(ids) }) as RelationshipRow[]).map(relationshipFromRow);
}

export function relationshipSummariesById(statements: PreparedStatements, ids: readonly string[]): RelationshipSummary[] {
  if (ids.length === 0) return [];
  return (statements.get(RELATIONSHIP_SUMMARIES_BY_ID).all({ ids: JSON.stringify(ids) }) as RelationshipRow[]).map(
    relationshipSummaryFromRow,
  );
}

export function verdictsOf(statements: PreparedStatements, ids: readonly string[]): Array<Verdict | null> {
  if (ids.length === 0) return [];
  const rows = statements.get(VERDICTS).all({ ids: JSON.stringify(ids) }) as Array<Record<string, string>>;
  const found = new Map(
    rows.map((r) => [
      r.relationship_id,
      {
        status: r.status as ClaimStatus,
        editor: r.editor,
        note: r.note,
        at: r.at,
        editId: r.edit_id,
      },
    ]),
  );
  return ids.map((id) => found.get(id) ?? null);
}

export function mergedIntoOf(statements: PreparedStatements, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = statements.get(MERGED_INTO).all({ ids: JSON.stringify(ids) }) as Array<{ id: string; into_id: string }>;
  return new Map(rows.map((r) => [r.id, r.into_id]));
}

function editFromRows(rows: HistoryRow[]): EditRecord {
  const [r] = rows;
  return {
    id: r.edit_id,
    at: r.at,
    editor: r.editor,
    action: r.action as EditAction,
    note: r.note,
    summary: r.summary,
    subjectIds: rows.map((x) => x.subject_id),
    details: JSON.parse(r.details),
  };
}

/** History rows carry one subject each; a record read by subject lists the edit's other subjects too. */
export function historyOf(statements: PreparedStatements, subjectIds: readonly string[], first: number): EditRecord[][] {
  const results = subjectIds.map((): EditRecord[] => []);
  if (subjectIds.length === 0 || first <= 0) return results;
  const rows = statements.get(HISTORY).all({ ids: JSON.stringify(subjectIds), first }) as HistoryRow[];
  const index = new Map(subjectIds.map((id, i) => [id, i]));
  for (const row of rows) results[index.get(row.subject_id)!]?.push(editById(statements, row.edit_id)!);
  return subjectIds.map((id) => results[index.get(id)!]);
}

export function editById(statements: PreparedStatements, editId: string): EditRecord | null {
  const rows = statements.get(EDIT).all(editId) as HistoryRow[];
  return rows.length === 0 ? null : editFromRows(rows);
}

/** Follows merges to the end: a merged into b, b later into c, resolves to c. Cycles cannot arise (a survivor exists). */
export function survivorsOf(statements: PreparedStatements, ids: readonly string[]): Array<string | null> {
  return ids.map((id) => {
    let current = id;
    for (let hop = 0; hop < 32; hop++) {
      const next = mergedIntoOf(statements, [current]).get(current);
      if (next === undefined) return current === id ? null : current;
      current = next;
    }
    return current;
  });
}
