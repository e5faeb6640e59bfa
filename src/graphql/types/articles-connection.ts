import type { ArticleRecord } from '../../domain/entity.js';
import { isArticleId } from '../../domain/entity.js';
import { LIMITS } from '../arguments/argument-checks.js';
import { ArticleRef } from './article.js';
import { builder } from '../builder.js';
import { encodeCursor, fetchIdPage, pageInfoOf, type IdPage } from '../arguments/id-pages.js';

const ArticleEdgeRef = builder.objectRef<ArticleRecord>('ArticleEdge').implement({
  fields: (t) => ({
    cursor: t.string({ resolve: (a) => encodeCursor(a.id) }),
    node: t.field({ type: ArticleRef, resolve: (a) => a }),
  }),
});

const ArticleConnectionRef = builder.objectRef<IdPage<ArticleRecord>>('ArticleConnection').implement({
  fields: (t) => ({
    edges: t.field({ type: [ArticleEdgeRef], resolve: (page) => page.records }),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: pageInfoOf }),
    // counted only when asked for: a count is a whole scan on some stores
    totalCount: t.int({ description: 'all articles, on every page', resolve: (_page, _args, ctx) => ctx.store.countArticles() }),
  }),
});

builder.queryField('articles', (t) =>
  t.field({
    type: ArticleConnectionRef,
    description: `every article (the sources the citations quote), ordered by id; first is ${LIMITS.first.min}..${LIMITS.first.max}`,
    args: {
      first: t.arg.int({ defaultValue: 20 }),
      after: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => fetchIdPage(args, { isId: isArticleId, list: 'articles' }, (page) => ctx.store.listArticles(page)),
  }),
);
