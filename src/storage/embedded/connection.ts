import Database from 'better-sqlite3';
import { registerMatchKeys } from './match-keys.js';
import type { Db } from './statements.js';

export { PreparedStatements, type Db, type Statement } from './statements.js';

/** Where a data directory keeps its database; `':memory:'` opens a throwaway in-memory one instead. */
export const DATABASE_FILE_NAME = 'kg.sqlite';

/** How long a write waits for another process (a CLI ingest next to a running server) to let go of the lock. */
const BUSY_TIMEOUT_MS = 5000;

export interface DatabaseOptions {
  /**
   * false for a scratch store rebuilt from its inputs if lost (kg bulk-load's staging): commits skip the
   * fsync. Each write stays atomic either way; only a crash of the OS may lose the last commits.
   */
  durable?: boolean;
  /** how many parsed entity records the store keeps between reads (entity-cache.ts) */
  entityCacheSize?: number;
}

export function openDatabase(file: string, options: DatabaseOptions = {}): Db {
  const db = new Database(file);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // WAL: readers never block the writer and a commit appends to the log instead of rewriting pages.
  switchToWal(db);
  // FULL fsyncs the log on every commit, so a write we have acknowledged is on disk before writeDocument
  // resolves. In WAL mode NORMAL would already survive kill -9 (the log sits in the OS page cache), but
  // it may lose the last commits on power loss or an OS crash; ingests are rare, so the fsync is cheap.
  db.pragma(options.durable === false ? 'synchronous = OFF' : 'synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // the entities table's triggers call it (schema v6): it must exist before any write
  registerMatchKeys(db);
  return db;
}

/**
 * Two processes opening a new file at once (two `kg ingest`s on a fresh data directory) both switch it to
 * WAL. While one writes the switch, the other, already reading the file, wants to write too, and SQLite
 * fails it at once with SQLITE_BUSY: waiting could deadlock, so busy_timeout does not apply. Once the
 * other has switched it, the file is WAL for good and the pragma only reads it, so a short retry ends.
 */
function switchToWal(db: Db): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
      // openDatabase is synchronous; a short blocking pause lets the other process finish its switch
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10 + Math.random() * 40);
    }
  }
}
