import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { loadSeedDocuments } from '../../src/ingest/seed.js';
import { graphSnapshot, someOrders } from '../support/graph-snapshot.js';
import { testStores } from '../support/stores.js';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));

// the seed and fictional follow-ups that spell names otherwise, tell the arrest with another date and
// cite the same facts under other statuses
const CORPUS: Array<[string, unknown]> = [
  ['seed', loadSeedDocuments()[0].json],
  ['colony', fixture('resolution/follow-up-colony.json')],
  ['arrest', fixture('resolution/follow-up-arrest.json')],
  ['duvanov', fixture('follow-up-duvanov.json')],
];

describe.each(testStores())('ingest order on the $name store', ({ open }) => {
  it('the same documents in any order give the same graph: ids, statuses, dates, citations, disputes', async () => {
    const snapshots: Array<{ order: string; graph: unknown }> = [];
    for (const order of someOrders(CORPUS)) {
      const store = await open();
      try {
        for (const [name, doc] of order) await ingestDocument(store, doc, { source: name });
        snapshots.push({ order: order.map(([name]) => name).join(' > '), graph: await graphSnapshot(store) });
      } finally {
        await store.close();
      }
    }
    for (const s of snapshots.slice(1)) expect({ order: s.order, graph: s.graph }).toEqual({ order: s.order, graph: snapshots[0].graph });
  }, 240_000);
});
