/**
 * How names and quotes are compared. A name is folded so that spelling accidents of typography (case,
 * diacritics, curly quotes, a leading "the", spacing) do not decide a match; transliteration variants
 * (Sergei / Sergey) are deliberately NOT folded here: telling them apart is the resolution's job, and the
 * evaluation should not credit an engine with it.
 */
export function foldName(name: string): string {
  const plain = straighten(name)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  return plain.replace(/^the /, '');
}

const SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASH = /[\u2013\u2014\u2212]/g;

/** Typographic quotes and dashes as their ASCII forms, one character for one (offsets survive). */
export function straighten(text: string): string {
  return text.replace(SINGLE, "'").replace(DOUBLE, '"').replace(DASH, '-');
}

/** A name as it is looked for in running text: case and runs of whitespace do not matter. */
export function searchForm(text: string): string {
  return straighten(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Every place `quote` occurs in `text`, as [start, end) offsets into the original text. Quotes are found
 * as ingest finds them (whitespace runs and typographic quotes may differ), since hand extractions were
 * checked by ingest, not by the engine's stricter character-for-character rule.
 */
export function findSpans(text: string, quote: string): Span[] {
  const hay = indexedForm(text);
  const needle = indexedForm(quote).form.trim();
  if (needle.length === 0) return [];
  const spans: Span[] = [];
  for (let at = hay.form.indexOf(needle); at >= 0; at = hay.form.indexOf(needle, at + 1)) {
    spans.push({ start: hay.origin[at], end: hay.origin[at + needle.length - 1] + 1 });
  }
  return spans;
}

/** The text straightened with whitespace runs collapsed, and for each of its characters the original offset. */
function indexedForm(text: string): { form: string; origin: number[] } {
  const straight = straighten(text);
  let form = '';
  const origin: number[] = [];
  for (let i = 0; i < straight.length; i++) {
    const isSpace = /\s/.test(straight[i]);
    if (isSpace && form.endsWith(' ')) continue;
    form += isSpace ? ' ' : straight[i];
    origin.push(i);
  }
  return { form, origin };
}

/** How many characters two spans share; a span inside the other counts as its whole length (short quotes). */
export function overlap(a: Span, b: Span): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  const contained = (a.start >= b.start && a.end <= b.end) || (b.start >= a.start && b.end <= a.end);
  return contained ? Math.max(shared, MIN_OVERLAP) : shared;
}

/** Two mentions are of the same thing when they share at least this many characters (or one contains the other). */
export const MIN_OVERLAP = 10;

/** The largest overlap between any span of one list and any of the other. */
export function bestOverlap(a: readonly Span[], b: readonly Span[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, overlap(x, y));
  return best;
}
