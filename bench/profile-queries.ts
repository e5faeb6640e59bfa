// Where ours spends its time on the loaded graph (after `npm run bench`): for each query of the mix, our
// server on Neo4j under --cpu-prof, loaded by autocannon, then a summary of the profile; and Cypher
// PROFILE of the statements the store sends for the hub, beside the floor's statement.
//   NEO4J_URI=bolt://127.0.0.1:7697 NEO4J_PASSWORD=kg-dev-password npx tsx bench/profile-queries.ts --size 10k [entityHub twoHops ...]
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { GRAPH_TYPES_PATTERN } from '../src/storage/neo4j/labels.js';
import * as statements from '../src/storage/neo4j/statements.js';
import { corpusFile } from './harness/corpus-file.js';
import { benchDatabase, cypherValue, openDriver, type BenchDatabase } from './harness/db.js';
import { queryMix } from './harness/mix.js';
import { pickProbes } from './harness/probes.js';
import { postJson, stopServer } from './harness/processes.js';
import { summarise } from './harness/profile-summary.js';
import { startOurs } from './harness/servers.js';
import { FLOOR_STATEMENTS } from './servers/floor-statements.js';
import type { Driver } from 'neo4j-driver';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    size: { type: 'string', default: '10k' },
    seed: { type: 'string', default: 'kg' },
    seconds: { type: 'string', default: '8' },
    'i-own-the-database': { type: 'boolean', default: false },
  },
});
const db = benchDatabase(process.env, values['i-own-the-database']);
const driver = openDriver(db);

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
  arguments: Record<string, unknown>;
}

/** PROFILE a statement: total db hits, rows, time, and the operators with the most db hits. */
async function profile(d: Driver, bench: BenchDatabase, label: string, statement: string, params: Record<string, unknown>): Promise<void> {
  const session = d.session({ database: bench.database, defaultAccessMode: 'READ' });
  try {
    const started = performance.now();
    const result = await session.run(`PROFILE ${statement}`, cypherValue(params) as Record<string, unknown>);
    const ms = performance.now() - started;
    const bytes = JSON.stringify(result.records.map((r) => r.toObject())).length;
    const ops: PlanNode[] = [];
    const walk = (n: PlanNode) => {
      ops.push(n);
      n.children.forEach(walk);
    };
    walk(result.summary.profile as unknown as PlanNode);
    const total = ops.reduce((s, o) => s + o.dbHits, 0);
    const top = [...ops]
      .sort((a, b) => b.dbHits - a.dbHits)
      .slice(0, 4)
      .map((o) => `${o.operatorType} ${o.dbHits} hits / ${o.rows} rows`)
      .join('; ');
    console.log(
      `  ${label}: ${total} db hits, ${result.records.length} records, ${(bytes / 1024).toFixed(0)} KB, ${ms.toFixed(0)} ms (PROFILE); top: ${top}`,
    );
  } finally {
    await session.close();
  }
}

try {
  const { manifest } = await corpusFile(values.size, values.seed);
  const probes = await pickProbes(driver, db, manifest);
  const mix = queryMix(probes);
  const wanted = positionals.length > 0 ? mix.filter((q) => positionals.includes(q.key)) : mix;

  console.log(`Cypher PROFILE, hub ${probes.hub.id} (${probes.hub.degree} relationships), busiest ${probes.busiest.id}:`);
  await profile(driver, db, 'ours: NODES_BY_ID(hub)', statements.NODES_BY_ID, { ids: [probes.hub.id] });
  await profile(driver, db, 'ours: RELATIONS_OF_QUERIES(hub, first 100)', statements.RELATIONS_OF_QUERIES, {
    queries: [{ entityId: probes.hub.id, types: null, direction: 'BOTH', first: 100 }],
    maxFirst: 100,
  });
  await profile(driver, db, 'ours: RELATIONS_OF_QUERIES(busiest, first 10)', statements.RELATIONS_OF_QUERIES, {
    queries: [{ entityId: probes.busiest.id, types: null, direction: 'BOTH', first: 10 }],
    maxFirst: 10,
  });
  await profile(driver, db, 'ours: INCIDENT_EDGES(hub)', statements.INCIDENT_EDGES, { ids: [probes.hub.id] });
  const [n1] = (
    await driver.executeQuery(
      `MATCH (:Entity {id: $id})-[:${GRAPH_TYPES_PATTERN}]-(n:Entity) WITH DISTINCT n ORDER BY n.id RETURN collect(n.id)[0..99] AS ids`,
      { id: probes.hub.id },
      { database: db.database },
    )
  ).records;
  await profile(driver, db, 'ours: INCIDENT_EDGES(hub neighbours, the second level of the neighbourhood)', statements.INCIDENT_EDGES, {
    ids: n1.get('ids'),
  });
  await profile(driver, db, 'floor: entity(hub)', FLOOR_STATEMENTS.entity, { id: probes.hub.id, first: 100 });
  await profile(driver, db, 'floor: neighbourhood(hub)', FLOOR_STATEMENTS.neighbourhood, { id: probes.hub.id, limit: 100 });
  await profile(driver, db, 'floor: twoHops(busiest)', FLOOR_STATEMENTS.twoHops, { id: probes.busiest.id });
  await profile(driver, db, 'ours: ENTITY_PAGE_OF_TYPE(PERSON, first 20)', statements.ENTITY_PAGE_OF_TYPE, {
    type: 'PERSON',
    after: '',
    first: 20,
  });
  await profile(driver, db, 'floor: people(first 20)', FLOOR_STATEMENTS.people, { first: 20 });

  for (const q of wanted) {
    const dir = `bench/.data/profiles/ours-${values.size}-${q.key}`;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const server = await startOurs('ours', { neo4j: db }, 4190, ['--cpu-prof', '--cpu-prof-dir', dir]);
    try {
      const body = q.requests.ours!.body;
      const traced = await postJson(server.process.url.replace('/graphql', '/graphql'), body);
      const result = await autocannon({
        url: server.process.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        connections: 16,
        duration: Number(values.seconds),
        timeout: 60,
      });
      console.log(
        `\n=== ${q.key}: ${(result.requests.total / result.duration).toFixed(1)} req/s, p50 ${result.latency.p50} ms, answer ${(JSON.stringify(traced).length / 1024).toFixed(0)} KB`,
      );
    } finally {
      await stopServer(server.process, 'SIGINT');
    }
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (file) console.log(summarise(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')), 18));
  }
} finally {
  await driver.close();
}
