export const DATE_QUALIFIERS = ['BEFORE', 'AFTER', 'BETWEEN', 'ABOUT'] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

/** The end of a BETWEEN range: a date as precise as the source. */
interface DateBound {
  year: number;
  month: number | null;
  day: number | null;
}

/**
 * A date as precise as the source: "October 2002" has no day; "May 22" has an inferred year; "before
 * 5 November" is the date with qualifier BEFORE; "between May and July" is May with until July.
 */
export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
  /** true where the source did not state (part of) it and it was inferred from context */
  inferred: boolean;
  /** absent: on this date */
  qualifier?: DateQualifier;
  /** BETWEEN only: the end of the range */
  until?: DateBound;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Returns why the date is impossible, or null when it is a real (partial) date. */
export function partialDateProblem(date: { year: number; month?: number | null; day?: number | null }): string | null {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || year < 1 || year > 9999) return `year ${year} is not between 1 and 9999`;
  if (month == null) return day == null ? null : 'a day needs a month';
  if (!Number.isInteger(month) || month < 1 || month > 12) return `month ${month} is not between 1 and 12`;
  if (day == null) return null;
  const max = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > max) return `day ${day} does not exist in ${year}-${pad(month)} (it has ${max} days)`;
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO 8601 with the known precision only: 2002, 2002-10, 2003-05-22. */
export function toIso(date: Pick<PartialDate, 'year' | 'month' | 'day'>): string {
  const year = String(date.year).padStart(4, '0');
  if (date.month == null) return year;
  if (date.day == null) return `${year}-${pad(date.month)}`;
  return `${year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * Orders by what the dates know: earlier first; where one date only knows less (2002 vs 2002-10),
 * the less precise one comes first, as it opens the period the precise one falls in. Unknown dates last.
 */
export function comparePartialDates(a: PartialDate | null, b: PartialDate | null): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** How a date reads with its bound: "before 2003-11-05", "2003-05/2003-07" (ISO 8601 interval), "about 2002". */
export function describeDate(date: PartialDate): string {
  const iso = toIso(date);
  switch (date.qualifier) {
    case 'BEFORE':
      return `before ${iso}`;
    case 'AFTER':
      return `after ${iso}`;
    case 'ABOUT':
      return `about ${iso}`;
    case 'BETWEEN':
      return date.until ? `${iso}/${toIso(date.until)}` : iso;
    default:
      return iso;
  }
}
