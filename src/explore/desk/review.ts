import { ApiError } from '../api.js';
import { clear, h } from '../dom.js';
import { articleView, verbatimSelection } from './article-view.js';
import { buildDocument, problemItem } from './build-document.js';
import { formatDate } from './fields.js';
import { checkDraft, ingest, type IngestReport } from './desk-api.js';
import { discardDraft, saveDraft } from './draft-storage.js';
import { itemCard, type CardContext } from './item-card.js';
import { itemsOf, leftOut, type DeskState, type Doc } from './review-model.js';
import { reviewActions } from './review-actions.js';

export interface ReviewDone {
  onAdded(report: IngestReport, document: Doc): void;
  onDiscarded(): void;
}

/**
 * The review: the article on one side with each item highlighted at its quote, the items on the other,
 * weakest first. Every change is saved in the browser and checked by the server's validator (the problems
 * appear on the item they concern); nothing is written until "Add to graph".
 */
export function reviewScreen(root: HTMLElement, state: DeskState, done: ReviewDone): void {
  const items = itemsOf(state.draft);
  const text: string = state.draft.article.text;
  const articleHolder = h('div', { class: 'article-holder' });
  const picked = h('p', { class: 'selection-line', role: 'status' }, 'Select words in the article to use them as a quote.');
  const documentProblems = h('ul', { class: 'problems document-problems', 'aria-live': 'polite' });
  const status = h('p', { class: 'desk-status', role: 'status' });
  let selected: ReturnType<typeof verbatimSelection> = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCheck: Promise<{ problemCount: number; alreadyIngested: boolean }> | null = null;

  const ctx: CardContext = { state, changed, selection: () => selected };
  const cards = h('div', { class: 'items' }, ...items.map((item) => itemCard(item, ctx)));
  const pick = (id: string) => cards.querySelector<HTMLElement>(`[data-item="${id}"]`)?.focus();
  const drawArticle = () =>
    clear(
      articleHolder,
      articleView(
        text,
        items.filter((i) => !leftOut(state, i.id)),
        pick,
      ),
    );
  const actions = reviewActions(state, {
    status,
    check: () => check(),
    add,
    discard: () => {
      discardDraft();
      done.onDiscarded();
    },
  });

  function changed(): void {
    if (!saveDraft(state)) status.textContent = 'The browser would not keep this draft: it will not survive a reload.';
    drawArticle();
    for (const card of cards.querySelectorAll<HTMLElement>('.item')) {
      const why = leftOut(state, card.dataset.item!);
      card.classList.toggle('left-out', why !== null);
      card.querySelector('.left-out-note')!.textContent = why ? `Not added: ${why}.` : '';
    }
    clearTimeout(timer);
    timer = setTimeout(() => void check(), 250);
  }

  function check(): Promise<{ problemCount: number; alreadyIngested: boolean }> {
    const { document, origin } = buildDocument(state);
    lastCheck = checkDraft(document).then((result) => {
      for (const list of root.querySelectorAll('.problems')) list.replaceChildren();
      for (const p of result.problems) {
        const id = problemItem(p.path, origin);
        const list = id ? cards.querySelector(`[data-item="${id}"] .problems`) : documentProblems;
        (list ?? documentProblems).append(h('li', {}, `${p.path}: ${p.message}`));
      }
      actions.showCheck(result);
      return result;
    });
    lastCheck.catch((error: unknown) => {
      status.textContent = refusal(error);
    });
    return lastCheck;
  }

  async function add(note: string, replace: boolean): Promise<void> {
    const result = await check().catch((error: unknown) => {
      status.textContent = refusal(error);
      return null;
    });
    if (!result) return;
    if (result.problemCount > 0) {
      status.textContent = `${result.problemCount} problem(s) to fix before adding: they are shown on their items.`;
      root.querySelector<HTMLElement>('.problems li')?.closest<HTMLElement>('.item')?.focus();
      return;
    }
    if (result.alreadyIngested && !replace) {
      status.textContent = 'This article is in the graph already: tick "Replace" to add this version in its place, or discard the draft.';
      return;
    }
    const { document } = buildDocument(state);
    try {
      const report = await ingest(document, note);
      discardDraft();
      done.onAdded(report, document);
    } catch (error) {
      status.textContent = refusal(error);
    }
  }

  watchSelection(articleHolder, text, picked, cards, (chosen) => {
    selected = chosen;
  });

  clear(
    root,
    h(
      'div',
      { class: 'review' },
      h(
        'section',
        { class: 'review-article', 'aria-label': 'Article' },
        h('h2', {}, state.draft.article.title),
        articleMeta(state.draft.article),
        picked,
        articleHolder,
      ),
      h(
        'section',
        { class: 'review-items', 'aria-label': 'Draft items' },
        actions.element,
        status,
        documentProblems,
        h('h2', {}, `Items, weakest first (${items.length})`),
        cards,
      ),
    ),
  );
  changed();
}

/**
 * Follows the selection in the article: what is selected is shown, and the "use the words selected" buttons
 * are enabled only while it is verbatim.
 */
function watchSelection(
  holder: HTMLElement,
  text: string,
  line: HTMLElement,
  cards: HTMLElement,
  onSelect: (chosen: ReturnType<typeof verbatimSelection>) => void,
): void {
  document.addEventListener('selectionchange', () => {
    const selection = getSelection();
    const touches = holder.contains(selection?.anchorNode ?? null) || holder.contains(selection?.focusNode ?? null);
    if (!touches) return; // a click on a button elsewhere keeps the words chosen
    const chosen = verbatimSelection(holder, text);
    onSelect(chosen);
    line.textContent = chosen
      ? `Selected: “${chosen.quote}”`
      : 'Select words of the article (not across its edges) to use them as a quote.';
    for (const button of cards.querySelectorAll<HTMLButtonElement>('.use-selection')) button.disabled = chosen === null;
  });
}

function articleMeta(article: Doc): HTMLElement {
  return h(
    'p',
    { class: 'note' },
    [article.author, article.publisher, formatDate(article.publishedAt), article.url].filter(Boolean).join(' · '),
  );
}

/** A refused write, in words: the draft is kept either way. */
export function refusal(error: unknown): string {
  if (error instanceof ApiError && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED')) {
    return `Refused: ${error.message} Your draft is kept; sign in with an editor token to add it.`;
  }
  return `Could not add the article: ${(error as Error).message}. Your draft is kept.`;
}
