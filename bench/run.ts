// The benchmark of issue 9: ingest rates, then a query mix on four servers over one dataset, then
// docs/benchmarks.md. Not part of `npm test`.
//   npm run bench -- --size 10k            (NEO4J_URI / NEO4J_PASSWORD name a Neo4j the bench may wipe)
// Options: --ingest-mode bulk (default: kg ingest of every document into the embedded store, kg bulk-load's
// copy into Neo4j; see harness/bulk-phase.ts) or sampled (the older sampled phase, harness/ingest-phase.ts), --seed kg, --rounds 3, --seconds 4, --connections 16, --sample 30 (documents of kg ingest timed
// at the start and at the end; at most a tenth), --full-ingest (kg ingest of every document, hours at 10k),
// --fresh-ingest (redo the embedded kg ingest even when
// the cached one was made by the same src/ from the same corpus), --skip-ingest (reuse the loaded graph and embedded
// store of the last run of this size), --i-own-the-database (allow the shared bolt://127.0.0.1:7687),
// --no-report (leave docs/ alone), --no-interface-peer (leave out @neo4j/graphql's first configuration, relationship
// fields to the Entity interface, which takes minutes on the single entities), --port 4100 (and the four ports after it), --documents N (with --skip-ingest: the graph holds only the
// corpus's first N documents, a load stopped part way, as bench/scale-1m.md describes; the figures are
// labelled so, and the corpus's counts are replaced by the graph's).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { corpusFile, DATA_DIR, readDocuments } from './harness/corpus-file.js';
import { benchDatabase, graphCounts, maxDegree, neo4jFacts, openDriver, settleNeo4j } from './harness/db.js';
import { ingestPhase, type IngestResults } from './harness/ingest-phase.js';
import { bulkIngestPhase } from './harness/bulk-phase.js';
import { checkAgreement, runMix } from './harness/load.js';
import { queryMix } from './harness/mix.js';
import { pickProbes } from './harness/probes.js';
import { stopServer } from './harness/processes.js';
import { resultName, writeReport, type BenchResult } from './harness/report.js';
import { startMixServers } from './harness/servers.js';
import { machineFacts } from './harness/machine.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10k' },
    seed: { type: 'string', default: 'kg' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '4' },
    connections: { type: 'string', default: '16' },
    'full-ingest': { type: 'boolean', default: false },
    'fresh-ingest': { type: 'boolean', default: false },
    sample: { type: 'string', default: '30' },
    'skip-ingest': { type: 'boolean', default: false },
    'i-own-the-database': { type: 'boolean', default: false },
    'ingest-mode': { type: 'string', default: 'bulk' },
    'no-report': { type: 'boolean', default: false },
    'no-interface-peer': { type: 'boolean', default: false },
    port: { type: 'string', default: '4100' },
    documents: { type: 'string' },
  },
});

