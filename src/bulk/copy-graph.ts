import { KgError } from '../domain/errors.js';
import type { EmbeddedGraphStore } from '../storage/embedded/index.js';
import type { Neo4jClient } from '../storage/neo4j/index.js';
import type { DuplicateCandidateRecord } from '../domain/duplicates.js';
import { applyChangeSets, graphCounts } from '../storage/neo4j/bulk-write.js';
import { EXTRAS_PER_TRANSACTION, batchChangeSets, extrasChangeSets } from './batch-change-sets.js';
import { graphBatches, type GraphBatch } from './staged-graph.js';

/** The bulk path refused its target or its source, or the copy does not match what it copied. */
class BulkLoadError extends KgError {
  readonly code = 'BULK_LOAD_REFUSED';
  constructor(message: string) {
    super(message);
    this.name = 'BulkLoadError';
  }
}

/** Refuses a database that holds a graph: the copy creates every node, it merges into nothing. */
export async function assertEmpty(target: Neo4jClient): Promise<void> {
  const before = await graphCounts(target);
  if (before.entities > 0 || before.articles > 0) {
    throw new BulkLoadError(
      `the Neo4j database ${target.database} at ${target.uri} already holds ${before.entities} entities and ${before.articles} articles; ` +
        'a bulk load fills an empty database (add documents to a graph with kg ingest)',
    );
  }
}

interface CopyReport {
  batches: number;
  seconds: number;
  counts: Awaited<ReturnType<typeof graphCounts>>;
}

/**
 * Copies the graph an embedded store holds (the staging store the documents were ingested into, one
 * at a time, by the same planner as `kg ingest`) into an empty Neo4j database. Reading the next batch
 * overlaps writing this one (SQLite works in this process, Neo4j in its own). Ends by checking that the
 * database holds exactly as many entities, articles, relationships, citations and mentions as the source.
 */
interface CopyOptions {
  onBatch?: (batch: GraphBatch, index: number) => void;
  /** a batch's facts, edges and dispute markers per transaction (bulk-write.ts) */
  rowsPerTransaction?: number;
}

export async function copyGraph(source: EmbeddedGraphStore, target: Neo4jClient, options: CopyOptions = {}): Promise<CopyReport> {
  const started = performance.now();
  await assertEmpty(target);
  const extras = await source.stagedExtras();
  if (extras.editorRecords > 0) {
    throw new BulkLoadError(
      `the staging store holds ${extras.editorRecords} editors' records (history, verdicts, distinct pairs); a bulk load copies only what ingest makes`,
    );
  }
  let batches = 0;
  let writing: Promise<void> | null = null;
  for await (const batch of graphBatches(source)) {
    if (writing) await writing;
    options.onBatch?.(batch, batches);
    writing = applyChangeSets(target, batchChangeSets(batch, options.rowsPerTransaction));
    batches++;
  }
  if (writing) await writing;
  await writeGraphExtras(target, {
    redirects: extras.redirects,
    duplicateCandidates: source.stagedDuplicateCandidates(EXTRAS_PER_TRANSACTION),
  });
  const counts = await verifyCopy(source, target);
  return { batches, seconds: (performance.now() - started) / 1000, counts };
}

/** The ids that redirect and the review items, after the graph they refer to. */
export async function writeGraphExtras(
  client: Neo4jClient,
  extras: {
    redirects: ReadonlyArray<{ id: string; into: string }>;
    /** in pages, as a staging store reads them (millions at a million entities) */
    duplicateCandidates: AsyncIterable<readonly DuplicateCandidateRecord[]> | Iterable<readonly DuplicateCandidateRecord[]>;
  },
): Promise<void> {
  await applyChangeSets(client, extrasChangeSets({ redirects: extras.redirects }));
  for await (const page of extras.duplicateCandidates) await applyChangeSets(client, extrasChangeSets({ reviewItems: page }));
}

export { EXTRAS_PER_TRANSACTION };

/**
 * Checks that Neo4j holds exactly as many entities, articles, relationships, citations and mentions as
 * the source. It reads every edge's citation list: on the 1M corpus more than a request's 10 s, so the
 * bulk load's client has a longer timeout (COPY_TRANSACTION_TIMEOUT_MS).
 */
async function verifyCopy(source: EmbeddedGraphStore, target: Neo4jClient): Promise<CopyReport['counts']> {
  const counts = await graphCounts(target);
  const expected = { entities: await source.countEntities(null), articles: await source.countArticles(), ...(await source.stagedCounts()) };
  const wrong = (Object.keys(expected) as Array<keyof typeof expected>).filter((k) => counts[k] !== expected[k]);
  if (wrong.length > 0) {
    throw new BulkLoadError(
      `the copy does not match its source: ${wrong.map((k) => `${k} ${counts[k]} in Neo4j, ${expected[k]} staged`).join('; ')}`,
    );
  }
  return counts;
}

/**
 * The bulk load's transactions may run this long: an operator's command, not a request, whose batches
 * carry hubs' histories and whose final check reads the whole graph (KG_STORE_TIMEOUT_MS's upper bound).
 */
export const COPY_TRANSACTION_TIMEOUT_MS = 600_000;
