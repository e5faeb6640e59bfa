import type { DraftDocument } from '../../ingest/extraction-format.js';
import type { ArticleSource, ExtractContext, ExtractionEngine, ExtractionResult } from '../engine.js';
import { articleParts } from './article-parts.js';
import { addMatches, addSpans } from './draft-notes.js';
import { dropInvalidItems } from './drop-invalid.js';
import { createLlmClient, type LlmClient } from './llm-client.js';
import { mergeParts } from './merge-parts.js';
import { extractPart, type PartDraft } from './repair-loop.js';
import type { LlmSettings } from './settings.js';

/**
 * The LLM engine: any OpenAI-compatible endpoint, asked for the article part by part in a strict JSON
 * schema derived from the format, each part repaired against the validator, the parts merged, every quote
 * held to the text, what is still invalid dropped, and every change reported in the draft's warnings.
 */
export function createLlmEngine(settings: LlmSettings): ExtractionEngine {
  const name = `llm:${settings.model}`;
  let client: LlmClient | undefined;
  return {
    name,
    async extract(article: ArticleSource, context: ExtractContext): Promise<ExtractionResult> {
      client ??= createLlmClient(settings);
      const parts = await draftParts(client, article, settings, context);
      const draft = mergeParts(parts.map((p) => p.draft));
      const warnings = parts.flatMap((p, i) => p.warnings.map((w) => (parts.length > 1 ? `part ${i + 1}: ${w}` : w)));
      warnings.push(...dropInvalidItems(draft, article.source));
      addSpans(draft);
      await addMatches(draft, context.gazetteer);
      const tokens = {
        prompt: parts.reduce((sum, p) => sum + p.tokens.prompt, 0),
        completion: parts.reduce((sum, p) => sum + p.tokens.completion, 0),
      };
      const { format, article: articleBlock, actors, entities, events, relationships } = draft;
      const document = {
        format,
        draft: { engine: name, tokens, warnings },
        article: articleBlock,
        actors,
        entities,
        events,
        relationships,
      };
      return { draft: document as unknown as DraftDocument };
    },
  };
}

/** The parts one after another (a local model serves one request at a time), reporting progress per part. */
async function draftParts(client: LlmClient, article: ArticleSource, settings: LlmSettings, context: ExtractContext): Promise<PartDraft[]> {
  const texts = articleParts(article.text, settings.maxPartChars);
  const drafts: PartDraft[] = [];
  context.onProgress?.(0, texts.length);
  for (const [index, text] of texts.entries()) {
    drafts.push(
      await extractPart({
        client,
        article,
        text,
        index,
        total: texts.length,
        maxRepairRounds: settings.maxRepairRounds,
        signal: context.signal,
      }),
    );
    context.onProgress?.(index + 1, texts.length);
  }
  return drafts;
}
