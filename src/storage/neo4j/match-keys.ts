import type { EntityRecord, EntityType } from '../../domain/entity.js';
import { matchKeysOf, queryKeysOf } from '../../resolution/match-keys.js';
import type { Neo4jClient } from './driver.js';
import { ENTITY_LABEL } from './labels.js';
import { ENTITY_READ_PROPERTIES, entityFrom } from './records.js';
import { mapList, num } from './rows.js';

/*
 * Resolution's candidate lookup: each entity node keeps its blocking keys (src/resolution/match-keys.ts) in
 * `match_keys`, written by entityProps with every write of the node (a document, a rename, an editor's
 * merge), so the keys move in the writer's transaction and vanish with the node. A full-text index with the
 * whitespace analyzer holds each key as one term: a lookup is a few exact term seeks, and Lucene's score
 * (BM25 over the shared keys) ranks by how many keys are shared and how rare they are.
 */

export const MATCH_KEYS_INDEX = 'entity_match_keys';

export const MATCH_KEYS_INDEX_STATEMENT = `CREATE FULLTEXT INDEX ${MATCH_KEYS_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.match_keys]
  OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace' } }`;

/** The property value (as entityProps writes it): keys hold only [a-z0-9_], so a space separates them. */
export const matchKeysProperty = (entity: { name: string; aliases: readonly string[] }) => matchKeysOf(entity).join(' ');

/**
 * Hits Lucene keeps per query before the type filter: its top-k collection stays cheap however many names
 * share a common key, and the candidates past it share only common ones.
 */
const HITS_PER_QUERY = 4;

const MATCH_BATCH = `
UNWIND range(0, size($queries) - 1) AS i
WITH i, $queries[i] AS q
CALL (q) {
  CALL db.index.fulltext.queryNodes('${MATCH_KEYS_INDEX}', q.query, {limit: q.hits}) YIELD node, score
  WHERE q.types IS NULL OR node.type IN q.types
  WITH node, score ORDER BY score DESC, node.id
  WITH q, collect(node) AS all
  RETURN [node IN all[0..q.limit] | node {${ENTITY_READ_PROPERTIES.map((p) => `.${p}`).join(', ')}}] AS found
}
RETURN i, found`;

export async function matchCandidatesBatch(
  client: Neo4jClient,
  queries: ReadonlyArray<{ name: string; types: EntityType[] | null; first: number }>,
): Promise<EntityRecord[][]> {
  const results = queries.map((): EntityRecord[] => []);
  const asked = queries.flatMap((q, i) => {
    const keys = queryKeysOf(q.name);
    const first = Math.max(0, Math.floor(q.first));
    // keys are [a-z0-9_] only: no Lucene syntax can reach the parser, and lower case is never an operator
    return keys.length === 0 || first === 0
      ? []
      : [{ i, query: keys.join(' OR '), types: q.types, limit: first, hits: first * HITS_PER_QUERY }];
  });
  if (asked.length === 0) return results;
  const rows = await client.read(MATCH_BATCH, { queries: asked });
  for (const row of rows) results[asked[num(row, 'i')].i] = mapList(row, 'found').map(entityFrom);
  return results;
}
