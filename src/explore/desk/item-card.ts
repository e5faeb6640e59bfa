import { append, h } from '../dom.js';
import { claimFields } from './claim-fields.js';
import { entityChoices } from './entity-choices.js';
import { radioGroup } from './fields.js';
import type { CardContext } from './card-context.js';
import type { Item } from './review-model.js';

export type { CardContext } from './card-context.js';

const KIND_WORDS: Record<string, string> = { entities: 'entity', events: 'event', relationships: 'relationship', actors: 'unnamed actor' };

/** The quote an item was found by, as the engine gave it. */
// biome-ignore lint/suspicious/noExplicitAny: the draft is JSON, checked by the server's validator
function quoteOf(item: Item, x: Record<string, any>): string | undefined {
  return item.kind === 'relationships' ? x.quotes?.[0] : x.mentions?.[0];
}

/**
 * One item of the draft for review: what it is, how sure the engine is, the quote it rests on, the
 * verdict (and for an entity, which stored entity it is), its fields for editing, and the validator's
 * problems with it (filled in by the review).
 */
export function itemCard(item: Item, ctx: CardContext): HTMLElement {
  const x = ctx.state.draft[item.kind][item.index];
  const headingId = `h-${item.id.replace('/', '-')}`;
  const card = h('article', { class: 'item', 'data-item': item.id, 'data-kind': item.kind, tabindex: '-1', 'aria-labelledby': headingId });
  const type = item.kind === 'entities' ? ` · ${String(x.type).toLowerCase()}` : '';
  const quote = quoteOf(item, x);
  append(card, [
    h('h3', { id: headingId }, item.label),
    h(
      'p',
      { class: 'meta' },
      `${KIND_WORDS[item.kind]}${type} · confidence ${item.confidence.toFixed(2)}`,
      x.draft?.cue ? ` · ${x.draft.cue}` : '',
    ),
    quote ? h('blockquote', { class: 'found-by' }, quote) : null,
    item.kind === 'entities' ? entityChoices(item, x, ctx) : verdict(item, ctx),
    item.kind === 'relationships' || item.kind === 'events' ? claimFields(item, x, ctx) : null,
    h('p', { class: 'left-out-note', 'aria-live': 'polite' }),
    h('ul', { class: 'problems', 'aria-live': 'polite' }),
  ]);
  return card;
}

function verdict(item: Item, ctx: CardContext): HTMLElement {
  const current = ctx.state.decisions[item.id]?.verdict === 'reject' ? 'reject' : 'accept';
  return radioGroup(
    `Keep ${item.label}?`,
    `verdict-${item.id}`,
    current,
    [
      ['accept', 'Accept'],
      ['reject', 'Reject'],
    ],
    (value) => {
      ctx.state.decisions[item.id] = { verdict: value === 'reject' ? 'reject' : 'accept' };
      ctx.changed();
    },
  );
}
