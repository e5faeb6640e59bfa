import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../src/domain/entity.js';
import type { DocumentWrite } from '../../../src/storage/graph-store.js';
import { ALL_ENTITY_IDS, ARTICLE_A, ARTICLE_B, DOCUMENT_A, DOCUMENT_B, DUVANOV, KIBHR, NAZARBAEV, TRIAL } from '../fixtures.js';
import { ids, write, type ContractContext } from './harness.js';

/** A document that only adds an article, so pages of articles have more than the fixtures' two. */
const articleOnly = (id: string, title: string): DocumentWrite => ({
  article: { ...ARTICLE_B, id, title },
  entities: [],
  mentions: [],
  relationships: [],
});
// written out of id order, so a page in write order would fail
const EXTRA_ARTICLES = [
  articleOnly('article:z-last', 'Last'),
  articleOnly('article:ab-between', 'Between'),
  articleOnly('article:0-first', 'First'),
];
const ALL_ARTICLES: ArticleRecord[] = [ARTICLE_A, ARTICLE_B, ...EXTRA_ARTICLES.map((d) => d.article)].sort((a, b) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
);

export function describeNodesAndPages(ctx: ContractContext): void {
  describe('getNodes', () => {
    it('answers in key order, mixing entities and articles, with null for what does not exist', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const keys = [TRIAL.id, ARTICLE_B.id, 'person:nobody', DUVANOV.id, 'article:missing', TRIAL.id, 'no-prefix'];
      const nodes = await ctx.store.getNodes(keys);
      expect(nodes.map((n) => n?.id ?? null)).toEqual([TRIAL.id, ARTICLE_B.id, null, DUVANOV.id, null, TRIAL.id, null]);
    });

    it("returns records exactly as written, without mentions or the sources' facts", async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const [duvanov, kibhr, nazarbaev, articleA, articleB] = await ctx.store.getNodes([
        DUVANOV.id,
        KIBHR.id,
        NAZARBAEV.id,
        ARTICLE_A.id,
        ARTICLE_B.id,
      ]);
      expect(duvanov).toEqual(DUVANOV);
      expect(kibhr).toEqual(KIBHR);
      expect(nazarbaev).toEqual(NAZARBAEV);
      expect(articleA).toEqual(ARTICLE_A);
      expect(articleB).toEqual(ARTICLE_B);
    });

    it('reads articles without their text when asked to, entities unchanged', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const keys = [ARTICLE_B.id, 'article:missing', DUVANOV.id, ARTICLE_A.id, ARTICLE_B.id];
      const summary = ({ text: _text, ...rest }: ArticleRecord) => rest;
      expect(await ctx.store.getNodes(keys, { articleText: false })).toEqual([
        summary(ARTICLE_B),
        null,
        DUVANOV,
        summary(ARTICLE_A),
        summary(ARTICLE_B),
      ]);
      expect(await ctx.store.getNodes(keys, { articleText: true })).toEqual([ARTICLE_B, null, DUVANOV, ARTICLE_A, ARTICLE_B]);
      expect(await ctx.store.getNodes([], { articleText: false })).toEqual([]);
    });
  });

  describe('getMentions', () => {
    it('gives each entity its mentions ordered by article id, then quote, [] where none, in key order', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const mentions = await ctx.store.getMentions([DUVANOV.id, KIBHR.id, NAZARBAEV.id, 'person:nobody', DUVANOV.id]);
      const duvanov = [
        { articleId: ARTICLE_A.id, quote: 'Duvanov, a journalist' },
        { articleId: ARTICLE_A.id, quote: 'Sergei Duvanov was arrested' },
        { articleId: ARTICLE_B.id, quote: 'The trial of Duvanov' },
      ];
      expect(mentions).toEqual([duvanov, [], [{ articleId: ARTICLE_B.id, quote: 'President Nazarbayev' }], [], duvanov]);
      expect(await ctx.store.getMentions([])).toEqual([]);
    });

    it('answers an empty batch with an empty list', async () => {
      expect(await ctx.store.getNodes([])).toEqual([]);
    });
  });

  describe('listEntities', () => {
    const everything = async (type: 'PERSON' | null, first: number) => {
      const seen: string[] = [];
      for (let after: string | null = null; ; ) {
        const page = await ctx.store.listEntities({ type, after, first });
        expect(page.length).toBeLessThanOrEqual(first);
        if (page.length === 0) return seen;
        seen.push(...ids(page));
        after = page[page.length - 1].id;
      }
    };

    it('pages through every entity in id order, with no gaps or repeats', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      for (const first of [1, 2, 4, 100]) expect(await everything(null, first)).toEqual([...ALL_ENTITY_IDS].sort());
    });

    it('pages through one type', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      const people = ALL_ENTITY_IDS.filter((id) => id.startsWith('person:')).sort();
      expect(await everything('PERSON', 3)).toEqual(people);
      const page = await ctx.store.listEntities({ type: 'EVENT', after: null, first: 10 });
      expect(page).toEqual([TRIAL]);
    });

    it('starts after an id that need not exist, and gives nothing for first 0', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      expect(ids(await ctx.store.listEntities({ type: null, after: 'person:m', first: 100 }))).toEqual(
        ALL_ENTITY_IDS.filter((id) => id > 'person:m').sort(),
      );
      expect(await ctx.store.listEntities({ type: null, after: null, first: 0 })).toEqual([]);
    });
  });

  describe('listArticles', () => {
    const everything = async (first: number) => {
      const seen: ArticleRecord[] = [];
      for (let after: string | null = null; ; ) {
        const page: ArticleRecord[] = await ctx.store.listArticles({ after, first });
        expect(page.length).toBeLessThanOrEqual(first);
        if (page.length === 0) return seen;
        seen.push(...page);
        after = page[page.length - 1].id;
      }
    };
    const writeAll = () => write(ctx.store, EXTRA_ARTICLES[0], DOCUMENT_B, EXTRA_ARTICLES[1], DOCUMENT_A, EXTRA_ARTICLES[2]);

    it('pages through every article in id order, with no gaps or repeats, each as written', async () => {
      await writeAll();
      for (const first of [1, 2, 3, 100]) expect(await everything(first)).toEqual(ALL_ARTICLES);
    });

    it('gives at most first articles, the lowest ids after `after`', async () => {
      await writeAll();
      expect(ids(await ctx.store.listArticles({ after: null, first: 2 }))).toEqual(ids(ALL_ARTICLES.slice(0, 2)));
      expect(ids(await ctx.store.listArticles({ after: ALL_ARTICLES[1].id, first: 2 }))).toEqual(ids(ALL_ARTICLES.slice(2, 4)));
      expect(ids(await ctx.store.listArticles({ after: 'article:b', first: 100 }))).toEqual(
        ids(ALL_ARTICLES).filter((id) => id > 'article:b'),
      );
    });

    it('gives nothing after the last id, for first 0, or in an empty store', async () => {
      expect(await ctx.store.listArticles({ after: null, first: 10 })).toEqual([]);
      await writeAll();
      expect(await ctx.store.listArticles({ after: ALL_ARTICLES[ALL_ARTICLES.length - 1].id, first: 10 })).toEqual([]);
      expect(await ctx.store.listArticles({ after: 'article:zzz', first: 10 })).toEqual([]);
      expect(await ctx.store.listArticles({ after: null, first: 0 })).toEqual([]);
    });
  });

  describe('countEntities and countArticles', () => {
    it('count zero in an empty store', async () => {
      expect(await ctx.store.countEntities(null)).toBe(0);
      expect(await ctx.store.countArticles()).toBe(0);
    });

    it('count everything and each type', async () => {
      await write(ctx.store, DOCUMENT_A, DOCUMENT_B);
      expect(await ctx.store.countEntities(null)).toBe(9);
      expect(await ctx.store.countEntities('PERSON')).toBe(4);
      expect(await ctx.store.countEntities('ORGANISATION')).toBe(2);
      expect(await ctx.store.countEntities('EVENT')).toBe(1);
      expect(await ctx.store.countEntities('PLACE')).toBe(2);
      expect(await ctx.store.countArticles()).toBe(2);
    });
  });
}
