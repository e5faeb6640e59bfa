import { describe, expect, it } from 'vitest';
import { newEditRecord } from '../../../src/domain/editing.js';
import { setVerdict } from '../../../src/editing/relationship-edits.js';
import type { DocumentWrite, GraphStore } from '../../../src/storage/graph-store.js';
import { DOCUMENT_A, DOCUMENT_B, REPRESENTS } from '../fixtures.js';
import type { ContractContext } from './harness.js';

const ADA = { editor: 'Ada', note: 'checked against the court record' };
const kept = (doc: DocumentWrite, text: string): DocumentWrite => ({ ...doc, document: text });

async function allEdits(store: GraphStore, first: number) {
  const ids: string[] = [];
  for (let after: string | null = null; ; ) {
    const page = await store.listEdits({ after, first });
    ids.push(...page.map((e) => e.id));
    if (page.length < first) return ids;
    after = page[page.length - 1].id;
  }
}

/** The documents a dump replays, and the edits in the order to replay them (ingested-documents.ts). */
export function describeIngestedDocuments(ctx: ContractContext): void {
  describe('documents as ingested, and edits in order (for dumps)', () => {
    it('keeps every document written, each version of a replaced article, in write order', async () => {
      await ctx.store.writeDocument(kept(DOCUMENT_A, '{"v":1}'));
      await ctx.store.writeDocument(kept(DOCUMENT_B, '{"b":"ü \\u2028 \\"quoted\\""}'));
      await ctx.store.writeDocument(kept(DOCUMENT_A, '{"v":2}'));
      const docs = await ctx.store.listIngestedDocuments({ after: null, first: 10 });
      expect(docs.map((d) => [d.articleId, d.document, d.editId, d.afterEdit])).toEqual([
        [DOCUMENT_A.article.id, '{"v":1}', null, null],
        [DOCUMENT_B.article.id, '{"b":"ü \\u2028 \\"quoted\\""}', null, null],
        [DOCUMENT_A.article.id, '{"v":2}', null, null],
      ]);
      expect(docs[0].position).toBeLessThan(docs[1].position);
      const rest = await ctx.store.listIngestedDocuments({ after: docs[0].position, first: 1 });
      expect(rest.map((d) => d.document)).toEqual(['{"b":"ü \\u2028 \\"quoted\\""}']);
      expect(await ctx.store.countArticlesWithoutDocument()).toBe(0);
    });

    it('keeps nothing for a dry run, a failed write, or a write without a document', async () => {
      await ctx.store.writeDocument(kept(DOCUMENT_A, '{}'), { rollback: true });
      await expect(
        ctx.store.writeDocument(kept(DOCUMENT_A, '{}'), {
          onStep: () => {
            throw new Error('boom');
          },
        }),
      ).rejects.toThrow('boom');
      await ctx.store.writeDocument(DOCUMENT_B);
      expect(await ctx.store.listIngestedDocuments({ after: null, first: 10 })).toEqual([]);
      expect(await ctx.store.countArticlesWithoutDocument()).toBe(1);
    });

    it('lists edits oldest first, page by page, and places each document after the newest edit before it', async () => {
      const ingest = newEditRecord(ADA, 'INGEST', [DOCUMENT_A.article.id], 'ingested', {});
      await ctx.store.writeDocument({ ...kept(DOCUMENT_A, '{"a":1}'), edit: ingest });
      const verdicts = [];
      for (const status of ['CONFIRMED', 'DENIED', null] as const) {
        await setVerdict(ctx.store, REPRESENTS.id, status, ADA);
        verdicts.push((await ctx.store.getHistory([REPRESENTS.id], 1))[0][0].id);
      }
      await ctx.store.writeDocument(kept(DOCUMENT_B, '{"b":1}'));
      expect(await allEdits(ctx.store, 2)).toEqual([ingest.id, ...verdicts]);
      expect((await ctx.store.listEdits({ after: null, first: 1 }))[0]).toEqual(ingest);
      const docs = await ctx.store.listIngestedDocuments({ after: null, first: 10 });
      expect(docs.map((d) => [d.editId, d.afterEdit])).toEqual([
        [ingest.id, null],
        [null, verdicts[2]],
      ]);
    });
  });
}
