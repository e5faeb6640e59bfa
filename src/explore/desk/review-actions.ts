import { h } from '../dom.js';
import { buildDocument } from './build-document.js';
import { fieldId } from './fields.js';
import type { DeskState } from './review-model.js';

interface ActionHandlers {
  status: HTMLElement;
  check(): Promise<unknown>;
  add(note: string, replace: boolean): Promise<void>;
  discard(): void;
}

/** The file name of a download: the article's title, in letters, digits and dashes. */
const fileName = (title: string) =>
  `${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'draft'
  }.json`;

/**
 * What is done with the whole draft: add it to the graph (with the note the history keeps), download it as
 * the extraction JSON (for `kg ingest`, or to keep), or discard it. A stale draft (its article in the graph
 * already) needs a tick before it replaces what the graph has from that article.
 */
export function reviewActions(state: DeskState, handlers: ActionHandlers) {
  const noteId = fieldId('note');
  const replaceId = fieldId('replace');
  const note = h('input', { id: noteId, type: 'text', size: '40', value: `Reviewed draft of “${state.draft.article.title}”` });
  const replace = h('input', { id: replaceId, type: 'checkbox' });
  const stale = staleNotice(replace, replaceId);
  const element = h(
    'div',
    { class: 'review-actions' },
    stale,
    h('p', { class: 'field' }, h('label', { for: noteId }, 'Note for the history'), ' ', note),
    h(
      'p',
      {},
      addButton(handlers, () => [note.value, replace.checked]),
      ' ',
      downloadButton(state),
      ' ',
      discardButton(handlers),
    ),
  );
  return {
    element,
    showCheck(result: { alreadyIngested: boolean }) {
      stale.hidden = !result.alreadyIngested;
      stale.querySelector('.stale-why')!.textContent = state.alreadyIngested ? '' : ' (added since this draft was made)';
    },
  };
}

/** Shown while the article is in the graph already, with the tick that lets this version replace it. */
function staleNotice(replace: HTMLInputElement, replaceId: string): HTMLElement {
  return h(
    'div',
    { class: 'stale', role: 'alert', hidden: true },
    h(
      'p',
      {},
      'This article is in the graph already',
      h('span', { class: 'stale-why' }),
      '. Adding it again replaces what the graph has from it.',
    ),
    h('p', {}, replace, ' ', h('label', { for: replaceId }, 'Replace what the graph has from this article')),
  );
}

/** "Add to graph", pressed once at a time: `read` gives the note and the "Replace" tick as they are when pressed. */
function addButton(handlers: ActionHandlers, read: () => [note: string, replace: boolean]): HTMLButtonElement {
  const button = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      onclick: async () => {
        button.disabled = true;
        handlers.status.textContent = 'Adding to the graph…';
        try {
          await handlers.add(...read());
        } finally {
          button.disabled = false;
        }
      },
    },
    'Add to graph',
  );
  return button;
}

function downloadButton(state: DeskState): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      onclick: () => {
        const blob = new Blob([`${JSON.stringify(buildDocument(state).document, null, 2)}\n`], { type: 'application/json' });
        const link = h('a', { href: URL.createObjectURL(blob), download: fileName(state.draft.article.title) });
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      },
    },
    'Download JSON',
  );
}

function discardButton(handlers: ActionHandlers): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      onclick: () => {
        if (confirm('Discard this draft and its review?')) handlers.discard();
      },
    },
    'Discard draft',
  );
}
