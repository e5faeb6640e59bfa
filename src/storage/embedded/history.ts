import type { EditRecord } from '../../domain/editing.js';
import type { PreparedStatements } from './connection.js';

const APPEND_HISTORY = `INSERT INTO edit_history (edit_id, subject_id, at, editor, action, note, summary, details)
  VALUES (@id, @subjectId, @at, @editor, @action, @note, @summary, @details)`;

/** One row per subject, so each subject's history is an index seek; rows are only ever appended. */
export function appendHistory(statements: PreparedStatements, edit: EditRecord): void {
  const details = JSON.stringify(edit.details);
  for (const subjectId of new Set(edit.subjectIds)) {
    statements.get(APPEND_HISTORY).run({ ...edit, subjectId, details });
  }
}
