import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyGraph } from '../../src/bulk/copy-graph.js';
import { EXTRAS_PER_TRANSACTION, writeGraphExtras } from '../../src/bulk/copy-graph.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { EmbeddedGraphStore } from '../../src/storage/embedded/index.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { openNeo4jStore } from '../../src/storage/neo4j/index.js';
import { createKgYoga } from '../../src/server/yoga.js';
import { kgProcess } from '../cli/kg-process.js';
import { data, memoryLogger } from '../graphql/harness.js';
import { API_QUESTIONS, CORPUS } from '../support/follow-up-corpus.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { describeNeo4j, resetNeo4jDatabase, useNeo4jTestClient } from '../support/neo4j.js';

/*
 * The bulk path (kg bulk-load): documents ingested one by one into an embedded staging store, then the
 * finished graph copied into an empty Neo4j. It must be the graph kg ingest makes, down to what a later
 * document needs (each source's facts, redirects of renamed ids, review items).
 */

async function everything(store: GraphStore): Promise<unknown> {
  const yoga = createKgYoga({ store, logger: memoryLogger().logger });
  const graph = (await graphSnapshot(store)) as { entities: Array<{ id: string }> };
  const ids = graph.entities.map((e) => e.id);
  return {
    graph,
    api: await Promise.all(API_QUESTIONS.map((q) => data(yoga, q))),
    facts: await store.getEntityFacts(ids),
    candidates: await store.listDuplicateCandidates({ first: 1000 }),
  };
}

