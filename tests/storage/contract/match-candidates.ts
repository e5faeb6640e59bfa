import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/domain/entity.js';
import { mergeEntities } from '../../../src/editing/merge-entities.js';
import { updateEntity } from '../../../src/editing/update-entity.js';
import { DOCUMENT_A, DOCUMENT_B, DUVANOV, KIBHR, KUSHIM, NAZARBAEV, TRIAL, ZHOVTIS } from '../fixtures.js';
import { DOCUMENT_C, SCHOWTIS } from './editor-writes.js';
import { write, type ContractContext } from './harness.js';

/** Resolution's lookup by blocking keys (src/resolution/match-keys.ts): what ingest compares a name with. */
export function describeMatchCandidates(ctx: ContractContext): void {
  const match = async (name: string, types: EntityType[] | null = null, first = 10) =>
    (await ctx.store.matchCandidatesBatch([{ name, types, first }]))[0].map((e) => e.id);

  describe('matchCandidatesBatch', () => {
    it.each([
      ['the stored spelling', 'Nursultan Nazarbaev', NAZARBAEV.id],
      ['another romanisation, word order turned', 'Nazarbayev Nursultan', NAZARBAEV.id],
      ['Cyrillic', 'Назарбаев', NAZARBAEV.id],
      ['a vowel typo', 'Nazarbeyev', NAZARBAEV.id],
      ['an acronym of a long name', 'KIBHR', KIBHR.id],
    ])('finds %s (%s) first', async (_what, name, expected) => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      expect((await match(name))[0]).toBe(expected);
    });

    it('answers each query in order, filters by type and bounds the list', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const [events, people, none] = await ctx.store.matchCandidatesBatch([
        { name: 'Duvanov', types: ['EVENT'], first: 10 },
        { name: 'Duvanov', types: ['PERSON'], first: 10 },
        { name: 'Duvanov', types: null, first: 0 },
      ]);
      expect(events.map((e) => e.id)).toEqual([TRIAL.id]);
      expect(people[0]).toEqual(DUVANOV);
      expect(none).toEqual([]);
      expect(await match('Duvanov', null, 1)).toHaveLength(1);
    });

    it.each(['', '"foo" OR bar*', 'NEAR(', ')(', '🙂', '*', 'col:val', 'AND OR NOT'])(
      'treats hostile or empty input %j as plain text',
      async (name) => {
        await write(ctx.store, DOCUMENT_A);
        expect(Array.isArray(await match(name))).toBe(true);
      },
    );

    it('moves the keys with a merge: the survivor is found by the merged name, the merged-away entity never', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B, DOCUMENT_C);
      expect(await match('Ewgenij Schowtis')).toContain(SCHOWTIS.id);
      await mergeEntities(ctx.store, { into: ZHOVTIS.id, from: [SCHOWTIS.id], dryRun: false }, { editor: 'Ada', note: 'one man' });
      const found = await match('Ewgenij Schowtis');
      expect(found).toContain(ZHOVTIS.id);
      expect(found).not.toContain(SCHOWTIS.id);
    });

    it('follows a renamed entity: found by its new name', async () => {
      await write(ctx.store, DOCUMENT_A);
      expect(await match('Kushimov')).not.toContain(KUSHIM.id);
      await updateEntity(ctx.store, KUSHIM.id, { name: 'Dos Kushimov' }, { editor: 'Ada', note: 'full name' });
      expect(await match('Kushimov')).toContain(KUSHIM.id);
    });
  });
}
