import type { EntityFacts } from '../../domain/entity-facts.js';
import { entityFactRows } from '../fact-rows.js';
import { readRows, type Neo4jClient, type Row } from './driver.js';
import { PUT_FACTS } from './facts.js';
import { ENTITY_LABEL } from './labels.js';
import { optJson, str } from './rows.js';

/*
 * Entities written before facts were kept one node per source hold them all as one JSON property
 * (e.facts). Each such entity's list becomes its SourceFacts nodes (grouped by source, see fact-rows.ts)
 * and the property goes, a batch per transaction, walking the entities in id order. Idempotent: a batch
 * that ran merges the same nodes again, and an entity without the property is passed over.
 */

const BATCH = 500;

const WITH_FACTS = `
MATCH (e:${ENTITY_LABEL})
WHERE e.id > $after AND e.facts IS NOT NULL
RETURN e.id AS id, e.facts AS facts
ORDER BY e.id
LIMIT $limit`;

const CLEAR = `
UNWIND $ids AS id
MATCH (e:${ENTITY_LABEL} {id: id})
REMOVE e.facts`;

const legacyFactsOf = (row: Row) => ({ id: str(row, 'id'), facts: optJson<EntityFacts[]>(row, 'facts') ?? [] });

export async function moveLegacyFacts(client: Neo4jClient): Promise<void> {
  for (let after = ''; ; ) {
    const entities = await readRows(client, WITH_FACTS, { after, limit: BATCH }, legacyFactsOf);
    if (entities.length === 0) return;
    const rows = entities.flatMap((e) => entityFactRows(e.id, e.facts));
    await client.write(async (tx) => {
      if (rows.length > 0) await tx.run(PUT_FACTS, { rows });
      await tx.run(CLEAR, { ids: entities.map((e) => e.id) });
    });
    after = entities[entities.length - 1].id;
  }
}
