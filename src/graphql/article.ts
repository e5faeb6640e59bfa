import type { ArticleRecord } from '../domain/entity.js';
import { builder } from './builder.js';
import { isArticleRecord } from './load.js';
import { PartialDateRef } from './partial-date.js';

export const ArticleRef = builder.node(builder.objectRef<ArticleRecord>('Article'), {
  description: 'A source: every citation quotes one.',
  id: { resolve: (a) => a.id },
  isTypeOf: isArticleRecord,
  fields: (t) => ({
    title: t.exposeString('title'),
    url: t.exposeString('url', { nullable: true }),
    author: t.exposeString('author', { nullable: true, description: 'the byline as printed; it may be a pseudonym' }),
    publisher: t.exposeString('publisher', { nullable: true }),
    publishedAt: t.field({ type: PartialDateRef, nullable: true, resolve: (a) => a.publishedAt }),
    text: t.exposeString('text', { description: 'the full text the citations quote' }),
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
