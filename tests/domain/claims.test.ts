import { describe, expect, it } from 'vitest';
import {
  datesAgree,
  summariseBound,
  summariseDates,
  summariseStatus,
  summaryWithCitations,
  type CitationSummary,
  type ClaimCitation,
  type RelationshipCitation,
} from '../../src/domain/claims.js';
import { eventStatusOf } from '../../src/domain/event-details.js';
import type { ClaimStatus } from '../../src/domain/entity.js';
import type { PartialDate } from '../../src/domain/partial-date.js';

const said = (articleId: string, status: ClaimStatus = 'REPORTED'): ClaimCitation => ({ articleId, quote: 'q', status, saidBy: null });
const day = (year: number, month: number | null = null, d: number | null = null, extra: Partial<PartialDate> = {}): PartialDate => ({
  year,
  month,
  day: d,
  inferred: false,
  ...extra,
});

describe('the status rule', () => {
  it.each([
    [['REPORTED'], 'REPORTED', false],
    [['REPORTED', 'CONFIRMED'], 'CONFIRMED', false],
    [['ALLEGED', 'REPORTED'], 'REPORTED', false],
    [['ALLEGED'], 'ALLEGED', false],
    [['DENIED', 'DENIED'], 'DENIED', false],
    [['CONFIRMED', 'DENIED'], 'ALLEGED', true],
    [['ALLEGED', 'DENIED'], 'ALLEGED', true],
  ] as Array<[ClaimStatus[], ClaimStatus, boolean]>)('%j -> %s (disputed %s)', (statuses, status, disputed) => {
    expect(summariseStatus(statuses.map((s, i) => said(`a${i}`, s)))).toEqual({ status, disputed });
    // the order of the sources never matters
    expect(summariseStatus([...statuses].reverse().map((s, i) => said(`a${i}`, s)))).toEqual({ status, disputed });
  });
});

describe('the event-date rule', () => {
  it('a month agrees with its days; two days do not; a bound agrees with what it allows', () => {
    expect(datesAgree(day(2002, 10), day(2002, 10, 27))).toBe(true);
    expect(datesAgree(day(2002, 10, 27), day(2002, 10, 28))).toBe(false);
    expect(datesAgree(day(2003, 11, 5, { qualifier: 'BEFORE' }), day(2003, 10, 27))).toBe(true);
    expect(datesAgree(day(2003, 11, 5, { qualifier: 'BEFORE' }), day(2003, 12))).toBe(false);
    expect(datesAgree(day(2003, 5, null, { qualifier: 'BETWEEN', until: { year: 2003, month: 7, day: null } }), day(2003, 6, 1))).toBe(
      true,
    );
    expect(datesAgree(day(2003, 5, null, { qualifier: 'BETWEEN', until: { year: 2003, month: 7, day: null } }), day(2003, 8, 1))).toBe(
      false,
    );
  });

  it('places the event by the best supported date, then the most precise, and marks disagreement', () => {
    const claims = [
      { date: day(2002, 10), citations: [said('seed')] },
      { date: day(2002, 10, 27), citations: [said('b')] },
      { date: day(2002, 10, 28), citations: [said('c')] },
    ];
    expect(summariseDates(claims)).toEqual({ date: day(2002, 10), disputed: true });
    // the month agrees with every source, so it stays the best supported while they disagree on the day
    expect(summariseDates([...claims, { date: day(2002, 10, 27), citations: [said('d')] }].reverse())).toEqual({
      date: day(2002, 10),
      disputed: true,
    });
    // without a month-only source, two sources for the 27th outweigh one for the 28th
    expect(summariseDates([claims[2], { date: day(2002, 10, 27), citations: [said('b'), said('d')] }])).toEqual({
      date: day(2002, 10, 27),
      disputed: true,
    });
    expect(
      summariseDates([
        { date: day(2002, 10), citations: [said('a')] },
        { date: day(2002, 10, 27), citations: [said('b')] },
      ]),
    ).toEqual({ date: day(2002, 10, 27), disputed: false });
  });
});

describe('the event-status rule', () => {
  const claim = (status: 'HAPPENED' | 'PLANNED' | 'CANCELLED' | 'PREVENTED', ...articles: string[]) => ({
    status,
    citations: articles.map((a) => said(a)),
  });
  it('news of the outcome settles a plan; saying it happened against saying it did not is a dispute', () => {
    expect(eventStatusOf([claim('PLANNED', 'a'), claim('CANCELLED', 'b')])).toEqual({ status: 'CANCELLED', disputed: false });
    expect(eventStatusOf([claim('PLANNED', 'a', 'b'), claim('HAPPENED', 'c')])).toEqual({ status: 'HAPPENED', disputed: false });
    expect(eventStatusOf([claim('HAPPENED', 'a'), claim('PREVENTED', 'b', 'c')])).toEqual({ status: 'PREVENTED', disputed: true });
    expect(eventStatusOf([claim('CANCELLED', 'a'), claim('HAPPENED', 'b')])).toEqual({ status: 'HAPPENED', disputed: true });
  });
});

describe('a relationship summary standing for its citations', () => {
  it('takes more citations, one article at a time, to the summary of all of them, in any order', () => {
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
    const STATUSES: ClaimStatus[] = ['REPORTED', 'ALLEGED', 'CONFIRMED', 'DENIED'];
    // bounds that tie on precision and day (before/after one date) test the order's last key
    const DATES: Array<PartialDate | null> = [
      null,
      null,
      { year: 2002, month: null, day: null, inferred: false },
      { year: 2002, month: 10, day: null, inferred: true },
      { year: 2002, month: 10, day: 27, inferred: false },
      { year: 2002, month: 10, day: 27, inferred: true },
      { year: 2003, month: 11, day: 5, inferred: false, qualifier: 'BEFORE' },
      { year: 2003, month: 11, day: 5, inferred: false, qualifier: 'AFTER' },
    ];
    const citation = (i: number): RelationshipCitation => ({
      articleId: `article:${i}`,
      quote: `q${i}`,
      status: pick(STATUSES),
      saidBy: null,
      start: pick(DATES),
      end: pick(DATES),
      asOf: null,
    });
    for (let round = 0; round < 300; round++) {
      const articles = Array.from({ length: 1 + Math.floor(next() * 6) }, (_, i) =>
        Array.from({ length: 1 + Math.floor(next() * 2) }, () => citation(i)),
      );
      const all = articles.flat();
      const whole = {
        ...summariseStatus(all),
        start: summariseBound(
          all.map((c) => c.start),
          'start',
        ),
        end: summariseBound(
          all.map((c) => c.end),
          'end',
        ),
      };
      const order = [...articles].sort(() => next() - 0.5);
      const folded = order.reduce<CitationSummary | null>((summary, more) => summaryWithCitations(summary, more), null);
      expect(folded).toEqual(whole);
    }
  });
});
