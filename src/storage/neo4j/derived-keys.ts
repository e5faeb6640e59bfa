import type { Neo4jClient } from './driver.js';
import { ENTITY_LABEL } from './labels.js';
import { matchKeysProperty } from './match-keys.js';
import { searchTrigramsOf } from './search-query.js';
import { optStr, optStrList, str } from './rows.js';

/*
 * Properties an entity node carries only for an index, worked out from its others: resolution's blocking
 * keys (match_keys, from the name and aliases) and search's trigrams (search_trigrams, from search_keys).
 * entityProps writes them with every write of the node; a node written before one of them existed, or by
 * a loader that leaves them out (the export's Cypher script), gets them here on migrate. One pass does both,
 * so a start reads the entities once, not once per property.
 */

const BACKFILL_BATCH = 1000;
// an entity without search_keys has no trigrams to take: it is left alone, so the loop ends
const LACKING = `MATCH (e:${ENTITY_LABEL})
WHERE e.match_keys IS NULL OR (e.search_trigrams IS NULL AND e.search_keys IS NOT NULL)
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.search_keys AS searchKeys LIMIT $limit`;
const SET_DERIVED = `UNWIND $rows AS row MATCH (e:${ENTITY_LABEL} {id: row.id})
SET e.match_keys = row.matchKeys, e.search_trigrams = row.trigrams`;

export async function backfillDerivedKeys(client: Neo4jClient): Promise<void> {
  for (;;) {
    const rows = await client.read(LACKING, { limit: BACKFILL_BATCH });
    if (rows.length === 0) return;
    const derived = rows.map((r) => {
      const searchKeys = optStr(r, 'searchKeys');
      return {
        id: str(r, 'id'),
        // a bare node with no name (a test's, a half-loaded dump's) must not stop every start: it gets no keys
        matchKeys: matchKeysProperty({ name: optStr(r, 'name') ?? '', aliases: optStrList(r, 'aliases') }),
        trigrams: searchKeys === null ? null : searchTrigramsOf(searchKeys),
      };
    });
    await client.write((tx) => tx.run(SET_DERIVED, { rows: derived }));
  }
}
