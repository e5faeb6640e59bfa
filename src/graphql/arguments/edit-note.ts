import { badUserInput } from '../errors/input-errors.js';
import type { builder } from '../builder.js';

/** Notes are for people reading the history: a sentence or a paragraph, not a document. */
const MAX_NOTE_LENGTH = 2000;

type ArgBuilder = Parameters<Parameters<typeof builder.mutationField>[1]>[0]['arg'];

/** The `note: String!` every mutation takes: why the editor makes this change. */
export function editNoteArg(t: { arg: ArgBuilder }) {
  return t.arg.string({ required: true, description: `why this change is made (1..${MAX_NOTE_LENGTH} characters); kept in the history` });
}

export function checkedNote(note: string): string {
  const trimmed = note.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NOTE_LENGTH) {
    throw badUserInput('note', `must say why, in 1..${MAX_NOTE_LENGTH} characters; got ${trimmed.length}.`);
  }
  return trimmed;
}
