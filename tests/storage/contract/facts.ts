import { describe, expect, it } from 'vitest';
import { digestOf, emptyDigest, withFacts } from '../../../src/domain/entity-digest.js';
import { LEGACY_SOURCE, type ArticleFacts, type EntityFacts } from '../../../src/domain/entity-facts.js';
import type { ArticleRecord } from '../../../src/domain/entity.js';
import { relationshipSummaryOf } from '../../../src/domain/relationship.js';
import { mergeEntities } from '../../../src/editing/merge-entities.js';
import { undoMerge } from '../../../src/editing/undo-merge.js';
import { updateEntity } from '../../../src/editing/update-entity.js';
import type { DocumentWrite } from '../../../src/storage/graph-store.js';
import { ARTICLE_A, ARTICLE_B, DOCUMENT_A, DOCUMENT_B, DUVANOV, KUSHIM, ZHOVTIS } from '../fixtures.js';
import { snapshot, write, type ContractContext } from './harness.js';

const ADA = { editor: 'Ada', note: 'checked' };

const said = (article: ArticleRecord, name: string, roles: string[] = []): ArticleFacts => ({
  articleId: article.id,
  publishedAt: article.publishedAt,
  name,
  aliases: [],
  roles,
  kind: null,
  date: null,
});

const A_DUVANOV = said(ARTICLE_A, 'Sergei Duvanov', ['journalist']);
const A_ZHOVTIS = said(ARTICLE_A, 'Yevgeny Zhovtis', ['lawyer']);
const A_KUSHIM = said(ARTICLE_A, 'Dos Kushim');
const B_DUVANOV = said(ARTICLE_B, 'Sergey Duvanov');

const DOC_A: DocumentWrite = {
  ...DOCUMENT_A,
  facts: [
    { entityId: DUVANOV.id, facts: A_DUVANOV },
    { entityId: ZHOVTIS.id, facts: A_ZHOVTIS },
    { entityId: KUSHIM.id, facts: A_KUSHIM },
  ],
};
const DOC_B: DocumentWrite = { ...DOCUMENT_B, facts: [{ entityId: DUVANOV.id, facts: B_DUVANOV }] };

/** A document that names only Kushim, under his own article (so that merging him brings a source). */
const ARTICLE_K: ArticleRecord = { ...ARTICLE_B, id: 'article:k-kushim', title: 'Kushim' };
const K_KUSHIM = said(ARTICLE_K, 'Dos Kushim', ['poet']);

const factsOf = (ctx: ContractContext, ...ids: string[]) => ctx.store.getEntityFacts(ids);
const digestsOf = (ctx: ContractContext, ...ids: string[]) => ctx.store.getEntityDigests(ids);
/** Each entity's stored digest beside the fold of its stored facts: the two must agree wherever a digest is kept. */
const digestsAndFolds = async (ctx: ContractContext, ...ids: string[]) => {
  const [digests, facts] = await Promise.all([digestsOf(ctx, ...ids), factsOf(ctx, ...ids)]);
  return { digests, folds: facts.map((f) => (f.length > 0 ? digestOf(f) : null)) };
};

