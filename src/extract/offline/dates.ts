import * as chrono from 'chrono-node';
import type { DateInput } from '../../ingest/extraction-format.js';
import type { Sentence, Span } from './text-units.js';

export interface FoundDate extends Span {
  date: DateInput;
  /** the words that give the date, verbatim */
  quote: string;
}

/** A day in the middle of the publication month or year: chrono's reference when the source gives no day. */
export function referenceDate(published: DateInput | undefined): Date {
  if (!published) return new Date();
  return new Date(Date.UTC(published.year, (published.month ?? 12) - 1, published.day ?? (published.month ? 28 : 31)));
}

const BARE_YEAR = /\b(?:in|since|from|until|by|of|during)\s+((?:19|20)\d\d)\b/i;

/**
 * The first date a sentence gives, as precise as it is: chrono reads "May 22", "October 2002", "at the end
 * of January", "last week", relative to the publication date; a year chrono had to guess is marked
 * inferred. A weekday or a time alone is no date for a timeline and is skipped.
 */
export function dateIn(sentence: Sentence, reference: Date, publishedKnown: boolean): FoundDate | undefined {
  const results = chrono.en.parse(sentence.text, { instant: reference, timezone: 0 }, { forwardDate: false });
  for (const result of results) {
    const { start } = result;
    if (!start.isCertain('month') && !start.isCertain('year') && !start.isCertain('day')) continue;
    const year = start.get('year');
    if (year === null || result.text.trim().length < 3 || /^(now|right now|today|tonight|currently)$/i.test(result.text.trim())) continue;
    const month = start.isCertain('month') || start.isCertain('day') ? start.get('month') ?? undefined : undefined;
    // "the end of January" is a month: chrono puts a day on it that the source does not give
    const vague = /\b(end|beginning|start|middle|mid|early|late)\b/i.test(result.text);
    const day = start.isCertain('day') && !vague ? start.get('day') ?? undefined : undefined;
    // "earlier this month", "last week": the source gives the date only through the publication date
    const relative = /\b(this|last|next|ago|yesterday|today|earlier|recently)\b/i.test(result.text);
    const inferred = !start.isCertain('year') || relative || (!publishedKnown && relative);
    const from = sentence.start + result.index;
    return { start: from, end: from + result.text.length, quote: result.text, date: { year, ...(month && { month }), ...(month && day && { day }), inferred } };
  }
  const bare = BARE_YEAR.exec(sentence.text);
  if (!bare) return undefined;
  const from = sentence.start + bare.index;
  return { start: from, end: from + bare[0].length, quote: bare[0], date: { year: Number(bare[1]), inferred: false } };
}
