import { describe, expect, it } from 'vitest';
import { walkNeighbourhood } from '../../../src/storage/walks.js';
import {
  ALMATY,
  DOCUMENT_A,
  DOCUMENT_B,
  DUVANOV,
  DUVANOV_BASED,
  HEAD_OF,
  KAZAKHSTAN,
  KIBHR,
  KIBHR_BASED,
  KUSHIM,
  LOCATED,
  PARTICIPATED,
  REPRESENTS,
  TOOK_PLACE,
  TRIAL,
  ZHOVTIS,
} from '../fixtures.js';
import { ids, write, type ContractContext } from './harness.js';

const NOTHING = { nodeIds: [], edges: [] };

export function describeWalks(ctx: ContractContext): void {
  describe('findShortestPaths', () => {
    it('returns the union of two shortest paths of equal length', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const paths = await ctx.store.findShortestPaths({ from: ZHOVTIS.id, to: ALMATY.id, maxLength: 4 });
      expect(paths.nodeIds).toEqual([ALMATY.id, DUVANOV.id, KIBHR.id, ZHOVTIS.id].sort());
      expect(ids(paths.edges)).toEqual([DUVANOV_BASED.id, HEAD_OF.id, KIBHR_BASED.id, REPRESENTS.id].sort());
      expect(paths.edges.find((e) => e.id === REPRESENTS.id)).toEqual(
        expect.objectContaining({ sourceId: ZHOVTIS.id, targetId: DUVANOV.id }),
      );
    });

    it('walks edges against their direction, and only up to maxLength hops', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      expect(await ctx.store.findShortestPaths({ from: KAZAKHSTAN.id, to: ZHOVTIS.id, maxLength: 2 })).toEqual(NOTHING);
      const paths = await ctx.store.findShortestPaths({ from: KAZAKHSTAN.id, to: ZHOVTIS.id, maxLength: 3 });
      expect(paths.nodeIds).toEqual([ALMATY.id, DUVANOV.id, KAZAKHSTAN.id, KIBHR.id, ZHOVTIS.id].sort());
      expect(ids(paths.edges)).toContain(LOCATED.id);
    });

    it('returns nothing between unconnected or unknown entities', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      expect(await ctx.store.findShortestPaths({ from: DUVANOV.id, to: KUSHIM.id, maxLength: 6 })).toEqual(NOTHING);
      expect(await ctx.store.findShortestPaths({ from: DUVANOV.id, to: 'person:nobody', maxLength: 6 })).toEqual(NOTHING);
    });

    it('returns the entity alone when from and to are the same', async () => {
      await write(ctx.store, DOCUMENT_A);
      expect(await ctx.store.findShortestPaths({ from: DUVANOV.id, to: DUVANOV.id, maxLength: 3 })).toEqual({
        nodeIds: [DUVANOV.id],
        edges: [],
      });
    });
  });

  describe('walkNeighbourhood over the store', () => {
    it('takes one hop: the start, then its neighbours by id, with the edges to them', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const hood = await walkNeighbourhood(ctx.store, DUVANOV.id, 1, 100);
      expect(hood.nodeIds).toEqual([DUVANOV.id, TRIAL.id, ZHOVTIS.id, ALMATY.id]);
      expect(ids(hood.edges)).toEqual(expect.arrayContaining([DUVANOV_BASED.id, PARTICIPATED.id, REPRESENTS.id]));
    });

    // trial -TOOK_PLACE_IN-> almaty: both one hop from Duvanov, so the edge between them belongs too
    it('includes edges between nodes of the last level', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const hood = await walkNeighbourhood(ctx.store, DUVANOV.id, 1, 100);
      expect(ids(hood.edges)).toEqual([DUVANOV_BASED.id, PARTICIPATED.id, REPRESENTS.id, TOOK_PLACE.id]);
    });

    it('goes deeper with depth and stops at limit nodes', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const deeper = await walkNeighbourhood(ctx.store, DUVANOV.id, 2, 100);
      expect(deeper.nodeIds).toEqual([DUVANOV.id, TRIAL.id, ZHOVTIS.id, ALMATY.id, KIBHR.id, KAZAKHSTAN.id]);
      const limited = await walkNeighbourhood(ctx.store, DUVANOV.id, 2, 3);
      expect(limited.nodeIds).toEqual([DUVANOV.id, TRIAL.id, ZHOVTIS.id]);
      expect(ids(limited.edges)).toEqual([PARTICIPATED.id, REPRESENTS.id]);
      expect(await walkNeighbourhood(ctx.store, DUVANOV.id, 0, 100)).toEqual({ nodeIds: [DUVANOV.id], edges: [] });
    });
  });

  describe("a walk's steps", () => {
    it('getNeighbourIds: both directions, each once, by id, without the excluded, cut to first', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      // Zhovtis -REPRESENTS-> Duvanov (incoming to Duvanov); Duvanov -BASED_IN-> Almaty (outgoing)
      const all = await ctx.store.getNeighbourIds({ ids: [DUVANOV.id], exclude: [], first: 100 });
      expect(all).toEqual([TRIAL.id, ZHOVTIS.id, ALMATY.id].sort());
      expect(await ctx.store.getNeighbourIds({ ids: [DUVANOV.id], exclude: [ZHOVTIS.id], first: 100 })).toEqual(
        all.filter((id) => id !== ZHOVTIS.id),
      );
      expect(await ctx.store.getNeighbourIds({ ids: [DUVANOV.id], exclude: [], first: 2 })).toEqual(all.slice(0, 2));
      // two frontier nodes that share a neighbour (Almaty) name it once
      const shared = await ctx.store.getNeighbourIds({ ids: [DUVANOV.id, TRIAL.id], exclude: [DUVANOV.id, TRIAL.id], first: 100 });
      expect(shared).toEqual([...new Set(shared)]);
      expect(shared).toContain(ALMATY.id);
      expect(await ctx.store.getNeighbourIds({ ids: ['person:nobody'], exclude: [], first: 10 })).toEqual([]);
    });

    it('getEdgesAmong: the edges with both ends in the set, whole, once each, by id', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const edges = await ctx.store.getEdgesAmong([DUVANOV.id, ZHOVTIS.id, ALMATY.id]);
      expect(ids(edges)).toEqual([DUVANOV_BASED.id, REPRESENTS.id].sort());
      const represents = edges.find((e) => e.id === REPRESENTS.id)!;
      expect(represents).toEqual(expect.objectContaining({ sourceId: ZHOVTIS.id, targetId: DUVANOV.id }));
      expect(represents.citations.length).toBeGreaterThan(0);
      expect(await ctx.store.getEdgesAmong([DUVANOV.id])).toEqual([]);
      expect(await ctx.store.getEdgesAmong([])).toEqual([]);
    });
  });
}
