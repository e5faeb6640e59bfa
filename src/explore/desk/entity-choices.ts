import type { EntityType } from '../api.js';
import { clear, h } from '../dom.js';
import { candidatesFor, type Candidate } from './desk-api.js';
import { radioGroup } from './fields.js';
import type { CardContext } from './card-context.js';
import type { Item } from './review-model.js';

const entityLink = (c: Candidate) =>
  h(
    'a',
    {
      href: `/explore/entity/${encodeURIComponent(c.id)}`,
      target: '_blank',
      rel: 'noopener',
      'aria-label': `${c.name}: entity page (opens a new tab)`,
    },
    'page',
  );

/**
 * An entity's verdict: a new entity, one the graph already has (the engine's matches and a search for
 * its name, each with its aliases and a link to its page), or rejected. The candidates load after the
 * card is drawn; until then (or when none is found) the choice is new or reject.
 */
export function entityChoices(
  item: Item,
  x: { name: string; type: EntityType; draft?: { matches?: Array<{ id: string }> } },
  ctx: CardContext,
): HTMLElement {
  const holder = h('div', { class: 'entity-choices' });
  const draw = (candidates: Candidate[], note: string | null) => {
    // redrawn when the candidates arrive: keep a keyboard user where they were
    const hadFocus = holder.contains(document.activeElement);
    const decision = ctx.state.decisions[item.id];
    const current = decision?.verdict === 'match' ? `match:${decision.id}` : decision?.verdict === 'reject' ? 'reject' : 'accept';
    const options: Array<[string, string, HTMLElement?]> = [
      ['accept', `New entity “${x.name}”`],
      ...candidates.map((c): [string, string, HTMLElement] => [
        `match:${c.id}`,
        `Same as ${c.name}${c.aliases.length ? ` (also ${c.aliases.join(', ')})` : ''}`,
        entityLink(c),
      ]),
      ['reject', 'Reject: not an entity of this article'],
    ];
    clear(
      holder,
      radioGroup(`Who or what is “${x.name}”?`, `verdict-${item.id}`, current, options, (value) => {
        const chosen = candidates.find((c) => `match:${c.id}` === value);
        ctx.state.decisions[item.id] = chosen
          ? { verdict: 'match', id: chosen.id, name: chosen.name }
          : { verdict: value === 'reject' ? 'reject' : 'accept' };
        ctx.changed();
      }),
      note ? h('p', { class: 'note' }, note) : null,
    );
    if (hadFocus) holder.querySelector<HTMLInputElement>('input:checked')?.focus();
  };
  draw([], 'Looking for it in the graph…');
  candidatesFor(
    x.name,
    x.type,
    (x.draft?.matches ?? []).map((m) => m.id),
  )
    .then((found) => draw(found, found.length === 0 ? 'Nothing like it in the graph yet.' : null))
    .catch((error: Error) => draw([], `Could not look it up in the graph: ${error.message}`));
  return holder;
}
