import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import type { GraphReader, GraphStore } from '../../src/storage/graph-store.js';
import { CORPUS } from '../support/follow-up-corpus.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { digestsBesideFolds } from '../support/digests.js';
import { testStores } from '../support/stores.js';

const CORRECTED = JSON.parse(readFileSync(new URL('../fixtures/follow-ups/1-appeal-upheld.corrected.json', import.meta.url), 'utf8'));
const withoutAppeal = CORPUS.filter(([name]) => name !== 'appeal');

/** The ids each plan read whole: entities' facts (getEntityFacts) and relationships with citations (getRelationshipsById). */
function recordFactReads(store: GraphStore): string[][] {
  const reads: string[][] = [];
  const planAndWrite = store.planAndWriteDocument.bind(store);
  store.planAndWriteDocument = (plan, options) =>
    planAndWrite(
      (view) =>
        plan(
          new Proxy(view, {
            get(target, key) {
              if (key === 'getEntityFacts')
                return (ids: readonly string[]) => {
                  reads.push([...ids]);
                  return target.getEntityFacts(ids);
                };
              if (key === 'getRelationshipsById')
                return (ids: readonly string[]) => {
                  reads.push([...ids]);
                  return target.getRelationshipsById(ids);
                };
              const value = target[key as keyof GraphReader];
              return typeof value === 'function' ? value.bind(target) : value;
            },
          }),
        ),
      options,
    );
  return reads;
}

describe.each(testStores())('entity digests on the $name store', ({ open }) => {
  it("a new article folds onto digests and relationship summaries: no source's facts or citations are read, however many", async () => {
    const store = await open();
    try {
      const reads = recordFactReads(store);
      for (const [name, doc] of withoutAppeal) await ingestDocument(store, doc, { source: name });
      // the follow-ups name the seed's people and cite its relationships again; only digests and summaries were read
      expect(reads.flat()).toEqual([]);
      const digests = await digestsBesideFolds(store);
      expect(digests.stored).toEqual(digests.folded);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('a corrected article is folded again from the rows, and gives the graph of the corrected version alone', async () => {
    // one store at a time: the Neo4j test store holds the one database until it closes
    const graphOf = async (docs: ReadonlyArray<[string, unknown]>, check?: (store: GraphStore) => Promise<void>) => {
      const store = await open();
      try {
        for (const [name, doc] of docs) await ingestDocument(store, doc, { source: name });
        await check?.(store);
        const digests = await digestsBesideFolds(store);
        expect(digests.stored).toEqual(digests.folded);
        return { graph: await graphSnapshot(store), digests: digests.stored };
      } finally {
        await store.close();
      }
    };
    const replaced = await graphOf(CORPUS, async (store) => {
      const reads = recordFactReads(store);
      expect(await ingestDocument(store, CORRECTED, { source: 'corrected' })).toMatchObject({ replaced: true });
      // its old facts and citations are inside the digests and summaries, so its entities' and relationships' rows were read
      expect(reads.flat().length).toBeGreaterThan(0);
    });
    const direct = await graphOf([...withoutAppeal, ['corrected', CORRECTED]]);
    expect(replaced).toEqual(direct);
  }, 120_000);
});
