import { ExtractionError } from '../domain/errors.js';
import { validateExtraction } from '../ingest/validate.js';
import type { ArticleSource, ExtractContext, ExtractionEngine, ExtractionResult } from './engine.js';
import { createLlmEngine } from './llm/llm-engine.js';
import { llmSettingsFromEnv } from './llm/settings.js';
import { offlineEngine } from './offline/offline-engine.js';
import { unanchoredQuotes } from './verbatim.js';

export const ENGINE_NAMES = ['offline', 'llm'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

interface ExtractOptions extends ExtractContext {
  engine: EngineName;
  /** the environment the LLM engine reads its settings from (KG_LLM_BASE_URL, ...); default process.env */
  env?: NodeJS.ProcessEnv;
}

/** The engine a user asked for; the LLM one only when its settings are complete. */
function chooseEngine(options: Pick<ExtractOptions, 'engine' | 'env'>): ExtractionEngine {
  if (options.engine === 'offline') return offlineEngine;
  const settings = llmSettingsFromEnv(options.env ?? process.env);
  return createLlmEngine(settings);
}

/**
 * Drafts an extraction of one article. The draft is checked before it is returned: it must validate as
 * kg-extraction/2 and every quote must be a verbatim substring of article.text. A draft that fails either
 * check is a defect of the engine, reported as such rather than handed to a reviewer.
 */
export async function extractArticle(article: ArticleSource, options: ExtractOptions): Promise<ExtractionResult> {
  const engine = chooseEngine(options);
  const started = performance.now();
  const result = await engine.extract(article, options);
  const { draft } = result;
  draft.draft = { ...draft.draft, engine: draft.draft?.engine ?? engine.name, tookMs: Math.round(performance.now() - started) };
  const loose = unanchoredQuotes(draft);
  if (loose.length > 0)
    throw new ExtractionError(
      `${article.source}: the ${engine.name} engine produced quotes not in the text: ${loose.slice(0, 3).join('; ')}`,
    );
  try {
    validateExtraction(draft, article.source);
  } catch (error) {
    throw new ExtractionError(`${article.source}: the ${engine.name} engine produced an invalid draft: ${(error as Error).message}`, error);
  }
  return result;
}
