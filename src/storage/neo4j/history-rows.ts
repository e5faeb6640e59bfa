import type { EditRecord } from '../../domain/editing.js';

/** One history node per subject, so each subject's history is an index seek; `position` keeps their order. */
export function historyRows(edit: EditRecord): Array<Record<string, unknown>> {
  const details = JSON.stringify(edit.details);
  return [...new Set(edit.subjectIds)].map((subjectId, position) => ({
    editId: edit.id,
    subjectId,
    position,
    at: edit.at,
    editor: edit.editor,
    action: edit.action,
    note: edit.note,
    summary: edit.summary,
    details,
  }));
}