describeNeo4j('bulk load into Neo4j', (config) => {
  const client = useNeo4jTestClient();
  const root = mkdtempSync(join(tmpdir(), 'kg-bulk-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const [last, ...rest] = [...CORPUS].reverse();
  const first = rest.reverse();

  it('copies the graph kg ingest makes, and later documents go on from it as on the staging store', async () => {
    await resetNeo4jDatabase(client());
    const staging = await EmbeddedGraphStore.open(join(root, 'staging'));
    const neo4j = await openNeo4jStore(config);
    try {
      for (const [name, doc] of first) await ingestDocument(staging, doc, { source: name });
      const copy = await copyGraph(staging, client());
      expect(copy.counts.entities).toBe(await staging.countEntities(null));
      expect(copy.counts.articles).toBe(first.length);
      expect(await everything(neo4j)).toEqual(await everything(staging));
      // the renames made while staging redirect in Neo4j too
      const { redirects } = await staging.stagedExtras();
      expect(await neo4j.resolveMergedIds(redirects.map((r) => r.id))).toEqual(await staging.resolveMergedIds(redirects.map((r) => r.id)));

      const [name, doc] = last;
      const [onNeo4j, onStaging] = [
        await ingestDocument(neo4j, doc, { source: name }),
        await ingestDocument(staging, doc, { source: name }),
      ];
      expect(onNeo4j).toEqual(onStaging);
      expect(await everything(neo4j)).toEqual(await everything(staging));
    } finally {
      await staging.close();
      await neo4j.close();
    }
  }, 240_000);

  // a batch brings in every hub its articles are the first to mention, with all of each hub's sources
  // and citations (117,233 sources for the 1M corpus's busiest place): they go a chunk per transaction
  it("writes a batch's facts, edges and dispute markers a few rows per transaction, to the same graph", async () => {
    await resetNeo4jDatabase(client());
    const staging = await EmbeddedGraphStore.open(join(root, 'chunked'));
    const neo4j = await openNeo4jStore(config);
    try {
      for (const [name, doc] of CORPUS) await ingestDocument(staging, doc, { source: name });
      let writes = 0;
      const counting = new Proxy(client(), {
        get: (target, key, receiver) => {
          const value = Reflect.get(target, key, receiver);
          if (key !== 'write') return typeof value === 'function' ? value.bind(target) : value;
          return (work: Parameters<typeof target.write>[0]) => {
            writes++;
            return target.write(work);
          };
        },
      });
      const copy = await copyGraph(staging, counting, { rowsPerTransaction: 3 });
      const { relationships } = await staging.stagedCounts();
      // an edge weighs one and one per citation, so at 3 no two edges share a transaction
      expect(relationships).toBeGreaterThan(5);
      expect(writes).toBeGreaterThanOrEqual(copy.batches + relationships);
      expect(await everything(neo4j)).toEqual(await everything(staging));
    } finally {
      await staging.close();
      await neo4j.close();
    }
  }, 240_000);

  it('writes redirects and review items a chunk per transaction, every one of them past the last chunk', async () => {
    await resetNeo4jDatabase(client());
    const neo4j = await openNeo4jStore(config);
    try {
      await neo4j.migrate();
      const n = EXTRAS_PER_TRANSACTION + 1;
      const ids = Array.from({ length: n }, (_, i) => `person:p${i}`);
      await writeGraphExtras(client(), {
        redirects: ids.map((id) => ({ id: `${id}-old`, into: id })),
        duplicateCandidates: [
          ids.map((id, i) => ({
            id: `candidate:${i}`,
            entityIds: [id, `${id}-twin`] as [string, string],
            score: 0.8,
            reason: 'similar name',
          })),
        ],
      });
      const [row] = await client().read(
        'MATCH (m:MergedId) WITH count(m) AS redirects MATCH (d:DuplicateCandidate) RETURN redirects, count(d) AS candidates',
      );
      expect(row).toEqual({ redirects: n, candidates: n });
    } finally {
      await neo4j.close();
    }
  }, 120_000);

  it('refuses a database that holds a graph and changes nothing', async () => {
    const staging = await EmbeddedGraphStore.open(join(root, 'again'));
    try {
      await ingestDocument(staging, CORPUS[1][1]);
      const neo4j = await openNeo4jStore(config);
      try {
        await resetNeo4jDatabase(client());
        await ingestDocument(neo4j, CORPUS[0][1]);
        const before = await graphSnapshot(neo4j);
        await expect(copyGraph(staging, client())).rejects.toThrow(
          /already holds \d+ entities and 1 articles; a bulk load fills an empty database/,
        );
        expect(await graphSnapshot(neo4j)).toEqual(before);
      } finally {
        await neo4j.close();
      }
    } finally {
      await staging.close();
    }
  }, 120_000);

  it('kg bulk-load reads JSON Lines, reports a bad line by file and line, and loads the rest', async () => {
    await resetNeo4jDatabase(client());
    const file = join(root, 'corpus.jsonl');
    writeFileSync(
      file,
      [JSON.stringify(CORPUS[0][1]), '{"format": "kg-extraction/1", "article": ', '', JSON.stringify(CORPUS[1][1])].join('\n'),
    );
    const env = { NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database };
    const run = await kgProcess(env, 'bulk-load', '--json', file);
    expect(run.code, run.stderr).toBe(1);
    const out = JSON.parse(run.stdout) as {
      totals: { documents: number; failed: number };
      errors: Array<{ source: string; error: string }>;
      counts: { articles: number };
    };
    expect(out.totals).toMatchObject({ documents: 2, failed: 1 });
    expect(out.errors[0].error).toMatch(new RegExp(`${file.replaceAll('/', '\\/')}:2: not valid JSON`));
    expect(out.counts.articles).toBe(2);
    // a second load into the now-full database is refused before any staging work
    const again = await kgProcess(env, 'bulk-load', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds \d+ entities and 2 articles/);
    // and without Neo4j it says what to set
    const embedded = await kgProcess({ NEO4J_URI: '' }, 'bulk-load', file);
    expect(embedded.code).toBe(1);
    expect(embedded.stderr).toMatch(/NEO4J_URI: kg bulk-load fills a Neo4j database/);
  }, 240_000);

  // a load of a large corpus takes hours: one stopped part-way (killed, or failed at the copy) goes on
  // from where it stopped when given the same staging directory, and the graph is the one-run graph
  it('kg bulk-load --staging goes on from the documents an earlier run staged there, to the same graph', async () => {
    const dir = mkdtempSync(join(root, 'resume-'));
    const line = ([, doc]: [string, unknown]) => JSON.stringify(doc);
    const [head, all] = [join(dir, 'head.jsonl'), join(dir, 'all.jsonl')];
    // the first document comes twice: both occurrences are staged, as a load from scratch stages them
    const documents = [CORPUS[0], ...CORPUS.slice(1), CORPUS[0]];
    writeFileSync(head, documents.slice(0, 2).map(line).join('\n'));
    writeFileSync(all, documents.map(line).join('\n'));
    const env = { NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database };
    const staging = join(dir, 'staging');

    await resetNeo4jDatabase(client());
    const first = await kgProcess(env, 'bulk-load', '--json', '--staging', staging, head);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ alreadyStaged: 0, totals: { documents: 2 } });

    await resetNeo4jDatabase(client());
    const resumed = await kgProcess(env, 'bulk-load', '--staging', staging, all);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/holds 2 documents staged by an earlier run: going on from there/);
    expect(resumed.stderr).toMatch(new RegExp(`staged ${documents.length - 2} document\\(s\\) ingested.*; 2 already staged`));

    const oneRun = await EmbeddedGraphStore.open(join(dir, 'one-run'));
    const neo4j = await openNeo4jStore(config);
    try {
      for (const doc of documents) await ingestDocument(oneRun, doc[1]);
      expect(await everything(neo4j)).toEqual(await everything(oneRun));
    } finally {
      await oneRun.close();
      await neo4j.close();
    }
  }, 240_000);
});

describe('JSON Lines for kg ingest', () => {
  it('ingests each line as a document into the embedded store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-jsonl-'));
    try {
      const file = join(dir, 'two.jsonl');
      writeFileSync(file, `${JSON.stringify(CORPUS[0][1])}\n${JSON.stringify(CORPUS[1][1])}\n`);
      const run = await kgProcess({ NEO4J_URI: '', KG_DATA_DIR: join(dir, 'data') }, 'ingest', '--json', file);
      expect(run.code, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout) as { totals: { documents: number }; reports: Array<{ source: string }> };
      expect(out.totals.documents).toBe(2);
      expect(out.reports.map((r) => r.source)).toEqual([`${file}:1`, `${file}:2`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
