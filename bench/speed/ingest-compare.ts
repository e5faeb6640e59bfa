// Ingest rate of two versions side by side, on the same corpus, into a fresh store each.
//   npx tsx bench/speed/ingest-compare.ts --before /work/wt-speed-base --store neo4j --docs 150
// Neo4j: the database at SPEED_NEO4J_URI (default bolt://127.0.0.1:7698, never the shared test one) is
// wiped before each version. Prints documents/s per window of --window documents, so a rate that falls as
// the graph grows shows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadVersion, readCorpus, SPEED_NEO4J, type Version } from './roots.js';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    store: { type: 'string', default: 'neo4j' },
    docs: { type: 'string', default: '150' },
    window: { type: 'string', default: '50' },
    corpus: { type: 'string', default: 'bench/data/corpus-10k-kg.jsonl' },
    only: { type: 'string' },
  },
});
const docs = readCorpus(values.corpus, Number(values.docs));
const windowSize = Number(values.window);

async function wipeNeo4j(): Promise<void> {
  const driver = neo4j.driver(SPEED_NEO4J.uri, neo4j.auth.basic(SPEED_NEO4J.user, SPEED_NEO4J.password));
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

async function run(version: Version): Promise<{ total: number; windows: number[]; reports: string }> {
  let dir: string | null = null;
  if (values.store === 'neo4j') await wipeNeo4j();
  else dir = mkdtempSync(join(tmpdir(), 'kg-speed-'));
  const store = values.store === 'neo4j' ? await version.openNeo4jStore(SPEED_NEO4J) : await version.openEmbeddedStore(dir!);
  await store.migrate();
  const windows: number[] = [];
  const reports: string[] = [];
  const failures: number[] = [];
  const started = performance.now();
  let windowStart = started;
  for (let i = 0; i < docs.length; i++) {
    try {
      reports.push(JSON.stringify(await version.ingestDocument(store, docs[i], { source: `doc ${i}` })));
    } catch (error) {
      // a refused document is part of the result: both versions must refuse the same ones
      reports.push(`doc ${i} failed: ${(error as Error).message.replace(/Relationship\(\d+\)/g, 'Relationship(n)')}`);
      failures.push(i);
    }
    if ((i + 1) % windowSize === 0) {
      const now = performance.now();
      windows.push(windowSize / ((now - windowStart) / 1000));
      windowStart = now;
    }
  }
  const total = docs.length / ((performance.now() - started) / 1000);
  await store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (failures.length > 0)
    console.log(
      `${version.label}: ${failures.length} documents failed: ${failures.slice(0, 10).join(', ')}; first: ${reports[failures[0]]}`,
    );
  return { total, windows, reports: reports.join('\n') };
}

const versions: Version[] = [];
if (values.before && values.only !== 'after') versions.push(await loadVersion('before', values.before));
if (values.only !== 'before') versions.push(await loadVersion('after', process.cwd()));
const results = new Map<string, Awaited<ReturnType<typeof run>>>();
for (const v of versions) {
  const r = await run(v);
  results.set(v.label, r);
  console.log(
    `${v.label}: ${values.store} ingest of ${docs.length} documents: ${r.total.toFixed(1)} docs/s; per ${windowSize}: ${r.windows.map((w) => w.toFixed(1)).join(', ')}`,
  );
}
const [a, b] = [...results.values()];
if (a && b) console.log(`reports identical: ${a.reports === b.reports}`);
