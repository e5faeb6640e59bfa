import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** A digest of src/: the cached embedded ingest is reused only while the code that made it is unchanged. */
function sourceDigest(root = 'src'): string {
  const hash = createHash('sha1');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk(root);
  return hash.digest('hex');
}

interface EmbeddedIngest {
  rate: LoadRate;
  writes: DocumentWrite[];
  /** when the ingest was measured, and whether this run reused it */
  measuredAt: string;
  cached: boolean;
}

/**
 * kg ingest of every document into a fresh embedded store, recording each document's planned write. Its
 * store, writes and timings are kept in `dir` and reused by later runs on the same corpus while src/ is
 * unchanged (at 10k the ingest alone takes longer than the rest of the bench; --fresh-ingest redoes it).
 */
async function embeddedIngest(docs: unknown[], dir: string, corpus: string, fresh: boolean): Promise<EmbeddedIngest> {
  const key = JSON.stringify({ corpus, docs: docs.length, src: sourceDigest() });
  const marker = join(dir, 'bench-ingest.json');
  if (!fresh && existsSync(marker)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as { key: string; rate: LoadRate; measuredAt: string };
    if (saved.key === key) {
      console.log(`reusing the embedded kg ingest of ${saved.measuredAt} (${dir}; same corpus, same src/)`);
      const writes = readFileSync(join(dir, 'writes.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as DocumentWrite);
      return { rate: saved.rate, writes, measuredAt: saved.measuredAt, cached: true };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`kg ingest into the embedded store (${docs.length} documents)`);
  const store = await openEmbeddedStore(dir);
  await store.migrate();
  const writes: DocumentWrite[] = [];
  const rate = (await ingestTimed(store, docs, writes)).summary();
  await store.close();
  const measuredAt = new Date().toISOString();
  writeFileSync(join(dir, 'writes.jsonl'), `${writes.map((w) => JSON.stringify(w)).join('\n')}\n`);
  writeFileSync(marker, JSON.stringify({ key, rate, measuredAt }));
  return { rate, writes, measuredAt, cached: false };
}

export interface IngestResults {
  embedded: LoadRate;
  embeddedMeasuredAt: string;
  embeddedCached: boolean;
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
  /** what kg ingest made of the corpus (distinct ids over every document's write): Neo4j must hold exactly this */
  planned: { entities: number; relationships: number; articles: number };
}

/**
 * 1. kg ingest of the whole corpus into a fresh embedded store (kept for the embedded server);
 * 2. the plain UNWIND load of the same rows into an empty Neo4j;
 * 3. kg ingest into an empty Neo4j of the first tenth, the UNWIND load of the middle, then kg ingest of
 *    the last tenth: the rate on an empty and on a full graph without spending the hour a full kg ingest
 *    into Neo4j takes at 10k (--full-ingest does that instead). The graph it leaves is the query phase's.
 */
export async function ingestPhase(
  docs: unknown[], corpus: string, embeddedDir: string, driver: Driver, db: BenchDatabase, options: { fullIngest: boolean; freshIngest: boolean },
): Promise<IngestResults> {
  const { rate: embedded, writes, measuredAt: embeddedMeasuredAt, cached: embeddedCached } = await embeddedIngest(docs, embeddedDir, corpus, options.freshIngest);

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
    if (options.fullIngest) {
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
    const planned = {
      entities: new Set(writes.flatMap((w) => w.entities.map((e) => e.id))).size,
      relationships: new Set(writes.flatMap((w) => w.relationships.map((r) => r.id))).size,
      articles: new Set(writes.map((w) => w.article.id)).size,
    };
    return {
      planned, embedded, embeddedMeasuredAt, embeddedCached, unwind, neo4jFirstTenth, neo4jLastTenth, neo4jFull, counts,
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
