import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { openNeo4jStore } from '../../src/storage/neo4j/index.js';
import { describeNeo4j, resetNeo4jDatabase, useNeo4jTestClient } from '../support/neo4j.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { apiAnswers, buildEditedGraph, dumpEntries } from './dump-graph.js';
import { kgProcess } from './kg-process.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-dump-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function withStore<T>(open: () => Promise<GraphStore>, read: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await open();
  try {
    await store.migrate();
    return await read(store);
  } finally {
    await store.close();
  }
}

describeNeo4j('kg dump and kg restore across the two stores', (config) => {
  const client = useNeo4jTestClient();
  const embeddedEnv = (name: string) => ({ KG_DATA_DIR: join(dir, name), NEO4J_URI: '' });
  const neo4jEnv = { NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database };
  const kg = async (env: Record<string, string>, ...args: string[]) => {
    const run = await kgProcess(env, ...args);
    expect(run.stderr).not.toMatch(/error|stopped/i);
    expect(run.code).toBe(0);
    return run;
  };

  it('embedded -> dump -> Neo4j -> dump -> embedded gives the same API answers and the same history', async () => {
    await resetNeo4jDatabase(client());
    await withStore(() => openEmbeddedStore(join(dir, 'original')), buildEditedGraph);
    const [a, b, c] = ['a', 'b', 'c'].map((n) => join(dir, `${n}.jsonl`));

    const dumped = await kg(embeddedEnv('original'), 'dump', a);
    expect(dumped.stderr).toMatch(/dumped 7 documents and 6 edits/);
    const actions = dumpEntries(a)
      .filter(Boolean)
      .map((line) => JSON.parse(line).edit?.action ?? null);
    expect(new Set(actions)).toEqual(
      new Set([null, 'INGEST', 'MERGE', 'UNDO_MERGE', 'UPDATE_ENTITY', 'VERDICT', 'DELETE_RELATIONSHIP', 'MARK_DISTINCT']),
    );
    await kg(neo4jEnv, 'restore', a);
    await kg(neo4jEnv, 'dump', b);
    await kg(embeddedEnv('restored'), 'restore', b);
    await kg(embeddedEnv('restored'), 'dump', c);
    expect(dumpEntries(b)).toEqual(dumpEntries(a));
    expect(dumpEntries(c)).toEqual(dumpEntries(a));

    const original = await withStore(
      () => openEmbeddedStore(join(dir, 'original')),
      async (s) => ({ api: await apiAnswers(s), graph: await graphSnapshot(s) }),
    );
    const inNeo4j = await withStore(
      () => openNeo4jStore(config),
      async (s) => ({ api: await apiAnswers(s), graph: await graphSnapshot(s) }),
    );
    const restored = await withStore(
      () => openEmbeddedStore(join(dir, 'restored')),
      async (s) => ({ api: await apiAnswers(s), graph: await graphSnapshot(s) }),
    );
    expect(JSON.stringify(original.api)).toContain('UNDO_MERGE');
    expect(inNeo4j).toEqual(original);
    expect(restored).toEqual(original);
  }, 300_000);

  it('refuses to restore into a Neo4j database that is not empty, changing nothing', async () => {
    await resetNeo4jDatabase(client());
    const a = join(dir, 'seed.jsonl');
    await kg(embeddedEnv('seeded'), 'seed');
    await kg(embeddedEnv('seeded'), 'dump', a);
    await kg(neo4jEnv, 'restore', a);
    const run = await kgProcess(neo4jEnv, 'restore', a);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^kg: restore needs an empty store, and this neo4j store holds \d+ article/);
    await kg(neo4jEnv, 'dump', join(dir, 'again.jsonl'));
    expect(dumpEntries(join(dir, 'again.jsonl'))).toEqual(dumpEntries(a));
  }, 120_000);
});
