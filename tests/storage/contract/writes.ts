import { CHANGE_STEPS } from '../../../src/domain/change-set.js';
import { describe, expect, it } from 'vitest';
import type { GraphStore, WriteOptions } from '../../../src/storage/graph-store.js';
import { ARTICLE_A, ARTICLE_B, cite, DOCUMENT_A, DOCUMENT_B, DUVANOV, KUSHIM, REPRESENTS, ZHOVTIS } from '../fixtures.js';
import { snapshot, write, type ContractContext } from './harness.js';

// a document's write and an editor's are applied as change sets, through the same steps
const STEPS = CHANGE_STEPS;

export function describeWrites(ctx: ContractContext): void {
  const represents = async (store: GraphStore) =>
    (await store.getRelations([{ entityId: ZHOVTIS.id, types: ['REPRESENTS'], direction: 'OUT', first: 1 }]))[0][0];

  describe('writeDocument', () => {
    it('counts what it created and added', async () => {
      expect(await ctx.store.writeDocument(DOCUMENT_A)).toEqual({ relationshipsCreated: 6, citationsAdded: 7, mentionsAdded: 3 });
      // B: two new edges; one new citation on each of four edges (a quote repeated within B counts once)
      expect(await ctx.store.writeDocument(DOCUMENT_B)).toEqual({ relationshipsCreated: 2, citationsAdded: 4, mentionsAdded: 2 });
    });

    it('is idempotent: the same document twice adds nothing and changes nothing', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const before = await snapshot(ctx.store);
      expect(await ctx.store.writeDocument(DOCUMENT_B)).toEqual({ relationshipsCreated: 0, citationsAdded: 0, mentionsAdded: 0 });
      expect(await snapshot(ctx.store)).toEqual(before);
    });

    it('deduplicates citations across documents', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      expect(await ctx.store.writeDocument(DOCUMENT_A)).toEqual({ relationshipsCreated: 0, citationsAdded: 0, mentionsAdded: 0 });
      expect((await represents(ctx.store)).citations.map((c) => [c.articleId, c.quote])).toEqual([
        [ARTICLE_A.id, 'Zhovtis, his lawyer'],
        [ARTICLE_B.id, 'his lawyer Zhovtis'],
      ]);
    });

    it("writes the summary the planner gives and keeps each source's own dates on its citations", async () => {
      await write(ctx.store, DOCUMENT_A);
      expect(await represents(ctx.store)).toEqual(expect.objectContaining({ start: null, end: REPRESENTS.end }));
      await write(ctx.store, DOCUMENT_B);
      const october = { year: 2002, month: 10, day: null, inferred: false };
      const after = await represents(ctx.store);
      expect(after).toEqual(expect.objectContaining({ start: october, end: REPRESENTS.end }));
      expect(after.citations.map((c) => [c.articleId, c.start, c.end])).toEqual([
        [ARTICLE_A.id, null, REPRESENTS.end],
        [ARTICLE_B.id, october, null],
      ]);
    });

    it("replaces an article's citations when it is written again, keeping the other articles'", async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const denied = {
        ...REPRESENTS,
        status: 'ALLEGED' as const,
        disputed: true,
        citations: cite(ARTICLE_B, 'his lawyer Zhovtis, he says, no longer').map((c) => ({ ...c, status: 'DENIED' as const })),
      };
      await ctx.store.writeDocument({ ...DOCUMENT_B, relationships: [denied] });
      const after = await represents(ctx.store);
      expect(after).toMatchObject({ status: 'ALLEGED', disputed: true });
      expect(after.citations.map((c) => [c.articleId, c.quote, c.status])).toEqual([
        [ARTICLE_A.id, 'Zhovtis, his lawyer', 'REPORTED'],
        [ARTICLE_B.id, 'his lawyer Zhovtis, he says, no longer', 'DENIED'],
      ]);
      expect(await ctx.store.listDisputes({ first: 10 })).toEqual([
        { id: `dispute:status:${REPRESENTS.id}`, aspect: 'status', subjectId: REPRESENTS.id },
      ]);
      await ctx.store.writeDocument({ ...DOCUMENT_B, relationships: [{ ...REPRESENTS, citations: [] }] });
      expect((await represents(ctx.store)).citations.map((c) => c.articleId)).toEqual([ARTICLE_A.id]);
      expect(await ctx.store.listDisputes({ first: 10 })).toEqual([]);
    });

    it('replaces entities and articles with their final state, keeping their mentions', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const retitled = { ...ARTICLE_A, title: 'Duvanov arrested (corrected)', url: null };
      const renamed = { ...KUSHIM, name: 'Dos Kushimov', aliases: ['Dos Kushim'] };
      await ctx.store.writeDocument({ ...DOCUMENT_A, article: retitled, entities: [renamed] });
      const [article, kushim, zhovtis] = await ctx.store.getNodes([ARTICLE_A.id, KUSHIM.id, ZHOVTIS.id]);
      expect(article).toEqual(retitled);
      expect(kushim).toEqual(renamed);
      expect(await ctx.store.getMentions([KUSHIM.id])).toEqual([[]]);
      expect(zhovtis).toEqual(expect.objectContaining({ aliases: ['Ewgenij Schowtis'] }));
      expect(await ctx.store.getMentions([ZHOVTIS.id])).toEqual([[{ articleId: ARTICLE_A.id, quote: 'Zhovtis, his lawyer' }]]);
      expect(await ctx.store.countArticles()).toBe(2);
      expect(await ctx.store.countEntities(null)).toBe(9);
    });

    it('reports its steps in order', async () => {
      const steps: string[] = [];
      await ctx.store.writeDocument(DOCUMENT_A, { onStep: (step) => steps.push(step) });
      expect(steps).toEqual([...STEPS]);
    });

    describe.each(STEPS)('is atomic: a failure after the %s step', (failAt) => {
      const failing: WriteOptions = {
        onStep: (step) => {
          if (step === failAt) throw new Error(`boom at ${step}`);
        },
      };

      it('leaves a store with data exactly as before', async () => {
        await write(ctx.store, DOCUMENT_A);
        const before = await snapshot(ctx.store);
        await expect(ctx.store.writeDocument(DOCUMENT_B, failing)).rejects.toThrow(`boom at ${failAt}`);
        expect(await snapshot(ctx.store)).toEqual(before);
        // and the store is not left locked or half-written: the same document now goes through whole
        expect(await ctx.store.writeDocument(DOCUMENT_B)).toEqual({ relationshipsCreated: 2, citationsAdded: 4, mentionsAdded: 2 });
      });

      it('leaves an empty store empty', async () => {
        const before = await snapshot(ctx.store);
        await expect(ctx.store.writeDocument(DOCUMENT_A, failing)).rejects.toThrow(`boom at ${failAt}`);
        expect(await snapshot(ctx.store)).toEqual(before);
        expect(await ctx.store.countEntities(null)).toBe(0);
      });
    });

    it('rejects an edge id that already names another claim, and writes none of the document', async () => {
      await write(ctx.store, DOCUMENT_A);
      const before = await snapshot(ctx.store);
      const clash = { ...REPRESENTS, targetId: DUVANOV.id, sourceId: KUSHIM.id, citations: [] };
      await expect(ctx.store.writeDocument({ ...DOCUMENT_B, relationships: [...DOCUMENT_B.relationships, clash] })).rejects.toMatchObject({
        code: 'UNIQUENESS_VIOLATION',
      });
      expect(await snapshot(ctx.store)).toEqual(before);
    });
  });

  describe('migrate', () => {
    it('is harmless to run again on a store with data', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const before = await snapshot(ctx.store);
      await ctx.store.migrate();
      await ctx.store.migrate();
      expect(await snapshot(ctx.store)).toEqual(before);
    });
  });
}
