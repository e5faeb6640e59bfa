import { ExtractionError } from '../../domain/errors.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../domain/vocabulary.js';
import { articleFromContent, type ArticleContentKind } from '../../extract/article-content.js';
import { checkEnglish } from '../../extract/article-language.js';
import { httpUrl, parsePublished, type ArticleOverrides } from '../../extract/article-metadata.js';
import { extractArticle } from '../../extract/extract.js';
import { storeGazetteer } from '../../extract/store-gazetteer.js';
import type { DraftDocument } from '../../ingest/extraction-format.js';
import { articleIdFor } from '../../domain/ids.js';
import { badUserInput } from '../errors/input-errors.js';
import { builder } from '../builder.js';
import type { KgContext } from '../context.js';
import { requireEditor } from '../errors/editor-access.js';
import { GraphQLError } from '../graphql-js.js';
import { JSONScalar } from '../types/json-scalar.js';

/**
 * An article's content in one request: well under KG_MAX_DOCUMENT_BYTES, since the offline engine's time
 * grows with the text and a request has the server's time limit (KG_REQUEST_TIMEOUT_MS).
 */
const DRAFT_MAX_CONTENT_BYTES = 512 * 1024;
/** The engine is stopped after this long, so a slow LLM answers with a clear error rather than a cut connection. */
const DRAFT_TIME_LIMIT_MS = 25_000;

const ArticleKindEnum = builder.enumType('ArticleContentKind', { values: ['TEXT', 'MARKDOWN', 'HTML'] as const });
const EngineEnum = builder.enumType('ExtractionEngine', {
  values: ['OFFLINE', 'LLM'] as const,
  description: 'OFFLINE: English, no network; LLM: the OpenAI-compatible endpoint of KG_LLM_BASE_URL, where configured',
});

const DraftArticleInput = builder.inputType('DraftArticleInput', {
  fields: (t) => ({
    content: t.string({
      required: true,
      description: `the article: pasted text or an uploaded file's content (at most ${DRAFT_MAX_CONTENT_BYTES} bytes)`,
    }),
    kind: t.field({ type: ArticleKindEnum, defaultValue: 'TEXT', description: 'how to read content: as a .txt, .md or saved .html file' }),
    title: t.string(),
    author: t.string(),
    publisher: t.string(),
    publishedAt: t.string({ description: 'YYYY-MM-DD, YYYY-MM or YYYY' }),
    url: t.string({ description: 'an http(s) address' }),
    engine: t.field({ type: EngineEnum, defaultValue: 'OFFLINE' }),
  }),
});

interface ArticleDraft {
  draft: DraftDocument;
  articleId: string;
  alreadyIngested: boolean;
}

const ArticleDraftRef = builder.objectRef<ArticleDraft>('ArticleDraft').implement({
  description: 'A kg-extraction/2 draft for review: nothing of it is in the graph until sent to ingestArticle.',
  fields: (t) => ({
    draft: t.field({
      type: JSONScalar,
      resolve: (d) => d.draft,
      description: "the document, with each item's confidence, spans and possible matches",
    }),
    warnings: t.stringList({ resolve: (d) => d.draft.draft?.warnings ?? [] }),
    articleId: t.exposeID('articleId', { description: 'the id the article will have once ingested' }),
    alreadyIngested: t.exposeBoolean('alreadyIngested', {
      description: 'the graph already holds this article: ingesting again replaces what it said',
    }),
    relationshipTypes: t.stringList({ resolve: () => RELATIONSHIP_TYPE_NAMES, description: 'the vocabulary a reviewer may choose from' }),
  }),
});

type Input = typeof DraftArticleInput.$inferInput;

function overridesOf(input: Input): ArticleOverrides {
  const text = (value: string | null | undefined) => value?.trim() || undefined;
  const overrides: ArticleOverrides = { title: text(input.title), author: text(input.author), publisher: text(input.publisher) };
  if (text(input.publishedAt)) {
    overrides.publishedAt = parsePublished(input.publishedAt!) ?? undefined;
    if (!overrides.publishedAt) throw badUserInput('input.publishedAt', 'is not a date; give it as YYYY-MM-DD, YYYY-MM or YYYY.');
  }
  if (text(input.url)) {
    overrides.url = httpUrl(input.url!) ?? undefined;
    if (!overrides.url)
      throw badUserInput('input.url', "is not an http(s) URL; give the article's address, like https://example.org/story.");
  }
  return overrides;
}

async function draftOf(input: Input, ctx: KgContext): Promise<ArticleDraft> {
  if (Buffer.byteLength(input.content, 'utf8') > DRAFT_MAX_CONTENT_BYTES) {
    throw badUserInput(
      'input.content',
      `is longer than ${DRAFT_MAX_CONTENT_BYTES} bytes; split the article, or draft it with \`kg extract\`.`,
    );
  }
  const engine = input.engine === 'LLM' ? 'llm' : 'offline';
  const article = articleFromContent(
    'the article',
    input.content,
    (input.kind ?? 'TEXT').toLowerCase() as ArticleContentKind,
    overridesOf(input),
  );
  if (engine === 'offline') checkEnglish('the article', article.text);
  const signal = AbortSignal.timeout(DRAFT_TIME_LIMIT_MS);
  const { draft } = await extractArticle(article, { engine, gazetteer: storeGazetteer(ctx.store), signal });
  const articleId = articleIdFor({ title: draft.article.title, url: draft.article.url });
  return { draft, articleId, alreadyIngested: (await ctx.loaders.nodes.loadArticleSummary(articleId)) !== null };
}

builder.mutationField('draftArticle', (t) =>
  t.field({
    type: ArticleDraftRef,
    description: 'Drafts an extraction of an article (as `kg extract` does) for an editor to review; writes nothing. Editors only.',
    args: { input: t.arg({ type: DraftArticleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      requireEditor(ctx);
      try {
        return await draftOf(input, ctx);
      } catch (error) {
        // an engine's refusal is for the editor (what is wrong and what to do); anything else is masked
        if (error instanceof ExtractionError) throw new GraphQLError(error.message.slice(0, 500), { extensions: { code: error.code } });
        throw error;
      }
    },
  }),
);
