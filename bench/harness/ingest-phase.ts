import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import type { DocumentWrite, GraphStore } from '../../src/storage/graph-store.js';
import { openNeo4jStore } from '../../src/storage/neo4j/index.js';
import { graphCounts, wipe, type BenchDatabase } from './db.js';
import { learn, writeWithKnownIdentities, type KnownIdentities } from './known-identities.js';
import { RateRecorder, rowsOf, type LoadRate } from './rates.js';
import { unwindLoad } from './unwind-load.js';

/*
 * The ingest phase. kg ingest slows as the graph grows (its name search does), so a full kg ingest of 10k
 * documents takes hours here: the bench times kg ingest on a sample at the start (empty graph) and a
 * sample at the end (the rest loaded), and loads the middle faster (see below). --full-ingest runs kg
 * ingest over every document instead.
 *
 * 1. Embedded store: kg ingest (ingestDocument, what `kg ingest` runs per file) of the first sample; the
 *    middle planned by the project's planner with resolution told the answer (known-identities.ts); kg
 *    ingest of the last sample. Every document's planned write is recorded: the rows of the UNWIND load.
 * 2. Neo4j, empty: the plain UNWIND load of all those rows (the floor for ingest).
 * 3. Neo4j, empty again: kg ingest of the first sample, UNWIND of the middle, kg ingest of the last
 *    sample: the graph the queries run on, the same as the embedded store's.
 */

async function timed<T>(rates: RateRecorder, rows: (t: T) => number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const out = await work();
  rates.add(performance.now() - started, rows(out));
  return out;
}

/** kg ingest of each document, timed, learning the ids it gave each corpus key; records the writes planned. */
export async function kgIngest(
  store: GraphStore,
  docs: unknown[],
  known: KnownIdentities,
  writes?: DocumentWrite[],
  progressEvery = 0,
): Promise<RateRecorder> {
  let last: DocumentWrite | null = null;
  const original = store.planAndWriteDocument.bind(store);
  // the plan may run again when a transaction is retried: the last write planned is the one committed
  store.planAndWriteDocument = (plan, options) =>
    original(async (view) => {
      const planned = await plan(view);
      last = planned.write;
      return planned;
    }, options);
  const rates = new RateRecorder();
  try {
    for (const [i, doc] of docs.entries()) {
      const report = await timed(
        rates,
        () => rowsOf(last!),
        () => ingestDocument(store, doc, { source: `corpus document ${i + 1}` }),
      );
      learn(known, report.outcomes);
      writes?.push(last!);
      if (progressEvery > 0 && (i + 1) % progressEvery === 0) {
        const window = rates.slice(i + 1 - progressEvery, i + 1).summary();
        console.log(`  ${i + 1}/${docs.length}: ${window.docsPerSecond.toFixed(1)} docs/s over the last ${progressEvery}`);
      }
    }
  } finally {
    store.planAndWriteDocument = original;
  }
  return rates;
}

async function knownIngest(store: GraphStore, docs: unknown[], known: KnownIdentities, writes: DocumentWrite[]): Promise<RateRecorder> {
  const rates = new RateRecorder();
  for (const [i, doc] of docs.entries()) {
    writes.push(await timed(rates, rowsOf, () => writeWithKnownIdentities(store, doc, known)));
    if ((i + 1) % 1000 === 0) console.log(`  ${i + 1}/${docs.length}`);
  }
  return rates;
}

async function readLines(path: string): Promise<DocumentWrite[]> {
  const out: DocumentWrite[] = [];
  for await (const line of createInterface({ input: createReadStream(path) })) if (line) out.push(JSON.parse(line) as DocumentWrite);
  return out;
}

/** A digest of src/: the cached embedded load is reused only while the code that made it is unchanged. */
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

interface EmbeddedLoad {
  first: LoadRate;
  known: LoadRate | null;
  last: LoadRate;
  full: LoadRate | null;
  writes: DocumentWrite[];
  measuredAt: string;
  cached: boolean;
}

