import { CHANGE_STEPS } from '../../../src/domain/change-set.js';
import { describe, expect, it } from 'vitest';
import { emptyChange, newEditRecord, type EditSnapshot } from '../../../src/domain/editing.js';
import { mergeEntities } from '../../../src/editing/merge-entities.js';
import { deleteRelationship, setVerdict } from '../../../src/editing/relationship-edits.js';
import { undoMerge } from '../../../src/editing/undo-merge.js';
import { updateEntity } from '../../../src/editing/update-entity.js';
import type { EditOptions, GraphStore } from '../../../src/storage/graph-store.js';
import { ARTICLE_A, ARTICLE_B, cite, DOCUMENT_A, DOCUMENT_B, DUVANOV, KUSHIM, REPRESENTS, ZHOVTIS } from '../fixtures.js';
import { snapshot, write, type ContractContext } from './harness.js';

const ADA = { editor: 'Ada', note: 'checked against the court record' };
// a document's write and an editor's are applied as change sets, through the same steps
const STEPS = CHANGE_STEPS;

/** A second Zhovtis, as a careless extraction would make him, with an edge of his own and one duplicating the first's. */
export const SCHOWTIS = { ...ZHOVTIS, id: 'person:ewgenij-schowtis', name: 'Ewgenij Schowtis', aliases: [], roles: ['lawyer', 'activist'] };
export const DOCUMENT_C = {
  article: { ...ARTICLE_B, id: 'article:c-schowtis', title: 'Schowtis speaks', text: 'Ewgenij Schowtis, Duvanovs Anwalt.' },
  entities: [SCHOWTIS, DUVANOV],
  mentions: [{ entityId: SCHOWTIS.id, articleId: 'article:c-schowtis', quote: 'Ewgenij Schowtis' }],
  relationships: [
    {
      ...REPRESENTS,
      id: 'rel:schowtis-represents',
      sourceId: SCHOWTIS.id,
      end: null,
      citations: cite({ ...ARTICLE_B, id: 'article:c-schowtis' }, 'Duvanovs Anwalt'),
    },
  ],
};

async function relationsOf(store: GraphStore, id: string) {
  return (await store.getRelations([{ entityId: id, types: null, direction: 'BOTH', first: 100 }]))[0];
}

