import type { Attribution, ClaimCitation } from '../../domain/claims.js';
import type { Citation } from '../../domain/entity.js';
import { ArticleRef } from './article.js';
import { builder } from '../builder.js';
import { CitationRef, EntityRef } from './refs.js';
import { ClaimStatusEnum } from './enums.js';
import { loadArticle, loadArticleSummary } from '../loaders/resolver-reads.js';
import { selectedFieldNames } from '../loaders/selection.js';
import { currentEntities } from '../loaders/redirects.js';

export const AttributionRef = builder.objectRef<Attribution>('Attribution').implement({
  description:
    "Who, according to an article, says something: a known entity, or an unnamed source as the article describes it ('his supporters', 'the prosecution').",
  fields: (t) => ({
    name: t.exposeString('name', { description: 'as the article names or describes them' }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'the entity, where the source is one; null for an unnamed source',
      // the id the entity had when the article came in: merged or renamed since, it answers with the entity it
      // became; deleted since, the source's name stands without a link
      resolve: async (a, _args, ctx) => (a.entityId ? (await currentEntities(ctx, [a.entityId]))[0] : null),
    }),
  }),
});

/** A mention of an entity is a citation too, with no status of its own: it only says the entity is named there. */
const statusOf = (c: Citation) => ('status' in c ? (c as ClaimCitation).status : 'REPORTED');

export { CitationRef };

CitationRef.implement({
  description:
    'A verbatim quote from an article that supports a fact, with the status that article gives the fact and who, there, says so.',
  fields: (t) => ({
    quote: t.exposeString('quote'),
    article: t.field({
      type: ArticleRef,
      // the citation holds the article's id: asked for nothing else, the article is not read at all, and
      // its text (the longest thing in the store) only when selected
      resolve: (c, _args, ctx, info) => {
        const wanted = selectedFieldNames(info);
        if ([...wanted].every((name) => name === 'id' || name === '__typename')) return { id: c.articleId };
        return wanted.has('text') ? loadArticle(ctx, c.articleId) : loadArticleSummary(ctx, c.articleId);
      },
    }),
    status: t.field({
      type: ClaimStatusEnum,
      description: 'the status this source gives the fact (REPORTED for a mention of an entity)',
      resolve: statusOf,
    }),
    saidBy: t.field({
      type: AttributionRef,
      nullable: true,
      description: 'who, according to the article, says so; null where the article states it in its own voice',
      resolve: (c) => ('saidBy' in c ? (c as ClaimCitation).saidBy : null),
    }),
  }),
});
