import type { EntityRecord, EntityType } from '../../domain/entity.js';
import { foldedTokens } from '../../resolution/names.js';
import { candidateLimit, TIE_BREAK_WIDTH } from '../../resolution/search-ranking.js';
import type { PreparedStatements } from './connection.js';
import { ENTITY_COLUMNS, entityFromRow, type EntityRow } from './rows.js';

/** The trigram tokenizer cannot match anything shorter than this. */
const TRIGRAM = 3;
/** Enough for any real name; a pasted paragraph should not become a thousand-term OR. */
const MAX_TRIGRAMS = 100;

/**
 * An FTS5 MATCH expression from folded tokens: every trigram of every token as a quoted phrase, OR-ed, so
 * a name sharing most trigrams with the query (a typo, a prefix) still matches and bm25 ranks it by how
 * many. Folded tokens hold only [a-z0-9], so no user text can reach FTS syntax; quotes are escaped anyway.
 * Null when no token is long enough.
 */
export function trigramMatchExpression(tokens: readonly string[]): string | null {
  const trigrams = new Set<string>();
  for (const token of tokens) {
    for (let i = 0; i + TRIGRAM <= token.length && trigrams.size < MAX_TRIGRAMS; i++) trigrams.add(token.slice(i, i + TRIGRAM));
  }
  if (trigrams.size === 0) return null;
  return [...trigrams].map((t) => `"${t.replaceAll('"', '""')}"`).join(' OR ');
}

const BY_TRIGRAMS_OF_TYPES = `SELECT ${ENTITY_COLUMNS}
  FROM entity_search JOIN entities e ON e.seq = entity_search.rowid
  WHERE entity_search MATCH @match
    AND e.type IN (SELECT value FROM json_each(@types))
  ORDER BY bm25(entity_search), e.id
  LIMIT @limit`;
// Any type: the index ranks its hits alone and only its best @wide (four times the candidates wanted) are
// joined to their entities for the tie-break by id. Joining every hit first read thousands of rows (a
// common trigram matches thousands of names; figures in docs/benchmarks.md), as in the Neo4j store.
const BY_TRIGRAMS = `WITH best AS (
    SELECT rowid, bm25(entity_search) AS score FROM entity_search WHERE entity_search MATCH @match
    ORDER BY score LIMIT @wide
  )
  SELECT ${ENTITY_COLUMNS} FROM best JOIN entities e ON e.seq = best.rowid
  ORDER BY best.score, e.id
  LIMIT @limit`;

// Short tokens ("Li", "Ak") are too short for trigrams: every one must start a word of the search keys.
// The patterns are built from [a-z0-9] tokens, so they hold no LIKE wildcards.
const BY_WORD_PREFIXES = `SELECT ${ENTITY_COLUMNS}
  FROM entities e
  WHERE NOT EXISTS (SELECT 1 FROM json_each(@prefixes) p WHERE ' ' || e.search_keys NOT LIKE '% ' || p.value || '%')
    AND (@types IS NULL OR e.type IN (SELECT value FROM json_each(@types)))
  ORDER BY length(e.search_keys), e.id
  LIMIT @limit`;

export function searchEntities(
  statements: PreparedStatements,
  args: { query: string; types: EntityType[] | null; first: number },
): EntityRecord[] {
  const tokens = foldedTokens(args.query);
  if (tokens.length === 0 || args.first <= 0) return [];
  const params = { types: args.types && JSON.stringify(args.types), limit: candidateLimit(args.first) };
  // with at least one long token the trigrams decide; short tokens alone would only add noise
  const match = trigramMatchExpression(tokens);
  const rows = !match
    ? statements.get(BY_WORD_PREFIXES).all({ ...params, prefixes: JSON.stringify(tokens) })
    : args.types
      ? statements.get(BY_TRIGRAMS_OF_TYPES).all({ ...params, match })
      : statements.get(BY_TRIGRAMS).all({ match, limit: params.limit, wide: TIE_BREAK_WIDTH * params.limit });
  return (rows as EntityRow[]).map(entityFromRow);
}
