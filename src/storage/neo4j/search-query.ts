import { foldedTokens } from '../../resolution/names.js';

/** Candidates are matched by shared three-letter runs, as the embedded store's FTS5 trigram index does. */
const TRIGRAM = 3;

/** Lucene refuses a boolean query of more than 1024 clauses; a query this long is no name anyway. */
const MAX_TRIGRAMS = 512;

const LUCENE_SPECIALS = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Defence in depth: folded tokens hold only [a-z0-9], so there is nothing to escape, but if that ever
 * changes, query syntax is escaped and lower-cased (Lucene's operators AND/OR/NOT are upper case only).
 */
export function escapeLucene(token: string): string {
  return token.toLowerCase().replace(LUCENE_SPECIALS, (c) => `\\${c}`);
}

/** The full-text index of each entity's key trigrams (search_trigrams), and of its whole keys (search_keys). */
export const NAME_TRIGRAMS_INDEX = 'entity_name_trigrams';
export const NAME_KEYS_INDEX = 'entity_names';

/**
 * What `search_trigrams` holds for an entity: every three-letter run inside each of its folded keys
 * (search_keys), once, space-separated. A search then looks its query's trigrams up as plain terms.
 * Matching them inside the keys with wildcards (`*tri*`) did the same, but Lucene walks its whole term
 * dictionary for a leading wildcard, a cost growing with the graph (docs/benchmarks.md).
 */
export function searchTrigramsOf(searchKeys: string): string {
  const trigrams = new Set<string>();
  for (const key of searchKeys.split(' ')) {
    for (let i = 0; i + TRIGRAM <= key.length; i++) trigrams.add(key.slice(i, i + TRIGRAM));
  }
  return [...trigrams].join(' ');
}

/**
 * A Lucene query, and the index it runs on, built only from \`foldedTokens(query)\`, so no user text reaches
 * the query parser as syntax. It finds the candidates the embedded store finds, and ranks them as it does
 * (bm25 over the trigrams the name shares with the query), so that both rank the same hits: with any
 * token of 3+ characters, every entity with a key containing any trigram of those tokens (a typo or a
 * prefix still shares most of them); with only shorter tokens, names where every token starts a key
 * (\`+tok*\` on the keys themselves). Null when the query has no token: the caller returns nothing.
 */
export function luceneQueryFor(text: string): { index: string; query: string } | null {
  const tokens = [...new Set(foldedTokens(text))];
  if (tokens.length === 0) return null;
  const trigrams = new Set<string>();
  for (const token of tokens) {
    for (let i = 0; i + TRIGRAM <= token.length; i++) trigrams.add(token.slice(i, i + TRIGRAM));
  }
  if (trigrams.size === 0) return { index: NAME_KEYS_INDEX, query: tokens.map((t) => `+${escapeLucene(t)}*`).join(' ') };
  return { index: NAME_TRIGRAMS_INDEX, query: [...trigrams].slice(0, MAX_TRIGRAMS).map(escapeLucene).join(' OR ') };
}
