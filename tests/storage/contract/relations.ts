import { describe, expect, it } from 'vitest';
import type { Direction } from '../../../src/domain/relationship.js';
import {
  ALMATY,
  ARTICLE_A,
  ARTICLE_B,
  cite,
  DOCUMENT_A,
  DOCUMENT_B,
  DUVANOV,
  DUVANOV_BASED,
  edge,
  KIBHR_BASED,
  LOCATED,
  PARTICIPATED,
  REPRESENTS,
  TOOK_PLACE,
  ZHOVTIS,
} from '../fixtures.js';
import { ids, write, type ContractContext } from './harness.js';

export function describeRelations(ctx: ContractContext): void {
  const relations = (entityId: string, direction: Direction, types: string[] | null = null, first = 100) => ({
    entityId,
    direction,
    types,
    first,
  });

  describe('getRelations', () => {
    it('follows the direction asked for, ordered by type, then id', async () => {
      await write(ctx.store, DOCUMENT_A);
      const [out, incoming, both] = await ctx.store.getRelations([
        relations(DUVANOV.id, 'OUT'),
        relations(DUVANOV.id, 'IN'),
        relations(DUVANOV.id, 'BOTH'),
      ]);
      expect(ids(out)).toEqual([DUVANOV_BASED.id, PARTICIPATED.id]);
      expect(ids(incoming)).toEqual([REPRESENTS.id]);
      expect(ids(both)).toEqual([DUVANOV_BASED.id, PARTICIPATED.id, REPRESENTS.id]);
    });

    it('gives a self-loop once in BOTH directions, in its place among the rest', async () => {
      // an entity linked to itself (a merge can make one): it is both an outgoing and an incoming edge
      const loop = edge('duvanov-supports-duvanov', 'SUPPORTS', DUVANOV.id, DUVANOV.id, cite(ARTICLE_A, 'Duvanov himself'));
      await ctx.store.writeDocument({ ...DOCUMENT_A, relationships: [...DOCUMENT_A.relationships, loop] });
      const [out, incoming, both, firstTwo] = await ctx.store.getRelations([
        relations(DUVANOV.id, 'OUT'),
        relations(DUVANOV.id, 'IN'),
        relations(DUVANOV.id, 'BOTH'),
        relations(DUVANOV.id, 'BOTH', null, 3),
      ]);
      expect(ids(out)).toEqual([DUVANOV_BASED.id, PARTICIPATED.id, loop.id]);
      expect(ids(incoming)).toEqual([REPRESENTS.id, loop.id]);
      expect(ids(both)).toEqual([DUVANOV_BASED.id, PARTICIPATED.id, REPRESENTS.id, loop.id]);
      expect(ids(firstTwo)).toEqual([DUVANOV_BASED.id, PARTICIPATED.id, REPRESENTS.id]);
    });

    it('orders edges of one type by id', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const [edges] = await ctx.store.getRelations([relations(ALMATY.id, 'BOTH')]);
      expect(ids(edges)).toEqual([DUVANOV_BASED.id, KIBHR_BASED.id, LOCATED.id, TOOK_PLACE.id]);
    });

    it('filters by type and cuts each list at its own first', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const [typed, cut, none, emptyTypes] = await ctx.store.getRelations([
        relations(ALMATY.id, 'BOTH', ['TOOK_PLACE_IN', 'LOCATED_IN']),
        relations(ALMATY.id, 'IN', null, 2),
        relations(ALMATY.id, 'BOTH', null, 0),
        relations(ALMATY.id, 'BOTH', []),
      ]);
      expect(ids(typed)).toEqual([LOCATED.id, TOOK_PLACE.id]);
      expect(ids(cut)).toEqual([DUVANOV_BASED.id, KIBHR_BASED.id]);
      expect(none).toEqual([]);
      expect(emptyTypes).toEqual([]);
    });

    it('answers a batch in key order, with an empty list for an unknown entity', async () => {
      await write(ctx.store, DOCUMENT_A);
      const result = await ctx.store.getRelations([
        relations(ZHOVTIS.id, 'IN'),
        relations('person:nobody', 'BOTH'),
        relations(ZHOVTIS.id, 'OUT', null, 1),
      ]);
      expect(result.map(ids)).toEqual([[], [], ['rel:head-of']]);
      expect(await ctx.store.getRelations([])).toEqual([]);
    });

    it('getRelationsWithOthers gives the same pages with the entities at their other ends, each once, as getNodes reads them', async () => {
      const loop = edge('duvanov-supports-duvanov', 'SUPPORTS', DUVANOV.id, DUVANOV.id, cite(ARTICLE_A, 'Duvanov himself'));
      await ctx.store.writeDocument({ ...DOCUMENT_A, relationships: [...DOCUMENT_A.relationships, loop] });
      await write(ctx.store, DOCUMENT_B);
      const queries = [
        relations(DUVANOV.id, 'BOTH'),
        relations(DUVANOV.id, 'BOTH', null, 3),
        relations(ALMATY.id, 'BOTH', ['TOOK_PLACE_IN', 'LOCATED_IN']),
        relations(ALMATY.id, 'IN', null, 2),
        relations(ALMATY.id, 'BOTH', null, 0),
        relations(ALMATY.id, 'BOTH', []),
        relations('person:nobody', 'BOTH'),
      ];
      const whole = await ctx.store.getRelations(queries);
      const pages = await ctx.store.getRelationsWithOthers(queries);
      expect(pages.map((p) => p.relationships)).toEqual(whole);
      for (const [i, page] of pages.entries()) {
        const otherIds = [...new Set(whole[i].map((r) => (r.sourceId === queries[i].entityId ? r.targetId : r.sourceId)))];
        expect(page.others.map((o) => o.id).sort()).toEqual([...otherIds].sort());
        expect(page.others).toEqual(await Promise.all(page.others.map(async (o) => (await ctx.store.getNodes([o.id]))[0])));
      }
      // the self-loop's other end is the entity itself; a cut page brings only the others it keeps
      expect(pages[0].others.map((o) => o.id)).toContain(DUVANOV.id);
      expect(pages[1].others).toHaveLength(new Set(whole[1].map((r) => (r.sourceId === DUVANOV.id ? r.targetId : r.sourceId))).size);
      expect(pages.slice(4)).toEqual([
        { relationships: [], others: [] },
        { relationships: [], others: [] },
        { relationships: [], others: [] },
      ]);
      expect(await ctx.store.getRelationsWithOthers([])).toEqual([]);
    });

    it('getRelationEnds gives the same pages as ids and ends only: directions, types, cuts, a self-loop once', async () => {
      const loop = edge('duvanov-supports-duvanov', 'SUPPORTS', DUVANOV.id, DUVANOV.id, cite(ARTICLE_A, 'Duvanov himself'));
      await ctx.store.writeDocument({ ...DOCUMENT_A, relationships: [...DOCUMENT_A.relationships, loop] });
      await write(ctx.store, DOCUMENT_B);
      const queries = [
        relations(DUVANOV.id, 'OUT'),
        relations(DUVANOV.id, 'IN'),
        relations(DUVANOV.id, 'BOTH'),
        relations(DUVANOV.id, 'BOTH', null, 3),
        relations(ALMATY.id, 'BOTH', ['TOOK_PLACE_IN', 'LOCATED_IN']),
        relations(ALMATY.id, 'IN', null, 2),
        relations(ALMATY.id, 'BOTH', null, 0),
        relations(ALMATY.id, 'BOTH', []),
        relations('person:nobody', 'BOTH'),
      ];
      const whole = await ctx.store.getRelations(queries);
      const ends = await ctx.store.getRelationEnds(queries);
      expect(ends).toEqual(whole.map((page) => page.map(({ id, sourceId, targetId }) => ({ id, sourceId, targetId }))));
      expect(ends[2]).toContainEqual({ id: loop.id, sourceId: DUVANOV.id, targetId: DUVANOV.id });
      expect(await ctx.store.getRelationEnds([])).toEqual([]);
    });

    it('returns whole records with citations ordered by article id, then quote', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const [[participated], [represents]] = await ctx.store.getRelations([
        relations(DUVANOV.id, 'OUT', ['PARTICIPATED_IN']),
        relations(DUVANOV.id, 'IN', ['REPRESENTS']),
      ]);
      expect(participated).toEqual({
        ...PARTICIPATED,
        citations: [...cite(ARTICLE_A, 'Duvanov faces trial', 'on trial'), ...cite(ARTICLE_B, 'The trial of Duvanov')],
      });
      expect(represents.citations.map((c) => [c.articleId, c.quote])).toEqual([
        [ARTICLE_A.id, 'Zhovtis, his lawyer'],
        [ARTICLE_B.id, 'his lawyer Zhovtis'],
      ]);
    });
  });

  describe('getIncidentEdges', () => {
    it('returns every edge touching any id, in both directions, each once', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      expect(ids(await ctx.store.getIncidentEdges([ALMATY.id])).sort()).toEqual(
        [DUVANOV_BASED.id, KIBHR_BASED.id, LOCATED.id, TOOK_PLACE.id].sort(),
      );
      const both = await ctx.store.getIncidentEdges([ZHOVTIS.id, DUVANOV.id, 'person:nobody']);
      expect(ids(both).sort()).toEqual([DUVANOV_BASED.id, 'rel:head-of', PARTICIPATED.id, REPRESENTS.id].sort());
      expect(both.find((e) => e.id === REPRESENTS.id)?.citations).toHaveLength(2);
    });

    it('answers nothing for no ids', async () => {
      await write(ctx.store, DOCUMENT_A);
      expect(await ctx.store.getIncidentEdges([])).toEqual([]);
    });
  });
}
