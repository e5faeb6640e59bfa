import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/domain/entity.js';
import { rankSearchHits } from '../../../src/resolution/search-ranking.js';
import { AK_ZHOL, ALMATY, DOCUMENT_A, DOCUMENT_B, DUVANOV, NAZARBAEV, TRIAL, ZHOVTIS } from '../fixtures.js';
import { write, type ContractContext } from './harness.js';

/** What a user would see: the store's candidates, ranked the way the GraphQL layer ranks them. */
export function describeSearch(ctx: ContractContext): void {
  const search = async (query: string, types: EntityType[] | null = null, first = 10) =>
    rankSearchHits(query, await ctx.store.searchCandidates({ query, types, first }), first).map((hit) => hit.entity.id);

  describe('searchCandidates', () => {
    it.each([
      ['a transliteration', 'Nazarbayev', NAZARBAEV.id],
      ['the stored spelling', 'Nazarbaev', NAZARBAEV.id],
      ['a typo', 'Nazarbeyev', NAZARBAEV.id],
      ['a prefix', 'nazar', NAZARBAEV.id],
      ['an alias spelled another way', 'Sergey Duvanov', DUVANOV.id],
      ['an alias with punctuation', 'Alma-Ata', ALMATY.id],
      ['a word of two letters', 'Ak', AK_ZHOL.id],
      ['upper case and diacritics', 'ZHÓVTIS', ZHOVTIS.id],
    ])('finds %s (%s) first', async (_what, query, expected) => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      expect((await search(query))[0]).toBe(expected);
    });

    it('filters by type', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      expect(await search('Duvanov', ['EVENT'])).toEqual([TRIAL.id]);
      expect(await search('Duvanov', ['PERSON', 'PLACE'])).toEqual([DUVANOV.id]);
      expect(await ctx.store.searchCandidates({ query: 'Duvanov', types: [], first: 10 })).toEqual([]);
    });

    it('returns whole entity records', async () => {
      await write(ctx.store, DOCUMENT_A);
      const [trial] = await ctx.store.searchCandidates({ query: 'Duvanov trial', types: ['EVENT'], first: 10 });
      expect(trial).toEqual(TRIAL);
    });

    it('follows entity updates: a new alias becomes searchable', async () => {
      await write(ctx.store, DOCUMENT_A);
      expect(await search('Schowtis')).not.toContain(ZHOVTIS.id);
      await write(ctx.store, DOCUMENT_B);
      expect((await search('Schowtis'))[0]).toBe(ZHOVTIS.id);
    });

    it.each(['', '   ', '"foo" OR bar*', 'NEAR(', "'", ')(', '🙂🙂', 'a', '*', '"', 'Duvanov" OR "x', 'col:val', '^nazar', 'AND OR NOT'])(
      'treats hostile or empty input %j as plain text',
      async (query) => {
        await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
        const candidates = await ctx.store.searchCandidates({ query, types: null, first: 10 });
        expect(Array.isArray(candidates)).toBe(true);
      },
    );

    it('returns nothing for input with no letters or digits', async () => {
      await write(ctx.store, DOCUMENT_A);
      for (const query of ['', '  ', '🙂', ')(', "'"])
        expect(await ctx.store.searchCandidates({ query, types: null, first: 10 })).toEqual([]);
    });

    it('still finds a name inside hostile syntax', async () => {
      await write(ctx.store, DOCUMENT_A);
      const candidates = await ctx.store.searchCandidates({ query: 'Duvanov" OR "x*', types: null, first: 10 });
      expect(candidates.map((e) => e.id)).toContain(DUVANOV.id);
    });
  });
}
