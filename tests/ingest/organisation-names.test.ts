import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/domain/entity.js';
import { ingestDocument, type IngestReport } from '../../src/ingest/ingest.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { testStores } from '../support/stores.js';

/** One article naming these government bodies, one sentence each. */
const article = (title: string, names: string[]) => ({
  format: 'kg-extraction/1',
  article: { title, text: names.map((n) => `The ${n} issued a statement.`).join(' ') },
  entities: names.map((name, i) => ({ key: `org${i}`, type: 'ORGANISATION', kind: 'GOVERNMENT_BODY', name, mentions: [name] })),
});
const idOf = (report: IngestReport, key: string) => report.outcomes.find((o) => o.key === key)?.id;

describe.each(testStores())('organisations named in other words across articles on the $name store', ({ open }) => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('makes one ministry of "Interior Ministry of X" and "Ministry of Internal Affairs of X", and keeps the others apart', async () => {
    const first = await ingestDocument(
      store,
      article('Ministries speak', ['Interior Ministry of Kazakhstan', 'Ministry of Justice of Kazakhstan', 'Interior Ministry of Russia']),
    );
    const [interior, justice, russian] = ['org0', 'org1', 'org2'].map((k) => idOf(first, k));
    expect(new Set([interior, justice, russian]).size).toBe(3);

    const second = await ingestDocument(
      store,
      article('Ministries speak again', [
        'Ministry of Internal Affairs of Kazakhstan',
        "Kazakhstan's Justice Ministry",
        'Ministry of Internal Affairs of Kyrgyzstan',
      ]),
    );
    expect(second.outcomes.map((o) => o.outcome)).toEqual(['merged', 'merged', 'created']);
    // the third, named exactly as the first's alias now is, of the same kind and country: merged
    const third = await ingestDocument(
      store,
      article('Once more', ['Ministry of Internal Affairs of Kazakhstan', 'Russian Interior Ministry']),
    );
    expect(third.outcomes.map((o) => o.outcome)).toEqual(['merged', 'merged']);

    // an entity may take the name more sources use: compare the ids each has now
    const now = async (ids: Array<string | undefined>) =>
      (await store.resolveMergedIds(ids.map((id) => id!))).map((merged, i) => merged ?? ids[i]);
    const [interiorNow, justiceNow, russianNow] = await now([interior, justice, russian]);
    expect(await now([idOf(second, 'org0'), idOf(third, 'org0')])).toEqual([interiorNow, interiorNow]);
    expect(await now([idOf(second, 'org1')])).toEqual([justiceNow]);
    expect(await now([idOf(third, 'org1')])).toEqual([russianNow]);
    // Kazakhstan's interior and justice ministries, Russia's and Kyrgyzstan's interior ministries
    expect(await store.countEntities('ORGANISATION')).toBe(4);
    const [ministry] = (await store.getNodes([interiorNow!])) as EntityRecord[];
    expect([ministry.name, ...ministry.aliases]).toEqual(
      expect.arrayContaining(['Interior Ministry of Kazakhstan', 'Ministry of Internal Affairs of Kazakhstan']),
    );
  });

  it('offers a bare ministry for review against the one with a country, without merging it', async () => {
    const first = await ingestDocument(store, article('With a country', ['Ministry of Internal Affairs of Kazakhstan']));
    const second = await ingestDocument(store, article('Without', ['Interior Ministry']));
    expect(idOf(second, 'org0')).not.toBe(idOf(first, 'org0'));
    expect(second.nearMisses.map((n) => n.candidateId)).toContain(idOf(first, 'org0'));
  });
});
