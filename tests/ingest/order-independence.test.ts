import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { loadSeedDocuments } from '../../src/ingest/seed.js';
import { createKgYoga } from '../../src/server/yoga.js';
import { data, memoryLogger } from '../graphql/harness.js';
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
  // kg-extraction/2: who says so, unnamed actors, event status and quantities, bounded dates
  ['appeal', fixture('follow-ups/1-appeal-upheld.json')],
  ['cell', fixture('follow-ups/2-punishment-cell.json')],
  ['freed', fixture('follow-ups/3-freed-early.json')],
];

/** What a reader asks through the API: the answers must not depend on the order either. */
const API_QUESTIONS = [
  '{ search(query: "Duvanov", first: 5) { entity { id name } } }',
  '{ timeline(id: "person:sergei-duvanov") { id name status date { iso qualifier } disputed dates { date { iso } citations { quote status article { title } } } } }',
  '{ disputes(first: 50) { id aspect positions { value citations { quote status saidBy { name } } } } }',
  '{ node(id: "person:maria-pulman") { ... on Entity { name aliases related(first: 50) { id type status disputed other { id name } citations { quote status article { id } } } } } }',
];

describe.each(testStores())('ingest order on the $name store', ({ open }) => {
  it('the same documents in any order give the same graph: ids, statuses, dates, citations, disputes', async () => {
    const snapshots: Array<{ order: string; graph: unknown }> = [];
    for (const order of someOrders(CORPUS)) {
      const store = await open();
      try {
        for (const [name, doc] of order) await ingestDocument(store, doc, { source: name });
        const yoga = createKgYoga({ store, logger: memoryLogger().logger });
        const api = await Promise.all(API_QUESTIONS.map((q) => data(yoga, q)));
        snapshots.push({ order: order.map(([name]) => name).join(' > '), graph: { store: await graphSnapshot(store), api } });
      } finally {
        await store.close();
      }
    }
    for (const s of snapshots.slice(1)) expect({ order: s.order, graph: s.graph }).toEqual({ order: s.order, graph: snapshots[0].graph });
  }, 240_000);

  it('renames an entity whose symmetric relationship then runs the other way, in either order', async () => {
    const text1 = 'Yelena Motonov and her friend Natalya Sunenov spoke.';
    const later = {
      format: 'kg-extraction/1', article: { title: 'Friends speak', text: text1, publishedAt: { year: 2004 } },
      entities: [
        { key: 'y', type: 'PERSON', name: 'Yelena Motonov', mentions: ['Yelena Motonov'] },
        { key: 'n', type: 'PERSON', name: 'Natalya Sunenov', mentions: ['Natalya Sunenov'] },
      ],
      relationships: [{ type: 'FRIEND_OF', from: 'y', to: 'n', status: 'REPORTED', quotes: ['her friend Natalya Sunenov'] }],
    };
    // an earlier article puts her surname first: the earliest coverage's name wins, and with it the id
    const earlier = {
      format: 'kg-extraction/1', article: { title: 'An earlier profile', text: 'Motonov Yelena, a teacher, was profiled.', publishedAt: { year: 2003 } },
      entities: [{ key: 'y', type: 'PERSON', name: 'Motonov Yelena', roles: ['teacher'], mentions: ['Motonov Yelena'] }],
    };
    const graphs = [];
    for (const order of [[later, earlier], [earlier, later]]) {
      const store = await open();
      try {
        for (const doc of order) await ingestDocument(store, doc);
        graphs.push(await graphSnapshot(store));
        const [friends] = await store.getRelations([{ entityId: 'person:motonov-yelena', types: ['FRIEND_OF'], direction: 'BOTH', first: 10 }]);
        expect(friends.map((r) => [r.sourceId, r.targetId])).toEqual([['person:motonov-yelena', 'person:natalya-sunenov']]);
      } finally {
        await store.close();
      }
    }
    expect(graphs[1]).toEqual(graphs[0]);
  });
});
