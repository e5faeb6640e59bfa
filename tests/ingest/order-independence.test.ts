import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { createKgYoga } from '../../src/server/yoga.js';
import { data, memoryLogger } from '../graphql/harness.js';
import { graphSnapshot, someOrders } from '../support/graph-snapshot.js';
import { digestsBesideFolds } from '../support/digests.js';
import { testStores } from '../support/stores.js';
import { API_QUESTIONS, CORPUS } from '../support/follow-up-corpus.js';

describe.each(testStores())('ingest order on the $name store', ({ open }) => {
  it('the same documents in any order give the same graph: ids, statuses, dates, citations, disputes', async () => {
    const snapshots: Array<{ order: string; graph: unknown }> = [];
    for (const order of someOrders(CORPUS)) {
      const store = await open();
      try {
        for (const [name, doc] of order) await ingestDocument(store, doc, { source: name });
        const yoga = createKgYoga({ store, logger: memoryLogger().logger });
        const api = await Promise.all(API_QUESTIONS.map((q) => data(yoga, q)));
        const digests = await digestsBesideFolds(store);
        // each stored digest is the fold of the entity's stored facts, however the documents came in
        expect(digests.stored).toEqual(digests.folded);
        snapshots.push({
          order: order.map(([name]) => name).join(' > '),
          graph: { store: await graphSnapshot(store), api, digests: digests.stored },
        });
      } finally {
        await store.close();
      }
    }
    for (const s of snapshots.slice(1)) expect({ order: s.order, graph: s.graph }).toEqual({ order: s.order, graph: snapshots[0].graph });
  }, 240_000);

  it('renames an entity whose symmetric relationship then runs the other way, in either order', async () => {
    const text1 = 'Yelena Motonov and her friend Natalya Sunenov spoke.';
    const later = {
      format: 'kg-extraction/1',
      article: { title: 'Friends speak', text: text1, publishedAt: { year: 2004 } },
      entities: [
        { key: 'y', type: 'PERSON', name: 'Yelena Motonov', mentions: ['Yelena Motonov'] },
        { key: 'n', type: 'PERSON', name: 'Natalya Sunenov', mentions: ['Natalya Sunenov'] },
      ],
      relationships: [{ type: 'FRIEND_OF', from: 'y', to: 'n', status: 'REPORTED', quotes: ['her friend Natalya Sunenov'] }],
    };
    // an earlier article puts her surname first: the earliest coverage's name wins, and with it the id
    const earlier = {
      format: 'kg-extraction/1',
      article: { title: 'An earlier profile', text: 'Motonov Yelena, a teacher, was profiled.', publishedAt: { year: 2003 } },
      entities: [{ key: 'y', type: 'PERSON', name: 'Motonov Yelena', roles: ['teacher'], mentions: ['Motonov Yelena'] }],
    };
    const graphs = [];
    for (const order of [
      [later, earlier],
      [earlier, later],
    ]) {
      const store = await open();
      try {
        for (const doc of order) await ingestDocument(store, doc);
        graphs.push(await graphSnapshot(store));
        const [friends] = await store.getRelations([
          { entityId: 'person:motonov-yelena', types: ['FRIEND_OF'], direction: 'BOTH', first: 10 },
        ]);
        expect(friends.map((r) => [r.sourceId, r.targetId])).toEqual([['person:motonov-yelena', 'person:natalya-sunenov']]);
      } finally {
        await store.close();
      }
    }
    expect(graphs[1]).toEqual(graphs[0]);
  });
});
