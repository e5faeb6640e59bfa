import { MATCH_KEYS_FINGERPRINT } from '../../resolution/match-keys.js';
import type { Neo4jClient } from './driver.js';
import { ENTITY_LABEL, WRITE_LOCK_LABEL } from './labels.js';
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

/*
 * The fingerprint of the match-key rules the nodes' match_keys were built under, kept on the write-lock
 * node (a singleton under a uniqueness constraint, so two starts at once cannot make two). When the rules
 * change, every node's keys are worked out again: entityProps keys only the nodes written since, and
 * resolution would miss the others. The fingerprint is written last, so a start stopped part-way rebuilds again.
 */
const LOCK_NAME = 'documents';
const KEPT_FINGERPRINT = `OPTIONAL MATCH (l:${WRITE_LOCK_LABEL} {name: $lock}) RETURN l.match_keys_fingerprint AS fingerprint`;
const KEEP_FINGERPRINT = `MERGE (l:${WRITE_LOCK_LABEL} {name: $lock}) SET l.match_keys_fingerprint = $fingerprint`;
// in id order off the unique index, a page after the last id seen: each page is one index range
const ENTITIES_AFTER = `MATCH (e:${ENTITY_LABEL}) WHERE e.id > $after
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.match_keys AS matchKeys ORDER BY e.id LIMIT $limit`;
const SET_MATCH_KEYS = `UNWIND $rows AS row MATCH (e:${ENTITY_LABEL} {id: row.id}) SET e.match_keys = row.matchKeys`;

/** Rebuilds every node's match_keys if the rules changed since they were built; true if it did. */
export async function rebuildStaleMatchKeys(client: Neo4jClient): Promise<boolean> {
  const [kept] = await client.read(KEPT_FINGERPRINT, { lock: LOCK_NAME });
  if (kept && optStr(kept, 'fingerprint') === MATCH_KEYS_FINGERPRINT) return false;
  for (let after = ''; ; ) {
    const rows = await client.read(ENTITIES_AFTER, { after, limit: BACKFILL_BATCH });
    if (rows.length === 0) break;
    const keyed = rows.map((r) => ({
      id: str(r, 'id'),
      old: optStr(r, 'matchKeys'),
      matchKeys: matchKeysProperty({ name: optStr(r, 'name') ?? '', aliases: optStrList(r, 'aliases') }),
    }));
    // only the nodes whose keys differ: a rewrite of the same value would still churn the full-text index
    const changed = keyed.filter((k) => k.old !== k.matchKeys).map(({ id, matchKeys }) => ({ id, matchKeys }));
    if (changed.length > 0) await client.write((tx) => tx.run(SET_MATCH_KEYS, { rows: changed }));
    after = keyed[keyed.length - 1].id;
  }
  await client.write((tx) => tx.run(KEEP_FINGERPRINT, { lock: LOCK_NAME, fingerprint: MATCH_KEYS_FINGERPRINT }));
  return true;
}
