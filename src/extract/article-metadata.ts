import type { DateInput } from '../ingest/extraction-format.js';
import type { ArticleSource } from './engine.js';

/** What a file or the command line says about an article besides its text. */
export type ArticleMetadata = Pick<ArticleSource, 'title' | 'author' | 'publisher' | 'url' | 'publishedAt'>;

/** The command line's metadata (--title, --author, --published, --url, --publisher): it wins over the file's. */
export type ArticleOverrides = ArticleMetadata;

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * "2003", "2003-05" or "2003-05-22" as a partial date, as precise as it is written; null for anything
 * else, or a month or day that does not exist (2003-02-30).
 */
export function parsePublished(value: string): DateInput | null {
  const match = DATE.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysIn(year!, month!))) return null;
  return { year: year!, ...(month !== undefined && { month }), ...(day !== undefined && { day }), inferred: false };
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The calendar date an ISO timestamp was written with ("2024-03-05T23:30:00-05:00" is 5 March, wherever we are). */
export function dateOfTimestamp(value: string | null | undefined): DateInput | undefined {
  const day = value ? /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1] : undefined;
  return day ? (parsePublished(day) ?? undefined) : undefined;
}

/** An http(s) URL as the format accepts it, or null. */
export function httpUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A value trimmed, with runs of whitespace made one space; undefined when nothing is left. */
export function cleanLine(value: string | null | undefined): string | undefined {
  const line = value?.replace(/\s+/g, ' ').trim();
  return line ? line : undefined;
}

/** Later sources win field by field; an absent field never erases an earlier one. */
export function mergeMetadata(...sources: ArticleMetadata[]): ArticleMetadata {
  const merged: ArticleMetadata = {};
  for (const source of sources) {
    for (const [field, value] of Object.entries(source) as Array<[keyof ArticleMetadata, never]>) {
      if (value !== undefined) merged[field] = value;
    }
  }
  return merged;
}
