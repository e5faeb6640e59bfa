import type { Attribution, Citation } from './api.js';
import { h } from './dom.js';

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `status status-${status.toLowerCase()}` }, status);
}

/** The mark of a relationship or date whose sources disagree. */
export function disputedBadge(): HTMLElement {
  return h('span', { class: 'disputed-badge', title: 'the sources disagree' }, 'DISPUTED');
}

/** Who says so, as the article puts it: linked to the entity page when the speaker is a known entity. */
function speaker(saidBy: Attribution | null): Array<Node | string> {
  if (!saidBy) return [h('span', { class: 'said-by own-voice' }, "in the article's own voice")];
  const name = saidBy.entity
    ? h('a', { href: `/explore/entity/${encodeURIComponent(saidBy.entity.id)}` }, saidBy.name)
    : h('span', {}, saidBy.name);
  return [h('span', { class: 'said-by' }, 'according to ', name)];
}

/**
 * A citation as a journalist needs it: the status its own source gives the fact and who says so there,
 * the verbatim quote, then the article's title (linked), author. A mention of an entity has no status of
 * its own (`withClaim: false`).
 */
export function citationView(citation: Citation, options: { withClaim?: boolean } = {}): HTMLElement {
  const { article } = citation;
  const title = article.url
    ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.title)
    : h('span', {}, article.title);
  return h(
    'figure',
    { class: 'citation', 'data-status': citation.status },
    options.withClaim === false ? null : h('p', { class: 'claim' }, statusBadge(citation.status), ' ', ...speaker(citation.saidBy)),
    h('blockquote', { class: 'quote' }, citation.quote),
    h('figcaption', {}, '— ', h('cite', {}, title), article.author ? `, ${article.author}` : ''),
  );
}

const SIDE_ORDER = ['CONFIRMED', 'REPORTED', 'ALLEGED', 'DENIED'];

/** The citations grouped by the status their sources give, asserting sides first and the denials last. */
export function sidesOf(citations: readonly Citation[]): Array<[string, Citation[]]> {
  const by = new Map<string, Citation[]>();
  for (const c of citations) by.set(c.status, [...(by.get(c.status) ?? []), c]);
  return [...by].sort(([a], [b]) => SIDE_ORDER.indexOf(a) - SIDE_ORDER.indexOf(b));
}

/** Each side of a disagreement with its sources: the value it gives, how many sources, their quotes. */
export function sidesView(
  sides: ReadonlyArray<[string, readonly Citation[]]>,
  badge: (value: string) => Node | string = statusBadge,
): HTMLElement {
  return h(
    'div',
    { class: 'sides' },
    ...sides.map(([value, citations]) =>
      h(
        'section',
        { class: 'side', 'data-side': value },
        h('h4', {}, badge(value), ` ${citations.length} source${citations.length === 1 ? '' : 's'}`),
        ...citations.map((c) => citationView(c)),
      ),
    ),
  );
}
