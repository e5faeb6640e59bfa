import { ApiError } from '../api.js';
import { clear, h } from '../dom.js';
import { articleView, verbatimSelection } from './article-view.js';
import { buildDocument, problemItem } from './build-document.js';
import { formatDate } from './fields.js';
import { checkDraft, type DraftCheck, ingest, type IngestReport } from './desk-api.js';
import { discardDraft, saveDraft } from './draft-storage.js';
import { itemCard, type CardContext } from './item-card.js';
import { type DeskState, type Doc, type Item, itemsOf, leftOut } from './review-model.js';
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
  new Review(root, state, done).show();
}

type Check = { problemCount: number; alreadyIngested: boolean };

/** One draft under review: its cards, the article beside them, and the checks and writes of the whole. */
class Review {
  private readonly items: Item[];
  private readonly text: string;
  private readonly articleHolder = h('div', { class: 'article-holder' });
  private readonly picked = h('p', { class: 'selection-line', role: 'status' }, 'Select words in the article to use them as a quote.');
  private readonly documentProblems = h('ul', { class: 'problems document-problems', 'aria-live': 'polite' });
  private readonly status = h('p', { class: 'desk-status', role: 'status' });
  private readonly cards: HTMLElement;
  private readonly actions: ReturnType<typeof reviewActions>;
  private selected: ReturnType<typeof verbatimSelection> = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly state: DeskState,
    private readonly done: ReviewDone,
  ) {
    this.items = itemsOf(state.draft);
    this.text = state.draft.article.text;
    const ctx: CardContext = { state, changed: () => this.changed(), selection: () => this.selected };
    this.cards = h('div', { class: 'items' }, ...this.items.map((item) => itemCard(item, ctx)));
    this.actions = reviewActions(state, {
      status: this.status,
      check: () => this.check(),
      add: (note, replace) => this.add(note, replace),
      discard: () => {
        discardDraft();
        done.onDiscarded();
      },
    });
  }

  show(): void {
    watchSelection(this.articleHolder, this.text, this.picked, this.cards, (chosen) => {
      this.selected = chosen;
    });
    clear(this.root, this.layout());
    this.changed();
  }

  private layout(): HTMLElement {
    const { article } = this.state.draft;
    return h(
      'div',
      { class: 'review' },
      h(
        'section',
        { class: 'review-article', 'aria-label': 'Article' },
        h('h2', {}, article.title),
        articleMeta(article),
        this.picked,
        this.articleHolder,
      ),
      h(
        'section',
        { class: 'review-items', 'aria-label': 'Draft items' },
        this.actions.element,
        this.status,
        this.documentProblems,
        h('h2', {}, `Items, weakest first (${this.items.length})`),
        this.cards,
      ),
    );
  }

  private drawArticle(): void {
    const pick = (id: string) => this.cards.querySelector<HTMLElement>(`[data-item="${id}"]`)?.focus();
    clear(
      this.articleHolder,
      articleView(
        this.text,
        this.items.filter((i) => !leftOut(this.state, i.id)),
        pick,
      ),
    );
  }

  /** After every edit: saved, redrawn, each card marked if it will be left out, and checked once the typing stops. */
  private changed(): void {
    if (!saveDraft(this.state)) this.status.textContent = 'The browser would not keep this draft: it will not survive a reload.';
    this.drawArticle();
    for (const card of this.cards.querySelectorAll<HTMLElement>('.item')) {
      const why = leftOut(this.state, card.dataset.item!);
      card.classList.toggle('left-out', why !== null);
      card.querySelector('.left-out-note')!.textContent = why ? `Not added: ${why}.` : '';
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), 250);
  }

  private check(): Promise<Check> {
    const { document, origin } = buildDocument(this.state);
    const checked = checkDraft(document).then((result) => {
      this.showProblems(result.problems, origin);
      this.actions.showCheck(result);
      return result;
    });
    checked.catch((error: unknown) => {
      this.status.textContent = refusal(error);
    });
    return checked;
  }

  /** The validator's problems, each on the card of the item it concerns (the document's own above the cards). */
  private showProblems(problems: DraftCheck['problems'], origin: Map<string, string>): void {
    for (const list of this.root.querySelectorAll('.problems')) list.replaceChildren();
    for (const p of problems) {
      const id = problemItem(p.path, origin);
      const list = id ? this.cards.querySelector(`[data-item="${id}"] .problems`) : this.documentProblems;
      (list ?? this.documentProblems).append(h('li', {}, `${p.path}: ${p.message}`));
    }
  }

  private async add(note: string, replace: boolean): Promise<void> {
    const result = await this.check().catch((error: unknown) => {
      this.status.textContent = refusal(error);
      return null;
    });
    if (!result || this.heldBack(result, replace)) return;
    const { document } = buildDocument(this.state);
    try {
      const report = await ingest(document, note);
      discardDraft();
      this.done.onAdded(report, document);
    } catch (error) {
      this.status.textContent = refusal(error);
    }
  }

  /** Whether the check holds the draft back (problems to fix, or a stale article without "Replace"), saying why. */
  private heldBack(result: Check, replace: boolean): boolean {
    if (result.problemCount > 0) {
      this.status.textContent = `${result.problemCount} problem(s) to fix before adding: they are shown on their items.`;
      this.root.querySelector<HTMLElement>('.problems li')?.closest<HTMLElement>('.item')?.focus();
      return true;
    }
    if (result.alreadyIngested && !replace) {
      this.status.textContent =
        'This article is in the graph already: tick "Replace" to add this version in its place, or discard the draft.';
      return true;
    }
    return false;
  }
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
