import type { EvalDocument } from './types.js';
import { type Share, share } from './types.js';

/** Every quote a document carries: mentions, relationship and participant quotes, dateQuote, quantities. */
export function allQuotes(doc: EvalDocument): string[] {
  const quotes: string[] = [];
  for (const a of doc.actors ?? []) quotes.push(...a.mentions);
  for (const e of doc.entities) quotes.push(...e.mentions);
  for (const e of doc.events ?? []) {
    quotes.push(...e.mentions);
    if (e.dateQuote !== undefined) quotes.push(e.dateQuote);
    for (const p of e.participants ?? []) quotes.push(...(p.quotes ?? []));
    for (const q of e.quantities ?? []) quotes.push(q.quote);
  }
  for (const r of doc.relationships ?? []) quotes.push(...r.quotes);
  return quotes;
}

/** Quotes that are exact substrings of article.text, character for character: a draft must have all of them. */
export function verbatimShare(doc: EvalDocument): Share & { loose: string[] } {
  const quotes = allQuotes(doc);
  const loose = quotes.filter((q) => !doc.article.text.includes(q));
  return { ...share(quotes.length - loose.length, quotes.length), loose };
}
