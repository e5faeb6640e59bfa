import type { DeskState } from './review-model.js';

/** What an item's card may do: change the review's state, and read the words selected in the article. */
export interface CardContext {
  state: DeskState;
  /** the state changed: save it, check it again, redraw the article's highlights */
  changed(): void;
  /** the words selected in the article, when verbatim */
  selection(): { start: number; end: number; quote: string } | null;
}