const started = performance.now();
const size = values.size.toLowerCase();
const db = benchDatabase(process.env, values['i-own-the-database']);
const driver = openDriver(db);
const embeddedDir = `${DATA_DIR}/embedded-${size}-${values.seed}`;
const machineBefore = machineFacts();
try {
  const neo4jServer = await neo4jFacts(driver);
  const { path, manifest } = await corpusFile(size, values.seed);
  console.log(`corpus ${path}: ${JSON.stringify(manifest.expected)}`);
  let ingest: IngestResults | null = null;
  const documents = values.documents === undefined ? null : Number(values.documents);
  if (documents !== null && (!values['skip-ingest'] || !Number.isInteger(documents) || documents <= 0)) {
    throw new Error(`--documents takes a positive whole number of documents and goes with --skip-ingest; got "${values.documents}"`);
  }
  if (values['skip-ingest'] && !existsSync(embeddedDir))
    throw new Error(`--skip-ingest: no embedded store at ${embeddedDir}; run once without it`);
  if (!['bulk', 'sampled'].includes(values['ingest-mode']))
    throw new Error(`--ingest-mode must be bulk or sampled; got "${values['ingest-mode']}"`);
  if (!values['skip-ingest']) {
    ingest =
      values['ingest-mode'] === 'bulk'
        ? await bulkIngestPhase([...readDocuments(path)], embeddedDir, driver, db, Number(values.sample))
        : await ingestPhase([...readDocuments(path)], path, embeddedDir, driver, db, {
            fullIngest: values['full-ingest'],
            freshIngest: values['fresh-ingest'],
            sample: Number(values.sample),
          });
  }
  const counts = ingest?.counts ?? (await graphCounts(driver, db));
  // the same graph as the planner made of the corpus, and the corpus's entities exactly (no variant left
  // apart, no two people fused): the check that resolution told the answer changed nothing
  const planned = ingest?.planned;
  if (
    planned &&
    (counts.entities !== planned.entities || counts.relationships !== planned.relationships || counts.articles !== planned.articles)
  ) {
    throw new Error(
      `the graph in Neo4j is not what the planner made of the corpus: ${JSON.stringify(counts)} against ${JSON.stringify(planned)}`,
    );
  }
  const byType = manifest.expected.byType as Record<string, number>;
  const entityNotes = planned
    ? Object.keys(byType)
        .filter((type) => (planned.entitiesByType[type] ?? 0) !== byType[type])
        .map((type) => `${type}: ${planned.entitiesByType[type] ?? 0} in the graph, ${byType[type]} in the corpus`)
    : [];
  // the resolver may merge what the generator meant as two (two arrests of one man days apart): recorded
  if (entityNotes.length > 0) console.warn(`the entities differ from the corpus's: ${entityNotes.join('; ')}`);
  // a graph of the corpus's first documents: what it holds, not what the whole corpus would
  const expected = documents === null ? manifest.expected : { ...counts, maxDegree: await maxDegree(driver, db) };
  const probes = await pickProbes(driver, db, manifest);
  console.log(`probes ${JSON.stringify(probes)}`);
  const mix = queryMix(probes);

  const servers = await startMixServers(db, embeddedDir, Number(values.port), { interfacePeer: !values['no-interface-peer'] });
  let result: BenchResult;
  try {
    console.log('checking that the answers agree');
    const agreement = await checkAgreement(mix, servers);
    const medians = await runMix(mix, servers, {
      rounds: Number(values.rounds),
      seconds: Number(values.seconds),
      connections: Number(values.connections),
      settle: () => settleNeo4j(driver, db),
    });
    result = {
      size,
      documents,
      seed: values.seed,
      date: new Date().toISOString(),
      expected,
      counts,
      probes,
      ingest,
      entityNotes,
      machine: { ...machineBefore, loadAfter: os.loadavg(), neo4j: neo4jServer },
      options: {
        rounds: Number(values.rounds),
        seconds: Number(values.seconds),
        connections: Number(values.connections),
        fullIngest: values['full-ingest'],
      },
      queries: mix.map((q) => ({ key: q.key, label: q.label })),
      servers: servers.map((s) => s.name),
      fairPeer: true,
      agreement,
      measurements: Object.fromEntries(medians),
      totalSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    for (const s of servers) await stopServer(s.process);
  }
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${resultName(result)}.json`;
  // --skip-ingest over the graph an earlier run of this size loaded (the same counts): its ingest figures
  // are kept, marked as that run's, rather than dropped from the size's section
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResult) : null;
  if (!ingest && earlier?.ingest && JSON.stringify(earlier.ingest.counts) === JSON.stringify(counts)) {
    result = { ...result, ingest: earlier.ingest, ingestFrom: earlier.ingestFrom ?? earlier.date, entityNotes: earlier.entityNotes };
  }
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${file} (${result.totalSeconds.toFixed(0)} s)`);
  if (!values['no-report']) writeReport();
} finally {
  await driver.close();
}
