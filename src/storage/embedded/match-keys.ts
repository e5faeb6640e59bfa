import { ENTITY_TYPES, type EntityRecord, type EntityType } from '../../domain/entity.js';
import { MATCH_KEYS_FINGERPRINT, matchKeysOf, queryKeysOf } from '../../resolution/match-keys.js';
import type { Db, PreparedStatements } from './statements.js';
import type { EntityRecordCache } from './entity-cache.js';
import { ENTITY_COLUMNS, entityFromRow, type EntityRow } from './rows.js';

/**
 * Resolution's candidate lookup over entity_match_keys (schema v6): the keys of matchKeysOf, one row per
 * (key, type, entity). The rows are kept by triggers on the entities table that call kg_match_keys, so every
 * write of a name or aliases (a document, a rename, an editor's merge or delete) moves them in its own
 * transaction without the writers knowing; the function is registered on every connection (openDatabase).
 */
export const MATCH_KEYS_FUNCTION = 'kg_match_keys';

export function registerMatchKeys(db: Db): void {
  db.function(MATCH_KEYS_FUNCTION, { deterministic: true }, (name: unknown, aliases: unknown) =>
    JSON.stringify(matchKeysOf({ name: String(name), aliases: JSON.parse(String(aliases)) as string[] })),
  );
}

const FINGERPRINT_META_KEY = 'match_keys_fingerprint';
// the rows of one range of entities, as the triggers write them (schema v6), through the same function
const KEY_RANGE = `INSERT OR IGNORE INTO entity_match_keys (key, type, seq)
  SELECT k.value, e.type, e.seq FROM entities e, json_each(${MATCH_KEYS_FUNCTION}(e.name, e.aliases)) k
  WHERE e.seq > @after AND e.seq <= @upto`;
const RANGE_END = 'SELECT max(seq) FROM (SELECT seq FROM entities WHERE seq > @after ORDER BY seq LIMIT @batch)';
const REBUILD_BATCH = 5000;

/**
 * Rebuilds entity_match_keys when the rules (MATCH_KEYS_FINGERPRINT) have changed since they were built,
 * and only then: the triggers key only the entities written since, so an older store's other entities
 * would keep old keys and resolution would miss them. Runs inside migrateSchema's transaction, so a start
 * sees either the old keys or all the new ones. `builtNow`: this migration built them (v6), under today's rules.
 */
export function keepMatchKeysCurrent(db: Db, { builtNow }: { builtNow: boolean }): void {
  const kept = db.prepare('SELECT value FROM store_meta WHERE key = ?').pluck().get(FINGERPRINT_META_KEY);
  if (kept === MATCH_KEYS_FINGERPRINT) return;
  if (!builtNow) rebuildMatchKeys(db);
  db.prepare('INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    FINGERPRINT_META_KEY,
    MATCH_KEYS_FINGERPRINT,
  );
}

/** Every entity's keys again, a range of seqs per statement, so no one statement's work grows with the store. */
function rebuildMatchKeys(db: Db): void {
  db.exec('DELETE FROM entity_match_keys');
  const insert = db.prepare(KEY_RANGE);
  const rangeEnd = db.prepare(RANGE_END).pluck();
  for (let after = 0; ; ) {
    const upto = rangeEnd.get({ after, batch: REBUILD_BATCH }) as number | null;
    if (upto === null) return;
    insert.run({ after, upto });
    after = upto;
  }
}

/**
 * How many entities one key contributes at most. A key this common says little (w_of, s_r), and the
 * bound keeps a lookup's cost flat however large the graph grows; an entity that shares such a key also
 * shares a rarer one (its surname, its whole name) if it is a likely match.
 */
const ROWS_PER_KEY = 64;

// A key's oldest rows of each type come straight off the primary key (key, type, seq) in seq order, and
// SQLite merges the arms (MERGE (UNION ALL)) and stops at @limit. ORDER BY seq over the key alone read and
// sorted every row of a common key (w_of), a cost that grew with the graph; this reads at most @limit rows
// per type (figures in docs/benchmarks.md). A type not asked for is bound to null, which no row's type equals.
export const MATCH_KEY_LOOKUP =
  ENTITY_TYPES.map((_, i) => `SELECT seq FROM entity_match_keys WHERE key = @key AND type = @type${i}`).join('\n  UNION ALL ') +
  '\n  ORDER BY seq LIMIT @limit';
const ROWS = `SELECT e.seq, ${ENTITY_COLUMNS} FROM entities e WHERE e.seq IN (SELECT value FROM json_each(@seqs))`;

export interface CandidateQuery {
  name: string;
  types: EntityType[] | null;
  first: number;
}

/**
 * For each query, the stored entities sharing keys with its name, best first: by the summed rarity of the
 * keys they share (a key shared by few entities weighs more), ties by age; at most `first`. An entity that
 * several queries find (one document's entity under its name and each alias) is read and parsed once.
 */
export function matchCandidatesBatch(
  statements: PreparedStatements,
  cache: EntityRecordCache,
  queries: readonly CandidateQuery[],
): EntityRecord[][] {
  // one sync for the whole batch: nothing is written between its lookups
  cache.sync();
  const ranked = queries.map((q) => rankedSeqs(statements, cache, q));
  const wanted = [...new Set(ranked.flat())];
  if (wanted.length === 0) return ranked.map(() => []);
  const bySeq = cache.recordsOfSeqs(wanted, (missing) =>
    (statements.get(ROWS).all({ seqs: JSON.stringify(missing) }) as Array<EntityRow & { seq: number }>).map((row) => ({
      seq: row.seq,
      record: entityFromRow(row),
    })),
  );
  return ranked.map((seqs) => seqs.map((seq) => bySeq.get(seq)).filter((e): e is EntityRecord => e !== undefined));
}

/** The seqs of one query's candidates, best first. */
function rankedSeqs(statements: PreparedStatements, cache: EntityRecordCache, args: CandidateQuery): number[] {
  const keys = queryKeysOf(args.name);
  if (keys.length === 0 || args.first <= 0) return [];
  const asked = args.types ?? ENTITY_TYPES;
  const typeParams = Object.fromEntries(ENTITY_TYPES.map((type, i) => [`type${i}`, asked.includes(type) ? type : null]));
  const types = asked.join(',');
  const score = new Map<number, number>();
  for (const key of keys) {
    // pluck: a bare number per row, not an object; a lookup reads many rows of one column
    const seqs = cache.matchKeySeqs(
      key,
      types,
      () =>
        statements
          .get(MATCH_KEY_LOOKUP)
          .pluck()
          .all({ key, limit: ROWS_PER_KEY, ...typeParams }) as number[],
    );
    const weight = Math.log(1 + ROWS_PER_KEY / seqs.length);
    for (const seq of seqs) score.set(seq, (score.get(seq) ?? 0) + weight);
  }
  return [...score]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, args.first)
    .map(([seq]) => seq);
}
