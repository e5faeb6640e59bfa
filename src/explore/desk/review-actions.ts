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
  const stale = h(
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
  const addButton = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      onclick: async () => {
        addButton.disabled = true;
        handlers.status.textContent = 'Adding to the graph…';
        try {
          await handlers.add(note.value, replace.checked);
        } finally {
          addButton.disabled = false;
        }
      },
    },
    'Add to graph',
  );
  const download = h(
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
  const discard = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        if (confirm('Discard this draft and its review?')) handlers.discard();
      },
    },
    'Discard draft',
  );
  const element = h(
    'div',
    { class: 'review-actions' },
    stale,
    h('p', { class: 'field' }, h('label', { for: noteId }, 'Note for the history'), ' ', note),
    h('p', {}, addButton, ' ', download, ' ', discard),
  );
  return {
    element,
    showCheck(result: { alreadyIngested: boolean }) {
      stale.hidden = !result.alreadyIngested;
      stale.querySelector('.stale-why')!.textContent = state.alreadyIngested ? '' : ' (added since this draft was made)';
    },
  };
}
