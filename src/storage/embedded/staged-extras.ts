import type { DuplicateCandidateRecord } from '../../domain/duplicates.js';
import type { Db } from './connection.js';

/**
 * What a bulk load copies from a staging store besides the graph the port reads: the ids that redirect
 * (renames made while ingesting) and every review item as stored (duplicateCandidatesAfter, a page at a
 * time). Editors' work (history, verdicts, distinct pairs) is counted so that a bulk load can refuse a
 * store that holds any: it copies what ingest makes, nothing an editor decided.
 */
export interface StagedExtras {
  redirects: Array<{ id: string; into: string }>;
  editorRecords: number;
}

export function stagedExtras(db: Db): StagedExtras {
  const redirects = db.prepare('SELECT id, into_id AS "into" FROM merged_ids ORDER BY id').all() as Array<{ id: string; into: string }>;
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  // an ingest through the API writes history too; the bulk path ingests without an author, so none
  return { redirects, editorRecords: count('edit_history') + count('verdicts') + count('distinct_pairs') };
}

/**
 * The review items past `after` in id order, at most `limit`: a bulk load reads them a page at a time
 * (a staged corpus of a few hundred thousand documents proposes millions), so its memory does not grow
 * with them. Every id is past ''.
 */
export function duplicateCandidatesAfter(db: Db, after: string, limit: number): DuplicateCandidateRecord[] {
  const rows = db
    .prepare('SELECT id, entity_a, entity_b, score, reason FROM duplicate_candidates WHERE id > ? ORDER BY id LIMIT ?')
    .all(after, limit) as Array<{ id: string; entity_a: string; entity_b: string; score: number; reason: string }>;
  return rows.map((c) => ({ id: c.id, entityIds: [c.entity_a, c.entity_b], score: c.score, reason: c.reason }));
}

/** How many relationships and citations the store holds: the bulk load checks the copy against these. */
export function stagedCounts(db: Db): { relationships: number; citations: number; mentions: number } {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { relationships: count('relationships'), citations: count('citations'), mentions: count('mentions') };
}

/**
 * The documents a bulk load has staged here, each by a key the load makes of it (stagingKeys): what a
 * load given the same staging directory again skips. A mark is written just after its document's own
 * transaction commits, so a load stopped between the two stages that one document again on resuming,
 * which replaces it with itself.
 */
export interface StagingLedger {
  has(key: string): boolean;
  mark(key: string): void;
  count(): number;
}

export function stagingLedger(db: Db): StagingLedger {
  const has = db.prepare('SELECT 1 FROM staged_documents WHERE key = ?').pluck();
  const mark = db.prepare('INSERT OR IGNORE INTO staged_documents (key) VALUES (?)');
  const count = db.prepare('SELECT count(*) FROM staged_documents').pluck();
  return {
    has: (key) => has.get(key) !== undefined,
    mark: (key) => {
      mark.run(key);
    },
    count: () => count.get() as number,
  };
}
