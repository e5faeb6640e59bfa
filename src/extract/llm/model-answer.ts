import type { ValidationProblem } from '../../domain/errors.js';
import type { ArticleSource } from '../engine.js';
import { normaliseKeys } from './draft-keys.js';
import { COLLECTIONS, isObject, objects, withoutNulls, type Loose, type LooseDraft } from './loose-json.js';

/** Where the model gave no confidence: neither sure nor unsure. */
export const DEFAULT_CONFIDENCE = 0.6;

type ReadAnswer = { draft: LooseDraft } | { problems: ValidationProblem[] };

/**
 * A model's answer as a draft: parsed, nulls dropped, keys made valid and unique, each item's confidence
 * moved into its draft note, the article block filled in by the engine (the model never copies the text).
 * An answer that is not a JSON object comes back as a problem to send for repair.
 */
export function readModelAnswer(content: string, article: ArticleSource): ReadAnswer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stripFence(content));
  } catch (error) {
    return {
      problems: [
        { path: '$', message: `not valid JSON (${(error as Error).message}): answer with one JSON object in the schema, nothing else` },
      ],
    };
  }
  if (!isObject(parsed))
    return {
      problems: [{ path: '$', message: 'not a JSON object: answer with one object with actors, entities, events and relationships' }],
    };
  const answer = withoutNulls(parsed) as Loose;
  const draft: LooseDraft = {
    format: 'kg-extraction/2',
    article: articleBlock(article),
    actors: objects(answer.actors),
    entities: objects(answer.entities),
    events: objects(answer.events),
    relationships: objects(answer.relationships),
  };
  COLLECTIONS.forEach((c) => draft[c].forEach(confidenceToNote));
  normaliseKeys(draft);
  return { draft };
}

// some local servers ignore response_format and wrap JSON in a Markdown fence
function stripFence(content: string): string {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/.exec(content);
  return fenced ? fenced[1] : content;
}

function confidenceToNote(item: Loose): void {
  const given = typeof item.confidence === 'number' && Number.isFinite(item.confidence) ? item.confidence : DEFAULT_CONFIDENCE;
  delete item.confidence;
  item.draft = { confidence: Math.min(1, Math.max(0, given)), spans: [], cue: 'llm' };
}

/** The draft's article block: the text unchanged (every quote is checked against it) and the metadata given. */
export function articleBlock(article: ArticleSource): LooseDraft['article'] {
  const title =
    article.title?.trim() ||
    article.text
      .split('\n')
      .find((line) => line.trim())
      ?.trim()
      .slice(0, 200) ||
    article.source;
  return {
    title,
    ...(article.url && { url: article.url }),
    ...(article.author && { author: article.author }),
    ...(article.publisher && { publisher: article.publisher }),
    ...(article.publishedAt && { publishedAt: article.publishedAt }),
    text: article.text,
  };
}

/** The draft as the model would have written it (for the assistant turn of a repair round): no article, confidence inline. */
export function asModelAnswer(draft: LooseDraft): string {
  const inline = (item: Loose) => {
    const { draft: note, ...rest } = item;
    return { ...rest, confidence: isObject(note) ? note.confidence : DEFAULT_CONFIDENCE };
  };
  return JSON.stringify(Object.fromEntries(COLLECTIONS.map((c) => [c, draft[c].map(inline)])));
}
