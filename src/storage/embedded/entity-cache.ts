import type { EntityRecord } from '../../domain/entity.js';
import type { Db, PreparedStatements } from './statements.js';

/** A row read for the cache: the record and its entities.seq. */
export interface KeyedRecord {
  seq: number;
  record: EntityRecord;
}

/**
 * Parsed entity records, and resolution's match-key lookups, kept between reads, so that what resolution
 * reads for every document (a hub's events, the candidates of its recurring names) is read from SQLite and
 * parsed once, not per document: on a large store that was a good part of a staged document's time
 * (docs/benchmarks.md).
 *
 * Never stale, by construction rather than by each writer remembering to say so:
 * - this connection's own writes: TEMP triggers (they belong to this connection alone and fire on every
 *   path that writes entities: documents, renames, edits, merges, deletes) note the seq of every row
 *   inserted, updated or deleted, and every match key added or removed, in TEMP tables, and each read
 *   first forgets those records and lookups.
 * - a transaction that may yet roll back: inside one, a record read is kept only while a document's plan
 *   reads (whilePlanning), before the transaction has written anything, so what is kept is committed. A
 *   rollback takes the notes of its own writes with it; nothing it wrote was kept, so nothing is stale.
 * - other connections (a CLI ingest beside a running server): PRAGMA data_version changes when another
 *   connection commits, and the whole cache is forgotten.
 * Records are frozen, since every caller shares them. The cache is cleared whole when full, so it is bounded.
 */
export class EntityRecordCache {
  private readonly bySeq = new Map<number, EntityRecord>();
  private readonly seqOfId = new Map<string, number>();
  /** match key -> the types asked (joined) -> the seqs its lookup gave; `keyed` counts the lookups */
  private readonly seqsOfKey = new Map<string, Map<string, readonly number[]>>();
  private keyed = 0;
  private dataVersion = -1;
  private totalChanges = -1;
  private planning = false;

  constructor(
    private readonly db: Db,
    private readonly statements: PreparedStatements,
    private readonly limit: number,
  ) {
    this.install();
  }

  /** The TEMP table and triggers; again after a migration that may have rebuilt the entities table. */
  install(): void {
    // no key on the notes: a trigger's INSERT OR IGNORE takes the conflict policy of the statement that
    // fired it (an upsert's ABORT), and a seq noted twice is only forgotten twice
    this.db.exec(`
      CREATE TEMP TABLE IF NOT EXISTS changed_entity_seqs (seq INTEGER NOT NULL);
      CREATE TEMP TRIGGER IF NOT EXISTS entity_cache_insert AFTER INSERT ON main.entities
        BEGIN INSERT INTO changed_entity_seqs (seq) VALUES (NEW.seq); END;
      CREATE TEMP TRIGGER IF NOT EXISTS entity_cache_update AFTER UPDATE ON main.entities
        BEGIN INSERT INTO changed_entity_seqs (seq) VALUES (OLD.seq), (NEW.seq); END;
      CREATE TEMP TRIGGER IF NOT EXISTS entity_cache_delete AFTER DELETE ON main.entities
        BEGIN INSERT INTO changed_entity_seqs (seq) VALUES (OLD.seq); END;
      CREATE TEMP TABLE IF NOT EXISTS changed_match_keys (key TEXT NOT NULL);
      CREATE TEMP TRIGGER IF NOT EXISTS match_key_cache_insert AFTER INSERT ON main.entity_match_keys
        BEGIN INSERT INTO changed_match_keys (key) VALUES (NEW.key); END;
      CREATE TEMP TRIGGER IF NOT EXISTS match_key_cache_delete AFTER DELETE ON main.entity_match_keys
        BEGIN INSERT INTO changed_match_keys (key) VALUES (OLD.key); END;`);
    this.clear();
  }

  /**
   * Runs a write transaction's plan: its reads come before any write of the transaction, so they read
   * committed rows, and what they read may be kept. Writes are queued one at a time on a connection.
   */
  async whilePlanning<T>(plan: () => Promise<T>): Promise<T> {
    this.planning = true;
    try {
      return await plan();
    } finally {
      this.planning = false;
    }
  }

