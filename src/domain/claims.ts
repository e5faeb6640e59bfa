import type { Citation, ClaimStatus } from './kinds.js';
import { compareCodePoints } from './code-point-order.js';
import { comparePartialDates, describeDate, type PartialDate } from './partial-date.js';

/*
 * Claims per source. A fact (a relationship, an event's date) is held once; each source that states it
 * is a citation carrying the status that source gives it and who, according to that source, says so.
 * What the graph shows (a relationship's status, an event's date) is summarised from the citations by
 * the rules below, which look only at the set of citations, never at the order they arrived in.
 */

/** Who, according to an article, says something: a known entity, or an unnamed source as described. */
export interface Attribution {
  name: string;
  /** null for an unnamed source ("his supporters", "the prosecution") */
  entityId: string | null;
}

/** A citation of a claim: the quote, the status its source gives the claim, and who says so there. */
export interface ClaimCitation extends Citation {
  status: ClaimStatus;
  /** null where the article states it in its own voice */
  saidBy: Attribution | null;
}

/** A citation of a relationship: its source may also give the relationship's dates. */
export interface RelationshipCitation extends ClaimCitation {
  start: PartialDate | null;
  end: PartialDate | null;
  /** the date as of which the source states it (an article's "he is held there") */
  asOf: PartialDate | null;
}

/** One date some sources give for an event, with the citations that give it. */
export interface DateClaim {
  date: PartialDate;
  citations: ClaimCitation[];
}

const ASSERTING: ReadonlySet<ClaimStatus> = new Set(['REPORTED', 'ALLEGED', 'CONFIRMED']);

/**
 * The status rule (README, "On whose word"): every source denies it -> DENIED; some deny what others
 * assert -> ALLEGED and disputed (contested, nobody's word settles it); otherwise the strongest word any
 * source gives: CONFIRMED over REPORTED over ALLEGED.
 */
export function summariseStatus(citations: readonly Pick<ClaimCitation, 'status'>[]): { status: ClaimStatus; disputed: boolean } {
  const statuses = new Set(citations.map((c) => c.status));
  const denied = statuses.has('DENIED');
  const asserted = [...statuses].some((s) => ASSERTING.has(s));
  if (denied && !asserted) return { status: 'DENIED', disputed: false };
  if (denied && asserted) return { status: 'ALLEGED', disputed: true };
  for (const status of ['CONFIRMED', 'REPORTED', 'ALLEGED'] as const) if (statuses.has(status)) return { status, disputed: false };
  return { status: 'REPORTED', disputed: false };
}

/** A bound ("before 5 November") says less than any date on the day, month or year. */
const precision = (d: PartialDate) => (d.qualifier ? 0 : d.month == null ? 1 : d.day == null ? 2 : 3);

type Parts = Pick<PartialDate, 'year' | 'month' | 'day'>;

/** True when `a` is certainly later than `b`, as far as both know (2002-11 is after 2002-10-27; 2002 is not). */
function certainlyAfter(a: Parts, b: Parts): boolean {
  if (a.year !== b.year) return a.year > b.year;
  if (a.month == null || b.month == null) return false;
  if (a.month !== b.month) return a.month > b.month;
  return a.day != null && b.day != null && a.day > b.day;
}

/** Whether a plain date falls within what a bounded one allows. */
function withinBound(bounded: PartialDate, d: Parts): boolean {
  switch (bounded.qualifier) {
    case 'BEFORE':
      return !certainlyAfter(d, bounded);
    case 'AFTER':
      return !certainlyAfter(bounded, d);
    case 'BETWEEN':
      return !certainlyAfter(bounded, d) && !(bounded.until && certainlyAfter(d, bounded.until));
    case 'ABOUT':
      return Math.abs(d.year - bounded.year) <= 1;
    default:
      return true;
  }
}

/**
 * Two dates agree when one only knows less than the other: 2002-10 and 2002-10-27 agree, the 27th and
 * the 28th do not; a bound agrees with every date it allows ("before 5 November" with 27 October).
 */
export function datesAgree(a: PartialDate, b: PartialDate): boolean {
  if (a.qualifier && b.qualifier) return true;
  if (a.qualifier) return withinBound(a, b);
  if (b.qualifier) return withinBound(b, a);
  if (a.year !== b.year) return false;
  if (a.month == null || b.month == null) return true;
  if (a.month !== b.month) return false;
  return a.day == null || b.day == null || a.day === b.day;
}

