import { RELATIONSHIP_TYPE_NAMES } from '../../domain/vocabulary.js';
import type { Neo4jClient } from './driver.js';
import { str } from './rows.js';
import {
  ARTICLE_LABEL,
  DISPUTE_LABEL,
  DISTINCT_PAIR_LABEL,
  DUPLICATE_CANDIDATE_LABEL,
  ENTITY_LABEL,
  SOURCE_FACTS_LABEL,
  WRITE_LOCK_LABEL,
} from './labels.js';
import { EDIT_ENTRY_LABEL, MERGED_ID_LABEL } from './editor-statements.js';
import { backfillDerivedKeys, rebuildStaleMatchKeys } from './derived-keys.js';
import { NAME_KEYS_INDEX, NAME_TRIGRAMS_INDEX } from './search-query.js';
import { upgradeLegacyEdges } from './legacy.js';
import { moveLegacyFacts } from './legacy-facts.js';
import { INGESTED_DOCUMENT_MIGRATIONS } from './ingested-documents.js';
import { MATCH_KEYS_INDEX, MATCH_KEYS_INDEX_STATEMENT } from './match-keys.js';

/** How long migrate() waits for new indexes to come ONLINE, so a search right after a start works. */
const INDEX_WAIT_SECONDS = 300;

/**
 * The schema, as idempotent statements: each names its constraint or index and says IF NOT EXISTS, so
 * running them on every start changes nothing once applied. Names are fixed, so `SHOW CONSTRAINTS` and
 * `SHOW INDEXES` read the same before and after a second run.
 */
export const MIGRATIONS: ReadonlyArray<{ name: string; statement: string }> = [
  { name: 'entity_id', statement: `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE` },
  { name: 'article_id', statement: `CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:${ARTICLE_LABEL}) REQUIRE n.id IS UNIQUE` },
  // MERGE on the write-lock node is only race-free under a uniqueness constraint: two processes taking
  // the lock for the first time at once must not create two lock nodes
  {
    name: 'document_write_lock_name',
    statement: `CREATE CONSTRAINT document_write_lock_name IF NOT EXISTS FOR (n:${WRITE_LOCK_LABEL}) REQUIRE n.name IS UNIQUE`,
  },
  {
    name: 'duplicate_candidate_id',
    statement: `CREATE CONSTRAINT duplicate_candidate_id IF NOT EXISTS FOR (n:${DUPLICATE_CANDIDATE_LABEL}) REQUIRE n.id IS UNIQUE`,
  },
  {
    name: 'distinct_pair_key',
    statement: `CREATE CONSTRAINT distinct_pair_key IF NOT EXISTS FOR (n:${DISTINCT_PAIR_LABEL}) REQUIRE n.key IS UNIQUE`,
  },
  { name: 'dispute_id', statement: `CREATE CONSTRAINT dispute_id IF NOT EXISTS FOR (n:${DISPUTE_LABEL}) REQUIRE n.id IS UNIQUE` },
  { name: 'dispute_subject', statement: `CREATE INDEX dispute_subject IF NOT EXISTS FOR (n:${DISPUTE_LABEL}) ON (n.subjectId)` },
  // what each source says of an entity: one node per (entity, source), found by entity or by article
  {
    name: 'source_facts_key',
    statement: `CREATE CONSTRAINT source_facts_key IF NOT EXISTS FOR (n:${SOURCE_FACTS_LABEL}) REQUIRE (n.entityId, n.sourceId) IS UNIQUE`,
  },
  {
    name: 'source_facts_source',
    statement: `CREATE INDEX source_facts_source IF NOT EXISTS FOR (n:${SOURCE_FACTS_LABEL}) ON (n.sourceId)`,
  },
  { name: 'entity_type', statement: `CREATE INDEX entity_type IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.type)` },
  // a page of one type in id order (ENTITY_PAGE_OF_TYPE) read off the index in that order: on the 1M graph
  // the id index alone walked past 465,000 events and organisations to reach the first 20 people
  { name: 'entity_type_id', statement: `CREATE INDEX entity_type_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.type, n.id)` },
  // A relationship id names one claim. Neo4j enforces uniqueness per relationship type only; the backing
  // index also serves the lookup by id that a write's claim check makes in each type.
  ...RELATIONSHIP_TYPE_NAMES.map((type) => ({
    name: `${type.toLowerCase()}_id`,
    statement: `CREATE CONSTRAINT ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
  })),
  // editors' writes: redirects of merged ids, and the history by subject and by edit
  { name: 'merged_id', statement: `CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (n:${MERGED_ID_LABEL}) REQUIRE n.id IS UNIQUE` },
  { name: 'edit_subject', statement: `CREATE INDEX edit_subject IF NOT EXISTS FOR (n:${EDIT_ENTRY_LABEL}) ON (n.subjectId)` },
  { name: 'edit_id', statement: `CREATE INDEX edit_id IF NOT EXISTS FOR (n:${EDIT_ENTRY_LABEL}) ON (n.editId)` },
  // The keys are already folded and split by our own code (searchKeysOf), identically for both stores,
  // so the index must not re-tokenise them: the whitespace analyzer keeps each key as one term.
  {
    name: NAME_KEYS_INDEX,
    statement: `CREATE FULLTEXT INDEX ${NAME_KEYS_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.search_keys]
      OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace' } }`,
  },
  // the same keys' trigrams, one term each (search-query.ts: searchTrigramsOf)
  {
    name: NAME_TRIGRAMS_INDEX,
    statement: `CREATE FULLTEXT INDEX ${NAME_TRIGRAMS_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.search_trigrams]
      OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace' } }`,
  },
  // resolution's blocking keys (match-keys.ts), one exact term each
  { name: MATCH_KEYS_INDEX, statement: MATCH_KEYS_INDEX_STATEMENT },
  // the documents as ingested, for dumps
  ...INGESTED_DOCUMENT_MIGRATIONS,
];

/**
 * Applies the migrations the database lacks (each a schema transaction of its own; IF NOT EXISTS still
 * guards against another process starting at the same moment), then waits for every index to be ONLINE.
 */
export async function migrate(client: Neo4jClient): Promise<void> {
  // SHOW cannot sit in a subquery, hence two reads
  const existing = new Set(
    [...(await client.read('SHOW CONSTRAINTS YIELD name')), ...(await client.read('SHOW INDEXES YIELD name'))].map((row) =>
      str(row, 'name'),
    ),
  );
  for (const { name, statement } of MIGRATIONS) {
    if (!existing.has(name)) await client.write((tx) => tx.run(statement));
  }
  await client.read('CALL db.awaitIndexes($seconds)', { seconds: INDEX_WAIT_SECONDS });
  await upgradeLegacyEdges(client);
  await moveLegacyFacts(client);
  await backfillDerivedKeys(client);
  // after the backfill, which keys the nodes lacking them: those are current and are left as they are
  await rebuildStaleMatchKeys(client);
}
