import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import { call } from '../graphql/editor-harness.js';
import { yogaOver } from './dump-graph.js';
import { kgProcess } from './kg-process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'kg-seed-twice-'));
const env = { KG_DATA_DIR: dataDir, NEO4J_URI: '' };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** What an editor's review queue holds, read through the API after the `kg` process has closed the store. */
async function possibleDuplicates(): Promise<unknown[]> {
  const store = await openEmbeddedStore(dataDir);
  try {
    const r = await call(yogaOver(store), '{ possibleDuplicates(first: 100) { id score reason entities { id } } }');
    expect(r.errors).toBeUndefined();
    return r.data.possibleDuplicates;
  } finally {
    await store.close();
  }
}

describe('kg seed, twice', () => {
  it('leaves the review items as they were: the seed names its own events apart', async () => {
    expect((await kgProcess(env, 'seed')).code).toBe(0);
    const first = await possibleDuplicates();
    const again = await kgProcess(env, 'seed', '--json');
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.totals).toMatchObject({ created: 0, merged: 0, relationshipsCreated: 0, citationsAdded: 0 });
    // the report shows no near miss between the seed's own entities either
    expect(report.reports.flatMap((r: { nearMisses: unknown[] }) => r.nearMisses)).toEqual([]);
    expect(await possibleDuplicates()).toEqual(first);
    expect(first).toEqual([]);
  }, 120_000);
});
