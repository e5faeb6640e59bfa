import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeCorpus, type CorpusManifest } from '../../bench/corpus/write.js';
import { readDocuments } from '../../bench/harness/corpus-file.js';
import { benchDatabase, maxDegree, openDriver } from '../../bench/harness/db.js';
import { ingestPhase, type IngestResults } from '../../bench/harness/ingest-phase.js';
import { checkAgreement, type MixServer } from '../../bench/harness/load.js';
import { queryMix, type MixQuery } from '../../bench/harness/mix.js';
import { pickProbes } from '../../bench/harness/probes.js';
import { postJson, stopServer } from '../../bench/harness/processes.js';
import { startMixServers } from '../../bench/harness/servers.js';
import { describeNeo4j } from '../support/neo4j.js';

// The benchmark's pieces on a corpus of 150 entities: the loads give the graph kg ingest makes, and the
// four servers (real processes) answer the whole mix with the same ids. No timing is asserted.
describeNeo4j('benchmark harness', (config) => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-harness-'));
  const db = { uri: config.uri, user: config.user, password: config.password, database: config.database };
  const driver = openDriver(db);
  let manifest: CorpusManifest;
  let ingest: IngestResults;
  let servers: MixServer[] = [];
  let mix: MixQuery[];

  beforeAll(async () => {
    const path = join(dir, 'corpus.jsonl');
    manifest = await writeCorpus({ entities: 150, seed: 'harness' }, path);
    ingest = await ingestPhase([...readDocuments(path)], path, join(dir, 'embedded'), driver, db, {
      fullIngest: false,
      freshIngest: true,
      sample: 3,
    });
    mix = queryMix(await pickProbes(driver, db, manifest));
    servers = await startMixServers(db, join(dir, 'embedded'), 21_000 + Math.floor(Math.random() * 20_000));
  }, 240_000);

  afterAll(async () => {
    for (const s of servers) await stopServer(s.process);
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses the shared development database unless told it may wipe it', () => {
    expect(() => benchDatabase({ NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'x' }, false)).toThrow(/shared development database/);
    expect(benchDatabase({ NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'x' }, true).uri).toBe('bolt://127.0.0.1:7687');
    expect(() => benchDatabase({}, true)).toThrow(/NEO4J_URI is not set/);
  });

  it("leaves in Neo4j exactly the corpus's entities and the planned relationships, with every load timed", () => {
    const { entitiesByType, ...planned } = ingest.planned;
    expect(ingest.counts).toMatchObject(planned);
    expect(planned.articles).toBe(manifest.expected.articles);
    expect(entitiesByType).toEqual(manifest.expected.byType);
    for (const rate of [
      ingest.embedded.first,
      ingest.embedded.known!,
      ingest.embedded.last,
      ingest.unwind,
      ingest.neo4jFirst,
      ingest.neo4jLast,
    ]) {
      expect(rate.docsPerSecond).toBeGreaterThan(0);
    }
  });

  it("counts the busiest entity's relationships in the graph as the generator counted them in the corpus", async () => {
    // what `--documents` reports for a graph of a corpus's first documents, where the manifest's figure is not the graph's
    expect(await maxDegree(driver, db)).toBe(manifest.expected.maxDegree);
  });

  it('gets the same answers from ours on Neo4j, ours embedded, @neo4j/graphql and the floor', async () => {
    const agreement = await checkAgreement(mix, servers);
    expect(agreement.filter((a) => a.difference)).toEqual([]);
    // every server took part, each answer compared with ours: the embedded store and the floor answer all 9
    // queries, @neo4j/graphql the 7 it can express (no neighbourhood, no paths)
    expect(agreement.length).toBe(9 + 9 + 7);
    const ours = servers.find((s) => s.name === 'ours')!;
    const hub = await postJson(ours.process.url, mix[0].requests.ours!.body);
    expect(hub.data.node.related.length).toBeGreaterThan(0);
  }, 120_000);
});
