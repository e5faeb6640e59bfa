import { describe, expect, it } from 'vitest';
import { duplicateCandidateId, type DuplicateCandidateRecord } from '../../../src/domain/duplicates.js';
import { DOCUMENT_A, DOCUMENT_B, DUVANOV, KUSHIM, NAZARBAEV, ZHOVTIS } from '../fixtures.js';
import { write, type ContractContext } from './harness.js';

const candidate = (a: string, b: string, score: number, reason = `${a} ~ ${b}`): DuplicateCandidateRecord => ({
  id: duplicateCandidateId(a, b),
  entityIds: [a, b],
  score,
  reason,
});

const AT = '2026-11-28T20:00:00.000Z';

export function describeReviewItems(ctx: ContractContext): void {
  describe('review items', () => {
    it('lists open candidates best first, then by id, each pair once with its ids in order', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      await ctx.store.recordDuplicateCandidates([
        candidate(ZHOVTIS.id, DUVANOV.id, 0.8),
        candidate(NAZARBAEV.id, KUSHIM.id, 0.9),
        candidate(DUVANOV.id, KUSHIM.id, 0.8),
      ]);
      const listed = await ctx.store.listDuplicateCandidates({ first: 10 });
      expect(listed.map((c) => c.entityIds)).toEqual(
        [
          [KUSHIM.id, NAZARBAEV.id],
          [KUSHIM.id, DUVANOV.id],
          [DUVANOV.id, ZHOVTIS.id],
        ].map((p) => [...p].sort()),
      );
      expect(listed[0]).toEqual({ ...candidate(NAZARBAEV.id, KUSHIM.id, 0.9), entityIds: [KUSHIM.id, NAZARBAEV.id].sort() });
      expect(await ctx.store.listDuplicateCandidates({ first: 1 })).toHaveLength(1);
    });

    it("keeps one item per pair, with its best score and that score's reason", async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      await ctx.store.recordDuplicateCandidates([candidate(DUVANOV.id, ZHOVTIS.id, 0.8, 'first')]);
      await ctx.store.recordDuplicateCandidates([candidate(ZHOVTIS.id, DUVANOV.id, 0.9, 'better')]);
      await ctx.store.recordDuplicateCandidates([candidate(DUVANOV.id, ZHOVTIS.id, 0.85, 'worse')]);
      expect(await ctx.store.listDuplicateCandidates({ first: 10 })).toEqual(
        [candidate(DUVANOV.id, ZHOVTIS.id, 0.9, 'better')].map((c) => ({ ...c, entityIds: [...c.entityIds].sort() })),
      );
    });

    it('closes the candidates among ids marked distinct, and never lists or records those pairs again', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      await ctx.store.recordDuplicateCandidates([candidate(DUVANOV.id, ZHOVTIS.id, 0.9), candidate(DUVANOV.id, KUSHIM.id, 0.8)]);
      await ctx.store.markDistinct({ ids: [ZHOVTIS.id, DUVANOV.id], note: 'a lawyer and his client', editor: 'ed', at: AT });
      expect((await ctx.store.listDuplicateCandidates({ first: 10 })).map((c) => c.id)).toEqual([
        duplicateCandidateId(DUVANOV.id, KUSHIM.id),
      ]);
      await ctx.store.recordDuplicateCandidates([candidate(ZHOVTIS.id, DUVANOV.id, 1)]);
      expect((await ctx.store.listDuplicateCandidates({ first: 10 })).map((c) => c.id)).toEqual([
        duplicateCandidateId(DUVANOV.id, KUSHIM.id),
      ]);
      expect(await ctx.store.findDistinctPairs([ZHOVTIS.id])).toEqual([[DUVANOV.id, ZHOVTIS.id].sort()]);
      expect(await ctx.store.findDistinctPairs([KUSHIM.id])).toEqual([]);
    });

    it('marks every pair among three ids distinct at once', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      await ctx.store.markDistinct({ ids: [KUSHIM.id, ZHOVTIS.id, DUVANOV.id], note: 'three people', editor: 'ed', at: AT });
      expect(await ctx.store.findDistinctPairs([KUSHIM.id, ZHOVTIS.id, DUVANOV.id])).toEqual(
        [
          [DUVANOV.id, KUSHIM.id],
          [DUVANOV.id, ZHOVTIS.id],
          [KUSHIM.id, ZHOVTIS.id],
        ]
          .map((p) => [...p].sort())
          .sort(),
      );
    });

    it('does not list a candidate whose entity no longer exists', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      await ctx.store.recordDuplicateCandidates([
        candidate(DUVANOV.id, 'person:merged-away', 0.95),
        candidate(DUVANOV.id, ZHOVTIS.id, 0.8),
      ]);
      expect((await ctx.store.listDuplicateCandidates({ first: 10 })).map((c) => c.entityIds)).toEqual([[DUVANOV.id, ZHOVTIS.id].sort()]);
    });
  });
}
