import type { ChangeSet, WriteCounts } from '../../domain/change-set.js';
import { documentChangeSet } from '../change-sets/document-change-set.js';
import type { DocumentPlan, GraphReader, WriteOptions } from '../graph-store.js';
import { applyChangeSet } from './apply-change-set.js';
import type { Db, PreparedStatements } from './connection.js';
import type { EntityRecordCache } from './entity-cache.js';

/**
 * Plans and writes a document in one SQLite transaction. BEGIN IMMEDIATE takes the database's write lock
 * before the plan reads, so another process's writer waits (busy_timeout) until we commit and then
 * plans against our entities; any throw, `onStep` included, rolls the whole document back. Within this
 * process one connection serves everyone, so writes queue here: a second BEGIN on the same connection
 * would fail. (Reads by other requests while a plan awaits share the connection and may see the
 * uncommitted document; the plan's own reads are synchronous underneath, so that window is microtasks.)
 */
export function documentWriter(db: Db, statements: PreparedStatements, view: GraphReader, queue: WriteQueue, cache: EntityRecordCache) {
  const planAndWrite = async <T>(plan: DocumentPlan<T>, options: WriteOptions): Promise<{ result: T; counts: WriteCounts }> => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const { result, set } = await cache.whilePlanning(async () => {
        const { write, result } = await plan(view);
        return { result, set: await documentChangeSet(write, view) };
      });
      const counts = applyChangeSet(statements, set, options.onStep);
      db.exec(options.rollback ? 'ROLLBACK' : 'COMMIT');
      return { result, counts };
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };
  return <T>(plan: DocumentPlan<T>, options: WriteOptions = {}): Promise<{ result: T; counts: WriteCounts }> =>
    queue(() => planAndWrite(plan, options));
}

/** A change set applied as it is, in one IMMEDIATE transaction, queued behind the connection's other writes. */
export function changeSetWriter(db: Db, statements: PreparedStatements, queue: WriteQueue) {
  const apply = db.transaction((set: ChangeSet, options: WriteOptions) => applyChangeSet(statements, set, options.onStep));
  return (set: ChangeSet, options: WriteOptions = {}): Promise<WriteCounts> => queue(() => apply.immediate(set, options) as WriteCounts);
}

/** Runs the connection's writes one after another (a write whose plan awaits must not be interleaved). */
export type WriteQueue = <T>(work: () => T | Promise<T>) => Promise<T>;

export function writeQueue(): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => T | Promise<T>): Promise<T> => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}