const dateKey = (d: PartialDate) => `${describeDate(d)}${d.inferred ? '~' : ''}`;

/**
 * The event-date rule (README): each date the sources give is supported by every source whose date agrees
 * with it; the timeline uses the best supported date, then the most precise, then a stated (not inferred)
 * one, then the earliest. The dates are disputed when two of them disagree.
 */
export function summariseDates(claims: readonly DateClaim[]): { date: PartialDate | null; disputed: boolean } {
  if (claims.length === 0) return { date: null, disputed: false };
  const support = (d: PartialDate) =>
    new Set(claims.filter((c) => datesAgree(c.date, d)).flatMap((c) => c.citations.map((x) => x.articleId))).size;
  const ranked = claims
    .map((c) => c.date)
    .sort(
      (a, b) =>
        support(b) - support(a) || precision(b) - precision(a) || Number(a.inferred) - Number(b.inferred) || comparePartialDates(a, b),
    );
  const disputed = claims.some((a) => claims.some((b) => !datesAgree(a.date, b.date)));
  return { date: ranked[0], disputed };
}

/**
 * A relationship's start or end from its citations: the most precise date given, the earliest of equals
 * (for an end, the latest), so that a source that knows the day is not hidden by one that knows the year.
 * It is the best of the dates by one order, so the bound of some citations can stand for them among more.
 */
export function summariseBound(dates: ReadonlyArray<PartialDate | null>, which: 'start' | 'end'): PartialDate | null {
  const known = dates.filter((d): d is PartialDate => d != null);
  if (known.length === 0) return null;
  // the last key makes the order total (two bounds tie only when they are the same date), so the pick is
  // the same whatever order the citations come in, and a summary can stand for the citations it was taken from
  return known.sort(
    (a, b) =>
      precision(b) - precision(a) ||
      (which === 'start' ? 1 : -1) * comparePartialDates(a, b) ||
      Number(a.inferred) - Number(b.inferred) ||
      compareCodePoints(dateKey(a), dateKey(b)),
  )[0];
}

/** What a relationship's citations come to: the parts the rules above work out. */
export interface CitationSummary {
  status: ClaimStatus;
  disputed: boolean;
  start: PartialDate | null;
  end: PartialDate | null;
}

/** A relationship's summary over all of its citations. */
export function summariseCitations(citations: readonly RelationshipCitation[]): CitationSummary {
  return {
    ...summariseStatus(citations),
    start: summariseBound(
      citations.map((c) => c.start),
      'start',
    ),
    end: summariseBound(
      citations.map((c) => c.end),
      'end',
    ),
  };
}

/**
 * The summary of some citations and `more`, where `summary` stands for the first ones (null: there were
 * none), so that a relationship with thousands of citations takes a new article's without reading them.
 * The status rule looks only at whether some deny, whether some assert and the strongest assertion: the
 * summary keeps those (a disputed one has both, and stays so). A bound is the best date by one total order,
 * so the summary's is the best of the citations it was taken from.
 */
export function summaryWithCitations(summary: CitationSummary | null, more: readonly RelationshipCitation[]): CitationSummary {
  const standIns: Array<Pick<ClaimCitation, 'status'>> = !summary
    ? []
    : summary.disputed
      ? [{ status: 'DENIED' }, { status: 'REPORTED' }]
      : [{ status: summary.status }];
  const bound = (which: 'start' | 'end') => summariseBound([summary?.[which] ?? null, ...more.map((c) => c[which])], which);
  return { ...summariseStatus([...standIns, ...more]), start: bound('start'), end: bound('end') };
}

/** Groups date citations into claims, one per distinct date, in date order. */
export function dateClaimsOf(given: ReadonlyArray<{ date: PartialDate; citation: ClaimCitation }>): DateClaim[] {
  const byKey = new Map<string, DateClaim>();
  for (const { date, citation } of given) {
    const key = dateKey(date);
    const claim = byKey.get(key) ?? { date, citations: [] };
    claim.citations.push(citation);
    byKey.set(key, claim);
  }
  return [...byKey.values()].sort((a, b) => comparePartialDates(a.date, b.date) || dateKey(a.date).localeCompare(dateKey(b.date)));
}
