import type { Citation } from './kinds.js';

const SURROGATES_FROM = 0xd800;
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/**
 * Strings in the order of their code points, which is how UTF-8 bytes compare and how SQLite (BINARY) and
 * Neo4j sort text. JS's `<` compares UTF-16 units and differs from it where a character beyond the BMP
 * meets one in U+E000..U+FFFF. Allocation-free while both strings stay below the surrogates (almost
 * always): it runs inside the sorts of a hub's every source.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x < SURROGATES_FROM && y < SURROGATES_FROM) return x - y;
    // compare the rest as UTF-8, from a point that does not split a surrogate pair (the prefix is equal)
    const from = i > 0 && isHighSurrogate(a.charCodeAt(i - 1)) ? i - 1 : i;
    return Buffer.compare(Buffer.from(a.slice(from), 'utf8'), Buffer.from(b.slice(from), 'utf8'));
  }
  return a.length - b.length;
}

/** The contract order of mentions and citations: by article id, then quote, in code points (as the stores sort). */
export function byArticleThenQuote(a: Citation, b: Citation): number {
  return compareCodePoints(a.articleId, b.articleId) || compareCodePoints(a.quote, b.quote);
}
