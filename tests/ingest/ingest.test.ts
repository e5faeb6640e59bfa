import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/domain/entity.js';
import { ValidationError } from '../../src/domain/errors.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { loadSeedDocuments } from '../../src/ingest/seed.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { testStores } from '../support/stores.js';

const seed = loadSeedDocuments()[0].json;
const followUp = JSON.parse(readFileSync(new URL('../fixtures/follow-up-duvanov.json', import.meta.url), 'utf8'));

/** Everything a reader could see, so "unchanged" can be checked exactly. */
async function snapshot(store: GraphStore) {
  const entities: EntityRecord[] = [];
  for (let after: string | null = null; ; ) {
    const page = await store.listEntities({ type: null, after, first: 100 });
    entities.push(...page);
    if (page.length < 100) break;
    after = page[page.length - 1].id;
  }
  const relations = await store.getRelations(
    entities.map((e) => ({ entityId: e.id, types: null, direction: 'OUT' as const, first: 1000 })),
  );
  return { articles: await store.countArticles(), entities, relations };
}

describe.each(testStores())('ingest on the $name store', ({ open }) => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('ingests the seed, and a second ingest changes nothing', async () => {
    const first = await ingestDocument(store, seed, { source: 'seed' });
    expect(first.entities).toEqual({ created: 52, merged: 0, unchanged: 0 });
    expect(first.relationshipsCreated).toBeGreaterThan(80);
    expect(first.citationsAdded).toBeGreaterThanOrEqual(first.relationshipsCreated);
    const before = await snapshot(store);

    const second = await ingestDocument(store, seed, { source: 'seed' });
    expect(second.entities).toEqual({ created: 0, merged: 0, unchanged: 52 });
    expect([second.relationshipsCreated, second.citationsAdded, second.mentionsAdded]).toEqual([0, 0, 0]);
    expect(await snapshot(store)).toEqual(before);
  });

  it('resolves the same people across articles despite transliteration, keeping every alias and citation', async () => {
    await ingestDocument(store, seed);
    const report = await ingestDocument(store, followUp, { source: 'follow-up' });
    const mergedInto = (name: string) => report.merges.find((m) => m.name === name)?.intoId;
    expect(mergedInto('Sergey Duvanov')).toBe('person:sergei-duvanov');
    expect(mergedInto('Nursultan Nazarbayev')).toBe('person:nursultan-nazarbaev');
    expect(mergedInto('Kazakh authorities')).toBe('organisation:government-of-kazakhstan');
    // a near miss is reported for review, not merged
    expect(report.nearMisses).toContainEqual(expect.objectContaining({ name: 'Nurbolat Masanov', candidateId: 'person:nurbulat-masanov' }));
    expect(mergedInto('Nurbolat Masanov')).toBeUndefined();

    const [duvanov, nazarbaev] = (await store.getNodes(['person:sergei-duvanov', 'person:nursultan-nazarbaev'])) as EntityRecord[];
    expect(duvanov.name).toBe('Sergei Duvanov');
    expect(duvanov.aliases).toEqual(expect.arrayContaining(['Duvanov', 'Sergey Duvanov']));
    const [duvanovMentions] = await store.getMentions([duvanov.id]);
    expect(new Set(duvanovMentions.map((m) => m.articleId)).size).toBe(2);
    expect(nazarbaev.aliases).toContain('Nursultan Nazarbayev');

    // the same claim from the second article adds a citation to the same edge
    const [represents] = await store.getRelations([
      { entityId: 'person:maria-pulman', types: ['REPRESENTS'], direction: 'OUT', first: 10 },
    ]);
    expect(represents).toHaveLength(1);
    expect(new Set(represents[0].citations.map((c) => c.articleId)).size).toBe(2);
  });

  it('never merges a person with an organisation of the same name', async () => {
    await ingestDocument(store, seed);
    const text = 'SOLDAT, a man who shares his name with the newspaper SOLDAT, spoke.';
    const report = await ingestDocument(store, {
      format: 'kg-extraction/1',
      article: { title: 'Namesakes', text },
      entities: [{ key: 'p', type: 'PERSON', name: 'SOLDAT', mentions: ['SOLDAT, a man'] }],
    });
    expect(report.entities.created).toBe(1);
    expect(report.nearMisses).toContainEqual(
      expect.objectContaining({ candidateId: 'organisation:soldat', candidateType: 'ORGANISATION' }),
    );
    const [person, organisation] = (await store.getNodes(['person:soldat', 'organisation:soldat'])) as EntityRecord[];
    expect([person.type, organisation.type]).toEqual(['PERSON', 'ORGANISATION']);
  });

  it('writes nothing from an invalid document', async () => {
    await ingestDocument(store, seed);
    const before = await snapshot(store);
    const invalid = JSON.parse(readFileSync(new URL('../fixtures/invalid-extraction.json', import.meta.url), 'utf8'));
    await expect(ingestDocument(store, invalid)).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(store)).toEqual(before);
  });

  it.each(['article', 'entities', 'mentions', 'relationships'] as const)(
    'leaves the store exactly as before when the write fails after the %s step',
    async (failingStep) => {
      await ingestDocument(store, seed);
      const before = await snapshot(store);
      const onStep = (step: string) => {
        if (step === failingStep) throw new Error(`injected failure after ${step}`);
      };
      await expect(ingestDocument(store, followUp, { onStep })).rejects.toThrow('injected failure');
      expect(await snapshot(store)).toEqual(before);
      // and the document still goes in whole afterwards
      const report = await ingestDocument(store, followUp);
      expect(report.entities.created).toBeGreaterThan(0);
    },
  );

  it('a dry run reports exactly what the ingest would do and writes nothing', async () => {
    const empty = await snapshot(store);
    const dry = await ingestDocument(store, seed, { source: 'seed', dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(await snapshot(store)).toEqual(empty);
    expect(await store.countArticles()).toBe(0);

    const real = await ingestDocument(store, seed, { source: 'seed' });
    expect(real.dryRun).toBe(false);
    expect({ ...dry, dryRun: false }).toEqual(real);

    // on a store with data: merges and near misses as the real ingest finds them, the store untouched
    const before = await snapshot(store);
    const dryFollowUp = await ingestDocument(store, followUp, { source: 'follow-up', dryRun: true });
    expect(await snapshot(store)).toEqual(before);
    expect(dryFollowUp.entities.merged).toBeGreaterThan(0);
    const realFollowUp = await ingestDocument(store, followUp, { source: 'follow-up' });
    expect({ ...dryFollowUp, dryRun: false }).toEqual(realFollowUp);
  });
});
