import type { DeskState } from './review-model.js';

/*
 * The draft in progress, in this browser's localStorage: it survives a reload and a closed tab, until it is
 * added to the graph or discarded. It holds the article and the review, never the token.
 */
const KEY = 'kg.desk.draft';

export function loadDraft(): DeskState | null {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as DeskState | null;
    return saved && saved.draft?.format === 'kg-extraction/2' ? saved : null;
  } catch {
    return null;
  }
}

/** False when the browser refused (storage full or off): the review goes on, but will not survive a reload. */
export function saveDraft(state: DeskState): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

export function discardDraft(): void {
  localStorage.removeItem(KEY);
}
