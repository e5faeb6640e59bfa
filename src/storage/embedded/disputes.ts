import type { DisputeMarker } from '../../domain/disputes.js';
import type { PreparedStatements } from './connection.js';

const DROP = 'DELETE FROM disputes WHERE subject_id = ?';
const ADD = 'INSERT INTO disputes (id, aspect, subject_id) VALUES (@id, @aspect, @subjectId) ON CONFLICT (id) DO NOTHING';
const PAGE = 'SELECT id, aspect, subject_id AS subjectId FROM disputes ORDER BY id LIMIT @first';

/** Sets a subject's dispute markers to exactly these (none: it is no longer disputed, or gone). */
export function putDisputes(statements: PreparedStatements, subjectId: string, markers: readonly DisputeMarker[]): void {
  statements.get(DROP).run(subjectId);
  for (const m of markers) statements.get(ADD).run(m);
}

export function disputePage(statements: PreparedStatements, first: number): DisputeMarker[] {
  if (first <= 0) return [];
  return statements.get(PAGE).all({ first }) as DisputeMarker[];
}
