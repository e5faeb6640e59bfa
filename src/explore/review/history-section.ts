import type { Viewer } from '../account.js';
import { clear, h, words } from '../dom.js';
import { entityLink } from './duplicate-sides.js';
import { noteField, outcomeLine, refusal, say } from './note-field.js';
import { historyOf, undoMerge, type Edit } from './review-api.js';

/**
 * An entity's history on its page: every write that concerned it, newest first; an editor may undo a merge
 * from here (the merged entities come back with their own relationships and citations).
 */
export function historySection(entityId: string, viewer: Promise<Viewer | null>): HTMLElement {
  const box = h(
    'section',
    { class: 'history', 'aria-labelledby': 'history-heading' },
    h('h2', { id: 'history-heading' }, 'History'),
    h('p', {}, 'Loading…'),
  );
  const heading = box.firstElementChild!;
  Promise.all([historyOf(entityId), viewer.catch(() => null)])
    .then(([edits, v]) => {
      const undone = new Set(edits.flatMap((e) => (e.action === 'UNDO_MERGE' ? undoneMerge(e) : [])));
      clear(
        box,
        heading,
        edits.length === 0 ? h('p', {}, 'No edits yet: it is as the articles gave it.') : null,
        h('ol', { class: 'edits' }, ...edits.map((e) => editItem(e, Boolean(v?.mayEdit) && e.action === 'MERGE' && !undone.has(e.id)))),
      );
    })
    .catch((error: Error) => clear(box, heading, h('p', { role: 'alert' }, `Could not load the history: ${error.message}`)));
  return box;
}

/** The merge an undo undid, named in its details (JSON, as the server wrote it). */
function undoneMerge(edit: Edit): string[] {
  const { details } = edit;
  return details && typeof details === 'object' && 'undoes' in details && typeof details.undoes === 'string' ? [details.undoes] : [];
}

function editItem(edit: Edit, mayUndo: boolean): HTMLElement {
  return h(
    'li',
    { class: 'edit', 'data-action': edit.action, 'data-edit': edit.id },
    h('p', {}, h('strong', {}, words(edit.action)), ` · ${edit.at.slice(0, 16).replace('T', ' ')} · ${edit.editor}`),
    h('p', {}, edit.summary),
    h('p', { class: 'note' }, `Note: ${edit.note}`),
    mayUndo ? undoControls(edit) : null,
  );
}

function undoControls(edit: Edit): HTMLElement {
  const outcome = outcomeLine();
  const note = noteField('Note for the undo (why)', outcome);
  const button = h('button', { type: 'button' }, 'Undo this merge');
  button.addEventListener('click', () => {
    const text = note.read();
    if (!text) return;
    button.disabled = true;
    undoMerge(edit.id, text)
      .then((back) => {
        say(outcome, 'Undone: back as they were: ');
        back.forEach((e, i) => outcome.append(i ? ', ' : '', entityLink(e)));
      })
      .catch((error: unknown) => {
        button.disabled = false;
        say(outcome, refusal(error), true);
      });
  });
  return h('div', { class: 'undo' }, note.element, h('p', { class: 'actions' }, button), outcome);
}
