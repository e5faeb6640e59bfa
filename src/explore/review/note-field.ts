import { ApiError } from '../api.js';
import { h } from '../dom.js';
import { fieldId } from '../desk/fields.js';

/** The API's bound on an editor's note: 1..2000 characters, kept in the history. */
const NOTE_MAX = 2000;

/** A labelled note for an editor's write; `read` gives it trimmed, or null (and says why) when empty. */
export function noteField(label: string, outcome: HTMLElement): { element: HTMLElement; read(): string | null } {
  const id = fieldId('note');
  const area = h('textarea', { id, rows: '2', cols: '40', maxlength: String(NOTE_MAX), required: true });
  return {
    element: h('p', { class: 'field note-field' }, h('label', { for: id }, label), ' ', area),
    read() {
      const note = area.value.trim();
      if (note) return note;
      say(outcome, 'Write a note first: it says why, in the history.', true);
      area.focus();
      return null;
    },
  };
}

/** Where an action's outcome is announced: polite for success, an alert for a refusal. */
export function outcomeLine(): HTMLElement {
  return h('p', { class: 'outcome', role: 'status', 'aria-live': 'polite' });
}

export function say(line: HTMLElement, text: string, problem = false): void {
  line.textContent = text;
  line.classList.toggle('problem', problem);
  line.setAttribute('role', problem ? 'alert' : 'status');
}

/** The API's refusal in an editor's words: a reader's token, a lost sign-in, or the message itself. */
export function refusal(error: unknown): string {
  if (error instanceof ApiError && error.code === 'FORBIDDEN') return 'Your token may read but not edit: sign in with an editor token.';
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') return 'You are not signed in as an editor any more: sign in again.';
  return `Refused: ${(error as Error).message}`;
}
