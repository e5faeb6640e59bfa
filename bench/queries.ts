// The queries users run first, on both stores side by side in one run (interleaved, so machine noise
// hits both alike): median latency per query through yoga.fetch, the store round trips, and the ratio.
//   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=kg-dev-password npx tsx bench/queries.ts [iterations]
// Without NEO4J_URI only the embedded store is measured. The Neo4j database is wiped and seeded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { ingestDocument } from '../src/ingest/ingest.js';
import { loadSeedDocuments } from '../src/ingest/seed.js';
import { createKgYoga } from '../src/server/yoga.js';
import { openEmbeddedStore } from '../src/storage/embedded/index.js';
import type { GraphStore } from '../src/storage/graph-store.js';
import { createNeo4jClient, openNeo4jStore } from '../src/storage/neo4j/index.js';

const iterations = Number(process.argv[2] ?? 50);
const QUERIES: Record<string, string> = {
  search: '{ search(query: "Nazarbayev") { score entity { id name } } }',
  related:
    '{ node(id: "person:sergei-duvanov") { ... on Entity { related { type status other { name } citations { quote article { title } } } } } }',
  neighbourhood2: '{ neighbourhood(id: "person:sergei-duvanov", depth: 2) { nodes { id } edges { id } } }',
  paths: '{ paths(from: "person:maria-pulman", to: "person:mukhtar-ablyazov") { nodes { id } edges { id } } }',
  timeline: '{ timeline(id: "person:sergei-duvanov") { name date { iso } } }',
  entities40nested: '{ entities(first: 40) { totalCount edges { node { name related { other { name related { other { name } } } } } } } }',
};

async function seeded(store: GraphStore): Promise<GraphStore> {
  await store.migrate();
  for (const doc of loadSeedDocuments()) await ingestDocument(store, doc.json);
  return store;
}

const stores: Array<{ name: string; store: GraphStore }> = [];
const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
stores.push({ name: 'embedded', store: await seeded(await openEmbeddedStore(dir)) });
if (process.env.NEO4J_URI) {
  const config = {
    uri: process.env.NEO4J_URI,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
  const client = createNeo4jClient(config);
  await client.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  await client.close();
  stores.push({ name: 'neo4j', store: await seeded(await openNeo4jStore(config)) });
}

const logger = pino({ level: 'silent' });
const yogas = stores.map(({ name, store }) => ({ name, yoga: createKgYoga({ store, logger, trace: true }) }));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`median ms over ${iterations} runs (round trips); ${yogas.map((y) => y.name).join(' vs ')}`);
for (const [name, query] of Object.entries(QUERIES)) {
  const times = yogas.map(() => [] as number[]);
  const trips: number[] = [];
  for (let i = 0; i < iterations + 3; i++) {
    for (const [j, { yoga }] of yogas.entries()) {
      const started = performance.now();
      const response = await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
      if (i >= 3) times[j].push(performance.now() - started); // the first runs warm caches and JIT
      trips[j] = body.extensions.kg.roundTrips;
    }
  }
  const cells = yogas.map((y, j) => `${y.name} ${median(times[j]).toFixed(2)} (${trips[j]})`);
  const ratio = yogas.length === 2 ? `  neo4j/embedded ${(median(times[1]) / median(times[0])).toFixed(1)}x` : '';
  console.log(`  ${name.padEnd(17)} ${cells.join('   ')}${ratio}`);
}
for (const { store } of stores) await store.close();
rmSync(dir, { recursive: true, force: true });