  /** Forgets what changed since the last read: before any read from the cache (matchKeySeqs leaves it to its caller). */
  sync(): void {
    const version = this.statements.get('PRAGMA data_version').pluck().get() as number;
    if (version !== this.dataVersion) {
      this.clear();
      this.dataVersion = version;
    }
    // total_changes() counts this connection's row changes, triggers' included: unchanged, nothing to drain
    const changes = this.statements.get('SELECT total_changes()').pluck().get() as number;
    if (changes === this.totalChanges) return;
    const changed = this.statements.get('DELETE FROM temp.changed_entity_seqs RETURNING seq').pluck().all() as number[];
    for (const seq of changed) this.bySeq.delete(seq);
    const keys = this.statements.get('DELETE FROM temp.changed_match_keys RETURNING key').pluck().all() as string[];
    for (const key of keys) {
      this.keyed -= this.seqsOfKey.get(key)?.size ?? 0;
      this.seqsOfKey.delete(key);
    }
    this.totalChanges = this.statements.get('SELECT total_changes()').pluck().get() as number;
  }

  /** The records of these seqs, read (by `read`, rows with their seq) and parsed only where not kept; absent where no row. */
  recordsOfSeqs(seqs: readonly number[], read: (missing: number[]) => KeyedRecord[]): Map<number, EntityRecord> {
    return this.recordsOf(
      seqs,
      (seq) => this.bySeq.get(seq),
      read,
      (row) => row.seq,
    );
  }

  /** The same by id. */
  recordsOfIds(ids: readonly string[], read: (missing: string[]) => KeyedRecord[]): Map<string, EntityRecord> {
    const kept = (id: string) => {
      const seq = this.seqOfId.get(id);
      const record = seq === undefined ? undefined : this.bySeq.get(seq);
      // a rename keeps the seq and changes the id: the record at that seq must still carry this id
      return record?.id === id ? record : undefined;
    };
    return this.recordsOf(ids, kept, read, (row) => row.record.id);
  }

  private recordsOf<K>(
    keys: readonly K[],
    kept: (key: K) => EntityRecord | undefined,
    read: (missing: K[]) => KeyedRecord[],
    keyOf: (row: KeyedRecord) => K,
  ): Map<K, EntityRecord> {
    this.sync();
    const found = new Map<K, EntityRecord>();
    const missing: K[] = [];
    for (const key of keys) {
      const record = kept(key);
      if (record) found.set(key, record);
      else missing.push(key);
    }
    if (missing.length > 0) for (const row of read(missing)) found.set(keyOf(row), this.put(row.seq, row.record));
    return found;
  }

  /** A match key's lookup for these types (see match-keys.ts), run by `read` only where not kept; call sync() first. */
  matchKeySeqs(key: string, types: string, read: () => number[]): readonly number[] {
    // no sync here: a document asks for about a hundred keys at once, and its caller syncs once for them all
    const known = this.seqsOfKey.get(key)?.get(types);
    if (known) return known;
    const seqs = Object.freeze(read());
    if (this.keepable()) {
      if (this.keyed >= this.limit) this.clearKeys();
      let byTypes = this.seqsOfKey.get(key);
      if (!byTypes) {
        byTypes = new Map();
        this.seqsOfKey.set(key, byTypes);
      }
      byTypes.set(types, seqs);
      this.keyed++;
    }
    return seqs;
  }

  /** In any transaction but a plan's, a row read may hold this connection's uncommitted write. */
  private keepable(): boolean {
    return !this.db.inTransaction || this.planning;
  }

  private put(seq: number, record: EntityRecord): EntityRecord {
    freeze(record);
    if (!this.keepable()) return record;
    if (this.bySeq.size >= this.limit || this.seqOfId.size >= 2 * this.limit) this.clear();
    this.bySeq.set(seq, record);
    this.seqOfId.set(record.id, seq);
    return record;
  }

  private clear(): void {
    this.bySeq.clear();
    this.seqOfId.clear();
    this.clearKeys();
  }

  private clearKeys(): void {
    this.seqsOfKey.clear();
    this.keyed = 0;
  }
}

function freeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
}
