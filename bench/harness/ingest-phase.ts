import { rmSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import type { DocumentWrite, GraphStore } from '../../src/storage/graph-store.js';
import { openNeo4jStore } from '../../src/storage/neo4j/index.js';
import { graphCounts, wipe, type BenchDatabase } from './db.js';
import { RateRecorder, rowsOf, type LoadRate } from './rates.js';
import { unwindLoad } from './unwind-load.js';

/**
 * Runs `ingestDocument` (what `kg ingest` runs for each file) over the documents, timing each one, and
 * records the write that the project's plan made of each (its rows, for the UNWIND load).
 */
async function ingestTimed(store: GraphStore, docs: unknown[], writes?: DocumentWrite[]): Promise<RateRecorder> {
  let last: DocumentWrite | null = null;
  const original = store.planAndWriteDocument.bind(store);
  // the plan may run again when a transaction is retried: the last write planned is the one committed
  store.planAndWriteDocument = (plan, options) => original(async (view) => {
    const planned = await plan(view);
    last = planned.write;
    return planned;
  }, options);
  const rates = new RateRecorder();
  for (const [i, doc] of docs.entries()) {
    const started = performance.now();
    await ingestDocument(store, doc, { source: `corpus line ${i + 1}` });
    const ms = performance.now() - started;
    rates.add(ms, rowsOf(last!));
    writes?.push(last!);
    if ((i + 1) % 500 === 0) console.log(`  ${i + 1}/${docs.length} documents`);
  }
  return rates;
}

export interface IngestResults {
  embedded: LoadRate;
  unwind: LoadRate;
  /** kg ingest into Neo4j over the first tenth (empty graph) and the last tenth (full graph) */
  neo4jFirstTenth: LoadRate;
  neo4jLastTenth: LoadRate;
  /** the UNWIND load of the same tenths, for the ratio on the same documents */
  unwindFirstTenth: LoadRate;
  unwindLastTenth: LoadRate;
  /** full kg ingest into Neo4j when --full-ingest was given */
  neo4jFull: LoadRate | null;
  counts: Awaited<ReturnType<typeof graphCounts>>;
}

/**
 * 1. kg ingest of the whole corpus into a fresh embedded store (kept for the embedded server);
 * 2. the plain UNWIND load of the same rows into an empty Neo4j;
 * 3. kg ingest into an empty Neo4j of the first tenth, the UNWIND load of the middle, then kg ingest of
 *    the last tenth: the rate on an empty and on a full graph without spending the hour a full kg ingest
 *    into Neo4j takes at 10k (--full-ingest does that instead). The graph it leaves is the query phase's.
 */
export async function ingestPhase(docs: unknown[], embeddedDir: string, driver: Driver, db: BenchDatabase, fullIngest: boolean): Promise<IngestResults> {
  rmSync(embeddedDir, { recursive: true, force: true });
  console.log(`kg ingest into the embedded store (${docs.length} documents)`);
  const embeddedStore = await openEmbeddedStore(embeddedDir);
  await embeddedStore.migrate();
  const writes: DocumentWrite[] = [];
  const embedded = (await ingestTimed(embeddedStore, docs, writes)).summary();
  await embeddedStore.close();

  const neo4jStore = await openNeo4jStore({ ...db, transactionTimeoutMs: 600_000 });
  try {
    await wipe(driver, db);
    await neo4jStore.migrate();
    console.log('plain UNWIND load into Neo4j');
    const unwindAll = await unwindLoad(driver, db, writes);
    const unwind = unwindAll.summary();
    const tenth = Math.max(1, Math.floor(docs.length / 10));

    await wipe(driver, db);
    let neo4jFull: LoadRate | null = null;
    let neo4jFirstTenth: LoadRate;
    let neo4jLastTenth: LoadRate;
    if (fullIngest) {
      console.log('kg ingest into Neo4j, every document');
      const all = await ingestTimed(neo4jStore, docs);
      neo4jFull = all.summary();
      neo4jFirstTenth = sliceRate(neo4jFull, neo4jFull.firstTenth!);
      neo4jLastTenth = sliceRate(neo4jFull, neo4jFull.lastTenth!);
    } else {
      console.log(`kg ingest into Neo4j: first ${tenth} documents`);
      neo4jFirstTenth = (await ingestTimed(neo4jStore, docs.slice(0, tenth))).summary();
      console.log(`plain UNWIND load of documents ${tenth + 1}-${docs.length - tenth}`);
      await unwindLoad(driver, db, writes.slice(tenth, docs.length - tenth));
      console.log(`kg ingest into Neo4j: last ${tenth} documents`);
      neo4jLastTenth = (await ingestTimed(neo4jStore, docs.slice(docs.length - tenth))).summary();
    }
    const counts = await graphCounts(driver, db);
    const rowsFirst = writes.slice(0, tenth).reduce((n, w) => n + rowsOf(w), 0);
    const rowsLast = writes.slice(-tenth).reduce((n, w) => n + rowsOf(w), 0);
    return {
      embedded, unwind, neo4jFirstTenth, neo4jLastTenth, neo4jFull, counts,
      unwindFirstTenth: { ...sliceRate(unwind, unwind.firstTenth!), rows: rowsFirst },
      unwindLastTenth: { ...sliceRate(unwind, unwind.lastTenth!), rows: rowsLast },
    };
  } finally {
    await neo4jStore.close();
  }
}

/** A tenth of a run seen as a run of its own, at the rate measured over it. */
function sliceRate(whole: LoadRate, docsPerSecond: number): LoadRate {
  const docs = Math.max(1, Math.floor(whole.docs / 10));
  const seconds = docs / docsPerSecond;
  return { docs, rows: Math.round(whole.rows / 10), seconds, docsPerSecond, rowsPerSecond: whole.rows / 10 / seconds, firstTenth: null, lastTenth: null };
}
