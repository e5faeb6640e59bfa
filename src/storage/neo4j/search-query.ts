import { foldedTokens } from '../../domain/names.js';

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

/**
 * A Lucene query over the whitespace-separated folded keys (`search_keys`), built only from
 * `foldedTokens(query)`, so no user text reaches the query parser as syntax. It finds the candidates the
 * embedded store finds, so that both rank the same hits: with any token of 3+ characters, every name with
 * a word containing any trigram of those tokens (`*tri*`; a typo or a prefix still shares most of them,
 * and Lucene scores a name by how many it shares); with only shorter tokens, names where every token
 * starts a word (`+tok*`). Null when the query has no token: the caller returns nothing.
 */
export function luceneQueryFor(text: string): string | null {
  const tokens = [...new Set(foldedTokens(text))];
  if (tokens.length === 0) return null;
  const trigrams = new Set<string>();
  for (const token of tokens) {
    for (let i = 0; i + TRIGRAM <= token.length; i++) trigrams.add(token.slice(i, i + TRIGRAM));
  }
  if (trigrams.size === 0) return tokens.map((t) => `+${escapeLucene(t)}*`).join(' ');
  return [...trigrams].slice(0, MAX_TRIGRAMS).map((t) => `*${escapeLucene(t)}*`).join(' OR ');
}
