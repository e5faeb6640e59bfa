import type { ArticleSummary } from '../../domain/entity.js';
import type { ArticleView } from './article-view.js';
import { builder } from '../builder.js';
import type { KgContext } from '../context.js';
import { loadArticle, loadArticleSummary } from '../loaders/resolver-reads.js';
import { isArticleRecord } from '../loaders/node-loader.js';
import { PartialDateRef } from './partial-date.js';

export type { ArticleView } from './article-view.js';

type SummaryField = Exclude<keyof ArticleSummary, 'id'>;

async function summaryField<K extends SummaryField>(a: ArticleView, key: K, ctx: KgContext): Promise<ArticleSummary[K]> {
  if (key in a) return (a as ArticleSummary)[key];
  return (await loadArticleSummary(ctx, a.id))[key];
}

export const ArticleRef = builder.node(builder.objectRef<ArticleView>('Article'), {
  description: 'A source: every citation quotes one.',
  id: { resolve: (a) => a.id },
  isTypeOf: isArticleRecord,
  fields: (t) => ({
    title: t.string({ resolve: (a, _args, ctx) => summaryField(a, 'title', ctx) }),
    url: t.string({ nullable: true, resolve: (a, _args, ctx) => summaryField(a, 'url', ctx) }),
    author: t.string({
      nullable: true,
      description: 'the byline as printed; it may be a pseudonym',
      resolve: (a, _args, ctx) => summaryField(a, 'author', ctx),
    }),
    publisher: t.string({ nullable: true, resolve: (a, _args, ctx) => summaryField(a, 'publisher', ctx) }),
    publishedAt: t.field({ type: PartialDateRef, nullable: true, resolve: (a, _args, ctx) => summaryField(a, 'publishedAt', ctx) }),
    text: t.string({
      description: 'the full text the citations quote',
      resolve: async (a, _args, ctx) => a.text ?? (await loadArticle(ctx, a.id)).text,
    }),
  }),
});

builder.queryField('article', (t) =>
  t.field({
    type: ArticleRef,
    nullable: true,
    description: 'An article by id; null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const node = await ctx.loaders.nodes.load(String(id));
      return isArticleRecord(node) ? node : null;
    },
  }),
);
