import { bestOverlap, findSpans, MIN_OVERLAP, type Span } from './fold.js';
import { type Candidate, greedyMatch } from './greedy.js';
import { type Counts, counts, type EvalDate, type EvalEvent, type Share, share } from './types.js';

export interface EventScores {
  events: Counts;
  /** of the gold events with a date, those matched by a draft event with the same year, month and day */
  rightDate: Share;
  /** ... and whose `inferred` flag agrees too */
  rightDateAndInferred: Share;
  mapping: Map<string, string>;
  missed: string[];
  spurious: string[];
  wrongDates: string[];
}

/** Where an item's mention quotes sit in the text. */
export const spansOf = (text: string, quotes: readonly string[]): Span[] => quotes.flatMap((q) => findSpans(text, q));

/**
 * Draft and gold items are paired by where their mentions sit in the text: the candidates are the pairs
 * whose mention spans share at least MIN_OVERLAP characters (or one contains the other), strongest first.
 */
export function matchByMentions(
  text: string,
  gold: ReadonlyArray<{ mentions: string[] }>,
  draft: ReadonlyArray<{ mentions: string[] }>,
): Map<number, number> {
  const goldSpans = gold.map((g) => spansOf(text, g.mentions));
  const candidates: Candidate[] = [];
  draft.forEach((d, di) => {
    const spans = spansOf(text, d.mentions);
    goldSpans.forEach((gs, gi) => {
      const strength = bestOverlap(spans, gs);
      if (strength >= MIN_OVERLAP) candidates.push({ draft: di, gold: gi, strength });
    });
  });
  return greedyMatch(candidates);
}

/** Same year, month and day: a part the gold leaves out must be left out by the draft too. */
export function sameDate(gold: EvalDate, draft: EvalDate | undefined): boolean {
  return draft !== undefined && draft.year === gold.year && draft.month === gold.month && draft.day === gold.day;
}

export function scoreEvents(text: string, gold: readonly EvalEvent[], draft: readonly EvalEvent[]): EventScores {
  const matched = matchByMentions(text, gold, draft);
  const byGold = new Map([...matched].map(([di, gi]) => [gi, draft[di]]));
  const dated = gold.map((g, gi) => ({ g, d: byGold.get(gi) })).filter((x) => x.g.date !== undefined);
  const right = dated.filter(({ g, d }) => sameDate(g.date!, d?.date));
  const rightInferred = right.filter(({ g, d }) => (g.date!.inferred ?? false) === (d!.date!.inferred ?? false));
  return {
    events: counts(matched.size, draft.length - matched.size, gold.length - matched.size),
    rightDate: share(right.length, dated.length),
    rightDateAndInferred: share(rightInferred.length, dated.length),
    mapping: new Map([...matched].map(([di, gi]) => [draft[di].key, gold[gi].key])),
    missed: gold.filter((_, gi) => !byGold.has(gi)).map((g) => g.name),
    spurious: draft.filter((_, di) => !matched.has(di)).map((d) => d.name),
    wrongDates: dated
      .filter((x) => !right.includes(x))
      .map(({ g, d }) => `${g.name}: ${showDate(g.date)} drafted as ${d ? showDate(d.date) : '(not found)'}`),
  };
}

export function showDate(date: EvalDate | undefined): string {
  if (date === undefined) return 'no date';
  const parts = [date.year, date.month, date.day]
    .filter((p) => p !== undefined)
    .map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0')));
  return parts.join('-') + (date.inferred ? ' (inferred)' : '');
}
