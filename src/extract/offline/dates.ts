import * as chrono from 'chrono-node';
import type { DateInput } from '../../ingest/extraction-format.js';
import type { Sentence, Span } from './text-units.js';

export interface FoundDate extends Span {
  date: DateInput;
  /** the words that give the date, verbatim */
  quote: string;
  /** worked out from the publication date ("on Tuesday", "last week"), not stated */
  relative: boolean;
}

/** A day at the end of the publication month or year: chrono's reference when the source gives no day. */
export function referenceDate(published: DateInput | undefined): Date {
  if (!published) return new Date();
  return new Date(Date.UTC(published.year, (published.month ?? 12) - 1, published.day ?? (published.month ? 28 : 31)));
}

const BARE_YEAR = /\b(?:in|since|from|until|by|of|during)\s+((?:19|20)\d\d)\b/gi;
const YEAR_AFTER = /^,?\s+(last|this|next) year\b/i;

/**
 * The date a sentence gives for what happens at `near` (a verb's position): of the dates chrono reads
 * ("May 22", "October 2002", "at the end of January", "on Tuesday", relative to the publication date),
 * the one closest to it. Precise only as the text is; a year the text does not state is marked inferred.
 */
export function dateIn(sentence: Sentence, reference: Date, publishedKnown: boolean, near = sentence.start): FoundDate | undefined {
  const found = chrono.en
    .parse(sentence.text, { instant: reference, timezone: 0 }, { forwardDate: false })
    .map((r) => readResult(sentence, r, reference, publishedKnown))
    .filter((d): d is FoundDate => d !== undefined);
  for (const m of sentence.text.matchAll(BARE_YEAR)) {
    const from = sentence.start + m.index!;
    if (!found.some((d) => d.start <= from + m[0].length && from <= d.end)) {
      found.push({ start: from, end: from + m[0].length, quote: m[0], relative: false, date: { year: Number(m[1]), inferred: false } });
    }
  }
  const distance = (d: FoundDate) => (d.start >= near ? d.start - near : (near - d.end) * 1.5);
  return found.sort((a, b) => distance(a) - distance(b))[0];
}

function readResult(sentence: Sentence, result: chrono.ParsedResult, reference: Date, publishedKnown: boolean): FoundDate | undefined {
  const { start } = result;
  const weekday = start.isCertain('weekday') && publishedKnown;
  if (!start.isCertain('month') && !start.isCertain('year') && !start.isCertain('day') && !weekday) return undefined;
  let year = start.get('year');
  if (year === null || result.text.trim().length < 3 || /^(now|right now|today|tonight|currently)$/i.test(result.text.trim()))
    return undefined;
  let text = result.text;
  // "for two months" is how long, not when
  if (/\b(days?|weeks?|months?|years?)\b/i.test(text) && !/\b(ago|last|next|this|earlier|later)\b/i.test(text)) return undefined;
  // chrono reads "February" of "in February last year" and leaves "last year": the year is the publication's, minus one
  const yearAfter = sentence.text.slice(result.index + text.length).match(YEAR_AFTER);
  if (yearAfter && !start.isCertain('year')) {
    year = reference.getUTCFullYear() + (yearAfter[1]!.toLowerCase() === 'last' ? -1 : yearAfter[1]!.toLowerCase() === 'next' ? 1 : 0);
    text += yearAfter[0];
  }
  const month = start.isCertain('month') || start.isCertain('day') || weekday ? (start.get('month') ?? undefined) : undefined;
  // news reports what has happened: "in October", read in June, is last October, not the coming one
  if (!start.isCertain('year') && !yearAfter && month !== undefined && Date.UTC(year, month - 1, 1) > reference.getTime()) year -= 1;
  // "the end of January" is a month: chrono puts a day on it that the source does not give
  const vague = /\b(end|beginning|start|middle|mid|early|late|week)\b/i.test(text);
  const day = (start.isCertain('day') || weekday) && !vague ? (start.get('day') ?? undefined) : undefined;
  // "earlier this month", "on Tuesday", "last year": the source gives the date only through the publication date
  const relative = weekday || /\b(this|last|next|ago|yesterday|today|earlier|recently)\b/i.test(text);
  const inferred = !start.isCertain('year') || relative;
  const from = sentence.start + result.index;
  return {
    start: from,
    end: from + text.length,
    quote: text,
    relative,
    date: { year, ...(month && { month }), ...(month && day && { day }), inferred },
  };
}
