import { ValidationError, type ValidationProblem } from '../../domain/errors.js';
import { articleIdFor } from '../../domain/ids.js';
import { validateExtraction } from '../../ingest/validate.js';
import { builder } from '../builder.js';
import { requireEditor } from '../errors/editor-access.js';
import { JSONScalar } from '../types/json-scalar.js';

/** As many problems as a reviewer can act on at once; the count says when there are more. */
const MAX_PROBLEMS = 200;

interface DraftCheck {
  problems: ValidationProblem[];
  problemCount: number;
  articleId: string | null;
  alreadyIngested: boolean;
}

const ProblemRef = builder.objectRef<ValidationProblem>('DocumentProblem').implement({
  description: 'One validation problem, as `kg ingest --dry-run` prints it: a JSON path into the document and what is wrong.',
  fields: (t) => ({ path: t.exposeString('path'), message: t.exposeString('message') }),
});

const DraftCheckRef = builder.objectRef<DraftCheck>('DraftCheck').implement({
  fields: (t) => ({
    problems: t.field({ type: [ProblemRef], resolve: (c) => c.problems }),
    problemCount: t.exposeInt('problemCount'),
    articleId: t.exposeID('articleId', { nullable: true, description: 'null while the article has no title' }),
    alreadyIngested: t.exposeBoolean('alreadyIngested', {
      description: 'the graph holds this article already (ingested since it was drafted, perhaps)',
    }),
  }),
});

function articleOf(document: unknown): { title: string; url?: string } | null {
  const article = (document as { article?: { title?: unknown; url?: unknown } } | null)?.article;
  if (typeof article?.title !== 'string' || article.title.trim() === '') return null;
  return { title: article.title.trim(), url: typeof article.url === 'string' ? article.url : undefined };
}

builder.queryField('checkArticleDraft', (t) =>
  t.field({
    type: DraftCheckRef,
    description:
      'Validates an extraction document as ingestArticle would, without writing, and says whether its article is in the graph already. Editors only.',
    args: { document: t.arg({ type: JSONScalar, required: true }) },
    resolve: async (_root, { document }, ctx) => {
      requireEditor(ctx);
      let problems: ValidationProblem[] = [];
      try {
        validateExtraction(document, 'document');
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        problems = error.problems;
      }
      const article = articleOf(document);
      const articleId = article ? articleIdFor(article) : null;
      const alreadyIngested = articleId !== null && (await ctx.loaders.nodes.loadArticleSummary(articleId)) !== null;
      return { problems: problems.slice(0, MAX_PROBLEMS), problemCount: problems.length, articleId, alreadyIngested };
    },
  }),
);
