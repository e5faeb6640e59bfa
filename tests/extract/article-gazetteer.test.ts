import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeGazetteer, NAMES_PER_BATCH } from '../../src/extract/store-gazetteer.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { seedPaths } from '../../src/ingest/seed.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { testStores } from '../support/stores.js';

describe.each(testStores())('the graph as a gazetteer ($name)', (testStore) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await testStore.open();
    for (const path of seedPaths()) await ingestDocument(store, JSON.parse(readFileSync(path, 'utf8')), { source: path });
  }, 120_000);
  afterAll(() => store?.close());

  it('finds a stored person by another spelling and by surname alone', async () => {
    const [spelling, surname] = await storeGazetteer(store).lookup(['Sergey Duvanov', 'Duvanov']);
    expect(spelling[0]).toMatchObject({ id: 'person:sergei-duvanov', name: 'Sergei Duvanov', type: 'PERSON' });
    expect(surname[0].id).toBe('person:sergei-duvanov');
  });

  it("answers an organisation with its kind, and never an event's description", async () => {
    const [osce, prison] = await storeGazetteer(store).lookup(['OSCE', 'Zarechnoye prison']);
    expect(osce[0]).toMatchObject({ id: 'organisation:organisation-for-security-and-cooperation-in-europe', type: 'ORGANISATION' });
    expect(osce[0].kind).toBeDefined();
    expect(prison.map((e) => e.type)).not.toContain('EVENT');
    expect(prison[0]).toMatchObject({ id: 'organisation:zarechnoye-prison', kind: 'PRISON' });
  });

  it('answers nothing for a name the graph does not hold', async () => {
    expect(await storeGazetteer(store).lookup(['Aigerim Bekova'])).toEqual([[]]);
  });

  it('answers many names in order, in bounded batches', async () => {
    const sizes: number[] = [];
    const counting = {
      matchCandidatesBatch: (queries: Parameters<GraphStore['matchCandidatesBatch']>[0]) => {
        sizes.push(queries.length);
        return store.matchCandidatesBatch(queries);
      },
    };
    const names = Array.from({ length: 450 }, (_, i) => (i === 449 ? 'Duvanov' : `Nobody ${i}`));
    const answers = await storeGazetteer(counting).lookup(names);
    expect(sizes).toEqual([NAMES_PER_BATCH, NAMES_PER_BATCH, 50]);
    expect(answers).toHaveLength(450);
    expect(answers[449][0].id).toBe('person:sergei-duvanov');
  });
});
