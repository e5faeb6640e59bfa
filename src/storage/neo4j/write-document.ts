import type { ChangeSet, WriteCounts } from '../../domain/change-set.js';
import { documentChangeSet } from '../change-sets/document-change-set.js';
import type { DocumentPlan, GraphReader, WriteOptions } from '../graph-store.js';
import { applyChangeSet } from './apply-change-set.js';
import type { Neo4jClient, WriteTransaction } from './driver.js';
import { TAKE_WRITE_LOCK } from './write-statements.js';

/**
 * Takes the document-write lock, runs `plan` against the transaction's own view, turns what it planned into
 * a change set (checked against the same view) and applies it, all in one write transaction. `onStep` runs
 * inside the transaction: when it throws, the transaction function rejects, the driver rolls back and,
 * since the error is not a transient one, rethrows it without retry. A transient failure (a deadlock)
 * reruns everything, the plan included.
 */
export async function planAndWriteDocument<T>(
  client: Neo4jClient,
  viewOf: (tx: WriteTransaction) => GraphReader,
  plan: DocumentPlan<T>,
  options: WriteOptions = {},
): Promise<{ result: T; counts: WriteCounts }> {
  try {
    return await client.write(async (tx) => {
      await tx.run(TAKE_WRITE_LOCK);
      const view = viewOf(tx);
      const { write, result } = await plan(view);
      const done = { result, counts: await applyChangeSet(tx, await documentChangeSet(write, view), options.onStep) };
      // throwing is how a transaction function rolls back; the driver rethrows what is not transient
      if (options.rollback) throw new RolledBack(done);
      return done;
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.done as { result: T; counts: WriteCounts };
    throw error;
  }
}

/** Carries a dry run's outcome out of the transaction it rolled back. */
class RolledBack extends Error {
  constructor(readonly done: unknown) {
    super('rolled back on request (dry run)');
  }
}

/** A change set applied as it is, under the document-write lock, in one transaction. */
export function writeChangeSet(client: Neo4jClient, set: ChangeSet, options: WriteOptions = {}): Promise<WriteCounts> {
  return client.write(async (tx) => {
    await tx.run(TAKE_WRITE_LOCK);
    return applyChangeSet(tx, set, options.onStep);
  });
}
