// Where a Neo4j ingest spends its time: every statement's text (first line), count and wall time until its
// result is read, over --docs documents of the corpus into the private Neo4j (SPEED_NEO4J_URI, wiped first).
//   npx tsx bench/speed/ingest-statements.ts --docs 40
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import core from 'neo4j-driver-core';
import { loadVersion, readCorpus, SPEED_NEO4J } from './roots.js';

const { values } = parseArgs({
  options: { docs: { type: 'string', default: '40' }, corpus: { type: 'string', default: 'bench/data/corpus-10k-kg.jsonl' } },
});
const stats = new Map<string, { n: number; ms: number }>();
const Transaction = (core as any).Transaction;
const run = Transaction.prototype.run;
Transaction.prototype.run = function (this: unknown, query: string, params: unknown) {
  const key = query.trim().split('\n').slice(0, 4).join(' ').slice(0, 110);
  const started = performance.now();
  const result = run.call(this, query, params);
  const then = result.then.bind(result);
  result.then = (ok: any, fail: any) =>
    then((v: unknown) => {
      const s = stats.get(key) ?? { n: 0, ms: 0 };
      s.n++;
      s.ms += performance.now() - started;
      stats.set(key, s);
      return ok ? ok(v) : v;
    }, fail);
  return result;
};

const driver = neo4j.driver(SPEED_NEO4J.uri, neo4j.auth.basic(SPEED_NEO4J.user, SPEED_NEO4J.password));
const session = driver.session();
await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
await session.close();
await driver.close();
stats.clear();
const version = await loadVersion('after', process.cwd());
const store = await version.openNeo4jStore(SPEED_NEO4J);
await store.migrate();
stats.clear();
const docs = readCorpus(values.corpus, Number(values.docs));
const started = performance.now();
for (const [i, doc] of docs.entries()) await version.ingestDocument(store, doc, { source: `doc ${i}` }).catch(() => undefined);
const wall = performance.now() - started;
await store.close();
const total = [...stats.values()].reduce((a, s) => a + s.n, 0);
console.log(
  `${docs.length} documents in ${(wall / 1000).toFixed(1)} s; ${total} statements (${(total / docs.length).toFixed(1)} per document); time in statements ${([...stats.values()].reduce((a, s) => a + s.ms, 0) / 1000).toFixed(1)} s`,
);
for (const [key, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) {
  console.log(`${String(s.n).padStart(5)} × ${(s.ms / s.n).toFixed(1).padStart(7)} ms = ${(s.ms / 1000).toFixed(1).padStart(6)} s  ${key}`);
}
