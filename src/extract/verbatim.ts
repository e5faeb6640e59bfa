import type { DraftDocument } from '../ingest/extraction-format.js';

/** Every quote a draft carries, with its JSON path: mentions, relationship and participation quotes, dateQuote, quantities. */
function draftQuotes(draft: DraftDocument): Array<{ path: string; quote: string }> {
  const found: Array<{ path: string; quote: string }> = [];
  const add = (path: string, quotes: readonly string[] | undefined) =>
    quotes?.forEach((quote, i) => found.push({ path: `${path}[${i}]`, quote }));
  draft.actors?.forEach((a, i) => add(`$.actors[${i}].mentions`, a.mentions));
  draft.entities.forEach((e, i) => add(`$.entities[${i}].mentions`, e.mentions));
  draft.events?.forEach((e, i) => {
    add(`$.events[${i}].mentions`, e.mentions);
    if (e.dateQuote !== undefined) found.push({ path: `$.events[${i}].dateQuote`, quote: e.dateQuote });
    e.participants?.forEach((p, j) => add(`$.events[${i}].participants[${j}].quotes`, p.quotes));
    e.quantities?.forEach((q, j) => found.push({ path: `$.events[${i}].quantities[${j}].quote`, quote: q.quote }));
  });
  draft.relationships?.forEach((r, i) => add(`$.relationships[${i}].quotes`, r.quotes));
  return found;
}

/**
 * The quotes of a draft that are not exact substrings of its article.text, as "path: quote". An engine's
 * draft is held to this stricter rule than ingest's (which forgives whitespace and typographic quotes):
 * a reviewer highlights each quote in the text by its offsets, so it must be there character for character.
 */
export function unanchoredQuotes(draft: DraftDocument): string[] {
  const text = draft.article.text;
  return draftQuotes(draft)
    .filter(({ quote }) => !text.includes(quote))
    .map(({ path, quote }) => `${path}: "${quote.slice(0, 60)}"`);
}