export function describeFacts(ctx: ContractContext): void {
  describe('what each source says of an entity (facts, one row per entity and source)', () => {
    it("keeps each article's facts apart: a document writes its own, replaces them when written again and drops those it no longer gives", async () => {
      await write(ctx.store, DOC_A, DOC_B);
      expect(await factsOf(ctx, DUVANOV.id, ZHOVTIS.id, 'person:nobody')).toEqual([[A_DUVANOV, B_DUVANOV], [A_ZHOVTIS], []]);
      // a corrected version of A: Duvanov under another name, Zhovtis and Kushim no longer named
      const corrected = { ...A_DUVANOV, name: 'S. Duvanov' };
      await write(ctx.store, { ...DOC_A, facts: [{ entityId: DUVANOV.id, facts: corrected }] });
      expect(await factsOf(ctx, DUVANOV.id, ZHOVTIS.id, KUSHIM.id)).toEqual([[corrected, B_DUVANOV], [], []]);
      // a document without facts takes all of its article's back
      await write(ctx.store, { ...DOC_B, facts: undefined });
      expect(await factsOf(ctx, DUVANOV.id)).toEqual([[corrected]]);
    });

    it("takes legacy facts beside the article's, keeps them when the article is written again, and refuses another article's", async () => {
      const legacy: ArticleFacts = { ...said(ARTICLE_A, 'Dos Kushim'), articleId: LEGACY_SOURCE, publishedAt: null };
      await write(ctx.store, { ...DOC_A, facts: [...DOC_A.facts!, { entityId: KUSHIM.id, facts: legacy }] });
      await write(ctx.store, { ...DOC_A, facts: [{ entityId: DUVANOV.id, facts: A_DUVANOV }] });
      expect(await factsOf(ctx, KUSHIM.id)).toEqual([[legacy]]);
      const before = await snapshot(ctx.store);
      await expect(write(ctx.store, { ...DOC_A, facts: [{ entityId: DUVANOV.id, facts: B_DUVANOV }] })).rejects.toMatchObject({
        code: 'UNIQUENESS_VIOLATION',
      });
      expect(await snapshot(ctx.store)).toEqual(before);
      expect(await factsOf(ctx, DUVANOV.id)).toEqual([[A_DUVANOV]]);
    });

    it("moves an entity's facts with it when a document renames it", async () => {
      await write(ctx.store, DOC_A, DOC_B);
      const renamed = { ...KUSHIM, id: 'person:dos-kushimov', name: 'Dos Kushimov' };
      const kushimov = { ...said(ARTICLE_B, 'Dos Kushimov') };
      await write(ctx.store, {
        ...DOC_B,
        renames: [{ from: KUSHIM.id, to: renamed.id }],
        entities: [...DOCUMENT_B.entities, renamed],
        facts: [...DOC_B.facts!, { entityId: renamed.id, facts: kushimov }],
      });
      expect(await factsOf(ctx, KUSHIM.id, renamed.id)).toEqual([[], [A_KUSHIM, kushimov]]);
    });

    it('removes the facts of an entity a document deletes, and keeps those of one a relationship still holds', async () => {
      const bZhovtis = said(ARTICLE_B, 'Ewgenij Schowtis');
      await write(ctx.store, DOC_A, { ...DOC_B, facts: [{ entityId: ZHOVTIS.id, facts: bZhovtis }] });
      // A no longer names Kushim nor Zhovtis; Zhovtis is still held by his relationships (and B names him)
      await write(ctx.store, { ...DOC_A, facts: [{ entityId: DUVANOV.id, facts: A_DUVANOV }], deleteEntities: [KUSHIM.id, ZHOVTIS.id] });
      expect(await ctx.store.getNodes([KUSHIM.id, ZHOVTIS.id])).toEqual([null, expect.objectContaining({ id: ZHOVTIS.id })]);
      expect(await factsOf(ctx, KUSHIM.id, ZHOVTIS.id)).toEqual([[], [bZhovtis]]);
      // a new entity under the deleted one's id starts with no sources
      await write(ctx.store, { ...DOC_B, entities: [...DOCUMENT_B.entities, KUSHIM] });
      expect(await factsOf(ctx, KUSHIM.id)).toEqual([[]]);
    });

    it("an editor's merge gives the survivor every source of the merged entity, and its undo gives each its own back exactly", async () => {
      await write(ctx.store, DOC_A, DOC_B, {
        article: ARTICLE_K,
        entities: [KUSHIM],
        mentions: [],
        relationships: [],
        facts: [{ entityId: KUSHIM.id, facts: K_KUSHIM }],
      });
      const before = await factsOf(ctx, ZHOVTIS.id, KUSHIM.id);
      expect(before).toEqual([[A_ZHOVTIS], [A_KUSHIM, K_KUSHIM]]);
      await mergeEntities(ctx.store, { into: ZHOVTIS.id, from: [KUSHIM.id], dryRun: false }, ADA);
      // two sources of one article (A named both) are both kept
      expect(await factsOf(ctx, ZHOVTIS.id, KUSHIM.id)).toEqual([[A_ZHOVTIS, A_KUSHIM, K_KUSHIM], []]);
      const [[merge]] = await ctx.store.getHistory([KUSHIM.id], 1);
      await undoMerge(ctx.store, merge.id, ADA);
      expect(await factsOf(ctx, ZHOVTIS.id, KUSHIM.id)).toEqual(before);
    });

    it("an editor's update is one more source, beside the articles' which stay as they were", async () => {
      await write(ctx.store, DOC_A, {
        article: ARTICLE_K,
        entities: [KUSHIM],
        mentions: [],
        relationships: [],
        facts: [{ entityId: KUSHIM.id, facts: K_KUSHIM }],
      });
      await updateEntity(ctx.store, KUSHIM.id, { roles: ['poet', 'activist'] }, ADA);
      const [facts] = await factsOf(ctx, KUSHIM.id);
      expect(facts.filter((f: EntityFacts) => f.articleId !== null)).toEqual([A_KUSHIM, K_KUSHIM]);
      expect(facts.filter((f: EntityFacts) => f.articleId === null)).toEqual([
        expect.objectContaining({ articleId: null, roles: ['poet', 'activist'] }),
      ]);
      // an article written again leaves the editor's word in place
      await write(ctx.store, DOC_A);
      expect((await factsOf(ctx, KUSHIM.id))[0]).toEqual(facts);
    });
  });

  describe("the digest of an entity's facts (one more row, folded from the others)", () => {
    const withDigests = (doc: DocumentWrite): DocumentWrite => ({
      ...doc,
      digests: (doc.facts ?? []).map(({ entityId, facts }) => ({ entityId, digest: withFacts(emptyDigest(), facts) })),
    });

    it("is written as a document gives it, read by entity, and never read back as a source's facts", async () => {
      await write(ctx.store, withDigests(DOC_A));
      expect(await digestsOf(ctx, DUVANOV.id, 'person:nobody', KUSHIM.id)).toEqual([digestOf([A_DUVANOV]), null, digestOf([A_KUSHIM])]);
      expect(await factsOf(ctx, DUVANOV.id)).toEqual([[A_DUVANOV]]);
      // the next document replaces it with the fold it gives
      const folded = digestOf([A_DUVANOV, B_DUVANOV]);
      await write(ctx.store, { ...DOC_B, digests: [{ entityId: DUVANOV.id, digest: folded }] });
      expect(await digestsOf(ctx, DUVANOV.id)).toEqual([folded]);
      expect(await factsOf(ctx, DUVANOV.id)).toEqual([[A_DUVANOV, B_DUVANOV]]);
      expect(await ctx.store.getEntityDigests([])).toEqual([]);
    });

    it('moves with its entity when a document renames it', async () => {
      await write(ctx.store, withDigests(DOC_A));
      const renamed = { ...KUSHIM, id: 'person:dos-kushimov', name: 'Dos Kushimov' };
      await write(ctx.store, { ...DOC_B, renames: [{ from: KUSHIM.id, to: renamed.id }], entities: [...DOCUMENT_B.entities, renamed] });
      expect(await digestsOf(ctx, KUSHIM.id, renamed.id)).toEqual([null, digestOf([A_KUSHIM])]);
    });

    it('goes with an entity a document deletes, even one a relationship still holds (it has no source left)', async () => {
      await write(ctx.store, withDigests(DOC_A));
      await write(ctx.store, { ...DOC_A, facts: [{ entityId: DUVANOV.id, facts: A_DUVANOV }], deleteEntities: [KUSHIM.id, ZHOVTIS.id] });
      expect(await ctx.store.getNodes([ZHOVTIS.id])).toEqual([expect.objectContaining({ id: ZHOVTIS.id })]);
      expect(await digestsOf(ctx, KUSHIM.id, ZHOVTIS.id, DUVANOV.id)).toEqual([null, null, digestOf([A_DUVANOV])]);
    });

    it('relationship summaries are the relationships by id without their citations, null where none is stored', async () => {
      await write(ctx.store, DOC_A, DOC_B);
      const ids = [...new Set([...DOC_A.relationships, ...DOC_B.relationships].map((r) => r.id))];
      const whole = await ctx.store.getRelationshipsById([...ids, 'rel:nothing']);
      expect(whole.filter((r) => r && r.citations.length > 0)).toHaveLength(ids.length);
      expect(await ctx.store.getRelationshipSummaries([...ids, 'rel:nothing'])).toEqual(whole.map((r) => r && relationshipSummaryOf(r)));
      expect(await ctx.store.getRelationshipSummaries([])).toEqual([]);
    });

    it("is folded again from the rows by an editor's merge, its undo and an update", async () => {
      await write(ctx.store, withDigests(DOC_A), {
        article: ARTICLE_K,
        entities: [KUSHIM],
        mentions: [],
        relationships: [],
        facts: [{ entityId: KUSHIM.id, facts: K_KUSHIM }],
      });
      await mergeEntities(ctx.store, { into: ZHOVTIS.id, from: [KUSHIM.id], dryRun: false }, ADA);
      const merged = await digestsAndFolds(ctx, ZHOVTIS.id, KUSHIM.id);
      expect(merged.digests).toEqual([digestOf([A_ZHOVTIS, A_KUSHIM, K_KUSHIM]), null]);
      expect(merged.digests).toEqual(merged.folds);
      const [[merge]] = await ctx.store.getHistory([KUSHIM.id], 1);
      await undoMerge(ctx.store, merge.id, ADA);
      const undone = await digestsAndFolds(ctx, ZHOVTIS.id, KUSHIM.id);
      expect(undone.digests).toEqual([digestOf([A_ZHOVTIS]), digestOf([A_KUSHIM, K_KUSHIM])]);
      expect(undone.digests).toEqual(undone.folds);
      await updateEntity(ctx.store, KUSHIM.id, { roles: ['poet', 'activist'] }, ADA);
      const updated = await digestsAndFolds(ctx, KUSHIM.id);
      expect(updated.digests[0]?.editor).toMatchObject({ roles: ['poet', 'activist'] });
      expect(updated.digests).toEqual(updated.folds);
    });
  });
}