export function describeEditorWrites(ctx: ContractContext): void {
  describe("editors' writes (applyEdit)", () => {
    it('merges, fusing the same claims with all their citations, and resolves the merged id to the survivor', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B, DOCUMENT_C);
      await mergeEntities(ctx.store, { into: ZHOVTIS.id, from: [SCHOWTIS.id], dryRun: false }, ADA);
      const [zhovtis, schowtis] = await ctx.store.getNodes([ZHOVTIS.id, SCHOWTIS.id]);
      expect(schowtis).toBeNull();
      expect(zhovtis).toMatchObject({ aliases: ['Ewgenij Schowtis'], roles: ['lawyer', 'activist'] });
      expect((await ctx.store.getMentions([ZHOVTIS.id]))[0]).toContainEqual({ articleId: 'article:c-schowtis', quote: 'Ewgenij Schowtis' });
      const represents = (await relationsOf(ctx.store, ZHOVTIS.id)).filter((r) => r.type === 'REPRESENTS');
      expect(represents).toHaveLength(1);
      expect(represents[0]).toMatchObject({
        id: REPRESENTS.id,
        end: REPRESENTS.end,
        citations: [
          { articleId: ARTICLE_A.id, quote: 'Zhovtis, his lawyer' },
          { articleId: ARTICLE_B.id, quote: 'his lawyer Zhovtis' },
          { articleId: 'article:c-schowtis', quote: 'Duvanovs Anwalt' },
        ],
      });
      expect(await ctx.store.resolveMergedIds([SCHOWTIS.id, ZHOVTIS.id])).toEqual([ZHOVTIS.id, null]);
      const [[merge]] = await ctx.store.getHistory([SCHOWTIS.id], 5);
      expect(merge).toMatchObject({ action: 'MERGE', editor: 'Ada', note: ADA.note });
      expect(await ctx.store.getEdit(merge.id)).toEqual(merge);
      expect(await ctx.store.countArticles()).toBe(3);
    });

    it('a dry run decides the same merge and writes nothing', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B, DOCUMENT_C);
      const before = await snapshot(ctx.store);
      const plan = await mergeEntities(ctx.store, { into: ZHOVTIS.id, from: [SCHOWTIS.id], dryRun: true }, ADA);
      expect(plan.fused).toEqual([{ id: REPRESENTS.id, from: [REPRESENTS.id, 'rel:schowtis-represents'] }]);
      expect(await snapshot(ctx.store)).toEqual(before);
      expect(await ctx.store.getHistory([ZHOVTIS.id], 5)).toEqual([[]]);
    });

    it('undoing a merge gives back exactly the graph before it, and refuses a second undo', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B, DOCUMENT_C);
      const before = await snapshot(ctx.store);
      const schowtisBefore = await relationsOf(ctx.store, SCHOWTIS.id);
      await mergeEntities(ctx.store, { into: ZHOVTIS.id, from: [SCHOWTIS.id], dryRun: false }, ADA);
      const [[merge]] = await ctx.store.getHistory([SCHOWTIS.id], 1);
      await undoMerge(ctx.store, merge.id, { editor: 'Bo', note: 'two different men after all' });
      expect(await snapshot(ctx.store)).toEqual(before);
      expect(await relationsOf(ctx.store, SCHOWTIS.id)).toEqual(schowtisBefore);
      expect(await ctx.store.resolveMergedIds([SCHOWTIS.id])).toEqual([null]);
      await expect(undoMerge(ctx.store, merge.id, ADA)).rejects.toMatchObject({ code: 'EDIT_REFUSED' });
    });

    it('keeps the verdict beside the status, and deletes a relationship but never its article', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      await setVerdict(ctx.store, REPRESENTS.id, 'ALLEGED', ADA);
      const [verdict] = await ctx.store.getVerdicts([REPRESENTS.id]);
      expect(verdict).toMatchObject({ status: 'ALLEGED', editor: 'Ada', note: ADA.note });
      expect((await relationsOf(ctx.store, ZHOVTIS.id)).find((r) => r.id === REPRESENTS.id)).toMatchObject({ status: 'REPORTED' });
      await deleteRelationship(ctx.store, REPRESENTS.id, ADA);
      expect((await relationsOf(ctx.store, ZHOVTIS.id)).some((r) => r.id === REPRESENTS.id)).toBe(false);
      expect(await ctx.store.getVerdicts([REPRESENTS.id])).toEqual([null]);
      expect(await ctx.store.getNodes([ARTICLE_A.id, ARTICLE_B.id])).toEqual([ARTICLE_A, ARTICLE_B]);
      const [history] = await ctx.store.getHistory([REPRESENTS.id], 10);
      expect(history.map((e) => e.action)).toEqual(['DELETE_RELATIONSHIP', 'VERDICT']);
      await expect(deleteRelationship(ctx.store, REPRESENTS.id, ADA)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    describe.each(STEPS)('is atomic: a failure after the %s step', (failAt) => {
      const failing: EditOptions = {
        onStep: (step) => {
          if (step === failAt) throw new Error(`boom at ${step}`);
        },
      };

      it('leaves the store exactly as before, history included', async () => {
        await write(ctx.store, DOCUMENT_A, DOCUMENT_B, DOCUMENT_C);
        const before = await snapshot(ctx.store);
        const merge = (s: EditSnapshot) => ({ change: emptyChange(newEditRecord(ADA, 'MERGE', [ZHOVTIS.id], 'x', {})), result: s });
        await expect(ctx.store.applyEdit({ entityIds: [ZHOVTIS.id], relationshipIds: [] }, merge, failing)).rejects.toThrow(
          `boom at ${failAt}`,
        );
        const { decideMerge } = await import('../../../src/editing/merge-entities.js');
        await expect(
          ctx.store.applyEdit(
            { entityIds: [ZHOVTIS.id, SCHOWTIS.id], relationshipIds: [] },
            (s) => decideMerge(s, ZHOVTIS.id, [SCHOWTIS.id], ADA, false),
            failing,
          ),
        ).rejects.toThrow(`boom at ${failAt}`);
        expect(await snapshot(ctx.store)).toEqual(before);
        expect(await ctx.store.getHistory([ZHOVTIS.id, SCHOWTIS.id], 5)).toEqual([[], []]);
        expect(await ctx.store.resolveMergedIds([SCHOWTIS.id])).toEqual([null]);
      });
    });

    it('serialises concurrent edits of one entity: no update is lost', async () => {
      await write(ctx.store, DOCUMENT_A);
      const names = Array.from({ length: 6 }, (_, i) => `Kushim ${i}`);
      await Promise.all(
        names.map((alias) =>
          ctx.store.applyEdit({ entityIds: [KUSHIM.id], relationshipIds: [] }, (s) => {
            const entity = s.entities.get(KUSHIM.id)!;
            const { mentions: _m, ...state } = entity;
            const edit = newEditRecord(ADA, 'UPDATE_ENTITY', [KUSHIM.id], `alias ${alias}`, {});
            return { change: { ...emptyChange(edit), putEntities: [{ ...state, aliases: [...state.aliases, alias] }] }, result: null };
          }),
        ),
      );
      const [kushim] = await ctx.store.getNodes([KUSHIM.id]);
      expect([...(kushim as { aliases: string[] }).aliases].sort()).toEqual(names);
      expect((await ctx.store.getHistory([KUSHIM.id], 10))[0]).toHaveLength(6);
    });

    it('lets one of two concurrent identical merges through and refuses the other: no duplicate, nothing lost', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B, DOCUMENT_C);
      const results = await Promise.allSettled(
        [0, 1].map(() => mergeEntities(ctx.store, { into: ZHOVTIS.id, from: [SCHOWTIS.id], dryRun: false }, ADA)),
      );
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'EDIT_REFUSED' } });
      const represents = (await relationsOf(ctx.store, ZHOVTIS.id)).filter((r) => r.type === 'REPRESENTS');
      expect(represents.map((r) => r.citations.length)).toEqual([3]);
      expect((await ctx.store.getHistory([SCHOWTIS.id], 10))[0]).toHaveLength(1);
    });

    it('updates an entity, keeping a renamed one findable by its old name', async () => {
      await write(ctx.store, DOCUMENT_A);
      await updateEntity(ctx.store, KUSHIM.id, { name: 'Dos Kushimov', roles: ['poet'] }, ADA);
      const [kushim] = await ctx.store.getNodes([KUSHIM.id]);
      expect(kushim).toMatchObject({ id: KUSHIM.id, name: 'Dos Kushimov', aliases: ['Dos Kushim'], roles: ['poet'] });
      expect((await ctx.store.searchCandidates({ query: 'Kushimov', types: null, first: 5 })).map((e) => e.id)).toContain(KUSHIM.id);
      await expect(updateEntity(ctx.store, KUSHIM.id, { kind: 'NGO' }, ADA)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  });
}
