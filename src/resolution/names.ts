import { distance } from 'fastest-levenshtein';
import { foldName } from './folding.js';
import { initialsOf } from './name-forms.js';

/** Folded tokens of a text, for building and querying search indexes. Only [a-z0-9] survives. */
export function foldedTokens(text: string): string[] {
  return foldName(text)
    .split(' ')
    .map((t) => t.replace(/[^a-z0-9]/g, ''))
    .filter((t) => t.length > 0);
}

/** Similarity of two folded strings in [0, 1], from their edit distance. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/**
 * How well a query matches a name, in [0, 1]: the whole folded name, or the best run of its tokens as long
 * as the query, so "Duvanov" matches "Sergei Duvanov" fully and "Nazarbeyev" nearly.
 */
export function nameMatchScore(query: string, name: string): number {
  const q = foldedTokens(query);
  const n = foldedTokens(name);
  if (q.length === 0 || n.length === 0) return 0;
  const whole = similarity(q.join(' '), n.join(' '));
  let best = whole;
  const width = Math.min(q.length, n.length);
  for (let i = 0; i + width <= n.length; i++) {
    const window = n.slice(i, i + width).join(' ');
    // a partial match is worth a little less than the whole name, so full names rank first on ties
    best = Math.max(best, similarity(q.join(' '), window) * (0.9 + 0.1 * (width / n.length)));
    // prefixes: "Duv" finds Duvanov
    if (q.length === 1 && window.startsWith(q[0]) && q[0].length >= 3) best = Math.max(best, 0.6 + 0.3 * (q[0].length / window.length));
  }
  return best;
}

/**
 * Names this long are often written as an acronym: their initials are indexed (searchKeysOf, matchKeysOf),
 * so "OSCE" finds the full name.
 */
export const ACRONYM_WORTHY_WORDS = 3;

/**
 * What a store indexes for search and resolution: the folded tokens of the name and every alias, and the
 * initials of long names (which search ranking then ignores, since they are not a name; resolution uses them).
 */
export function searchKeysOf(entity: { name: string; aliases: readonly string[] }): string {
  const names = [entity.name, ...entity.aliases];
  const initials = names.filter((n) => foldedTokens(n).length >= ACRONYM_WORTHY_WORDS).flatMap(initialsOf);
  return [...new Set([...names.flatMap(foldedTokens), ...initials.flatMap(foldedTokens)])].join(' ');
}