/** Step 1, cached in `dir` per corpus, sample and src/ digest (--fresh-ingest redoes it). */
async function embeddedLoad(docs: unknown[], sample: number, dir: string, corpus: string, options: IngestOptions): Promise<EmbeddedLoad> {
  const key = JSON.stringify({ corpus, docs: docs.length, sample, full: options.fullIngest, src: sourceDigest() });
  const marker = join(dir, 'bench-ingest.json');
  if (!options.freshIngest && existsSync(marker)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as Omit<EmbeddedLoad, 'writes' | 'cached'> & { key: string };
    if (saved.key === key) {
      console.log(`reusing the embedded load of ${saved.measuredAt} (${dir}: same corpus, same src/)`);
      const writes = await readLines(join(dir, 'writes.jsonl'));
      return { ...saved, writes, cached: true };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const store = await openEmbeddedStore(dir);
  await store.migrate();
  const known: KnownIdentities = new Map();
  const writes: DocumentWrite[] = [];
  let load: Omit<EmbeddedLoad, 'writes' | 'cached' | 'measuredAt'>;
  try {
    if (options.fullIngest) {
      console.log(`embedded: kg ingest of all ${docs.length} documents`);
      const all = await kgIngest(store, docs, known, writes);
      load = { first: all.slice(0, sample).summary(), known: null, last: all.slice(-sample).summary(), full: all.summary() };
    } else {
      console.log(`embedded: kg ingest of the first ${sample} documents`);
      const first = await kgIngest(store, docs.slice(0, sample), known, writes);
      console.log(`embedded: the middle ${docs.length - 2 * sample} planned with known identities`);
      const middle = await knownIngest(store, docs.slice(sample, docs.length - sample), known, writes);
      console.log(`embedded: kg ingest of the last ${sample} documents`);
      const last = await kgIngest(store, docs.slice(docs.length - sample), known, writes);
      load = { first: first.summary(), known: middle.summary(), last: last.summary(), full: null };
    }
  } finally {
    await store.close();
  }
  const measuredAt = new Date().toISOString();
  // one line at a time: at 10k the writes were over a gigabyte of JSON when each write carried its
  // entities' facts from every source; still more than one string should hold at larger sizes
  const fd = openSync(join(dir, 'writes.jsonl'), 'w');
  try {
    for (const w of writes) writeSync(fd, `${JSON.stringify(w)}\n`);
  } finally {
    closeSync(fd);
  }
  writeFileSync(marker, JSON.stringify({ key, measuredAt, ...load }));
  return { ...load, writes, measuredAt, cached: false };
}

export interface IngestOptions {
  fullIngest: boolean;
  freshIngest: boolean;
  /** documents of kg ingest at the start and at the end (at most a tenth of the corpus) */
  sample: number;
}

export interface IngestResults {
  /** bulk: every document through kg ingest into the embedded store, then kg bulk-load's copy into Neo4j */
  mode?: 'bulk' | 'sampled';
  /** kg bulk-load: staging (kg ingest into the embedded store) plus the copy into Neo4j */
  bulk?: { docs: number; stagedSeconds: number; copySeconds: number; docsPerSecond: number; staged: LoadRate };
  sample: number;
  embedded: Omit<EmbeddedLoad, 'writes'>;
  unwind: LoadRate;
  /** the UNWIND load over the same first and last documents as the kg ingest samples */
  unwindFirst: LoadRate;
  unwindLast: LoadRate;
  neo4jFirst: LoadRate;
  neo4jLast: LoadRate;
  neo4jFull: LoadRate | null;
  counts: Awaited<ReturnType<typeof graphCounts>>;
  /** what the planner made of the corpus (distinct ids over every document's write): Neo4j must hold exactly this */
  planned: { entities: number; relationships: number; articles: number; entitiesByType: Record<string, number> };
}

export async function ingestPhase(
  docs: unknown[],
  corpus: string,
  embeddedDir: string,
  driver: Driver,
  db: BenchDatabase,
  options: IngestOptions,
): Promise<IngestResults> {
  const sample = Math.max(1, Math.min(options.sample, Math.floor(docs.length / 10)));
  const embedded = await embeddedLoad(docs, sample, embeddedDir, corpus, options);
  const { writes, ...embeddedFacts } = embedded;
  const entities = new Map(writes.flatMap((w) => w.entities.map((e) => [e.id, e.type] as const)));
  const planned = {
    entities: entities.size,
    relationships: new Set(writes.flatMap((w) => w.relationships.map((r) => r.id))).size,
    articles: new Set(writes.map((w) => w.article.id)).size,
    entitiesByType: [...entities.values()].reduce<Record<string, number>>((acc, t) => ({ ...acc, [t]: (acc[t] ?? 0) + 1 }), {}),
  };

  const store = await openNeo4jStore({ ...db, transactionTimeoutMs: 600_000 });
  try {
    await wipe(driver, db);
    await store.migrate();
    console.log(`Neo4j: plain UNWIND load of all ${writes.length} documents' rows`);
    const unwindAll = await unwindLoad(driver, db, writes);

    await wipe(driver, db);
    const known: KnownIdentities = new Map();
    let neo4jFull: LoadRate | null = null;
    let neo4jFirst: LoadRate;
    let neo4jLast: LoadRate;
    if (options.fullIngest) {
      console.log(`Neo4j: kg ingest of all ${docs.length} documents`);
      const all = await kgIngest(store, docs, known);
      [neo4jFull, neo4jFirst, neo4jLast] = [all.summary(), all.slice(0, sample).summary(), all.slice(-sample).summary()];
    } else {
      console.log(`Neo4j: kg ingest of the first ${sample} documents`);
      neo4jFirst = (await kgIngest(store, docs.slice(0, sample), known)).summary();
      console.log(`Neo4j: UNWIND load of the middle ${docs.length - 2 * sample}`);
      await unwindLoad(driver, db, writes.slice(sample, docs.length - sample));
      console.log(`Neo4j: kg ingest of the last ${sample} documents`);
      neo4jLast = (await kgIngest(store, docs.slice(docs.length - sample), known)).summary();
    }
    const counts = await graphCounts(driver, db);
    return {
      sample,
      embedded: embeddedFacts,
      planned,
      counts,
      neo4jFirst,
      neo4jLast,
      neo4jFull,
      unwind: unwindAll.summary(),
      unwindFirst: unwindAll.slice(0, sample).summary(),
      unwindLast: unwindAll.slice(-sample).summary(),
    };
  } finally {
    await store.close();
  }
}
