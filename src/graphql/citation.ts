import type { Citation } from '../domain/entity.js';
import { ArticleRef } from './article.js';
import { builder } from './builder.js';
import { loadArticle } from './load.js';

export const CitationRef = builder.objectRef<Citation>('Citation').implement({
  description: 'A verbatim quote from an article that supports a fact.',
  fields: (t) => ({
    quote: t.exposeString('quote'),
    article: t.field({ type: ArticleRef, resolve: (c, _args, ctx) => loadArticle(ctx, c.articleId) }),
  }),
});
