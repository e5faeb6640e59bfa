import type { DraftDocument } from '../../ingest/extraction-format.js';
import type { ArticleSource, ExtractContext, ExtractionEngine, ExtractionResult } from '../engine.js';
import { ClaimKeys } from './claim-items.js';
import { referenceDate } from './dates.js';
import { DraftKeys } from './draft-keys.js';
import { entityItem, keyEntities } from './entity-items.js';
import { eventItem } from './event-items.js';
import { findEntities } from './find-entities.js';
import { findEvents } from './find-events.js';
import { bylineRelations, titleRelations } from './article-relations.js';
import { demonymRelations } from './demonym-relations.js';
import { findRelations, type FoundRelation } from './find-relations.js';
import type { FoundEntity } from './group-entities.js';
import { occurrencesBySentence } from './occurrences.js';
import { relationItem } from './relation-items.js';
import { splitSentences } from './text-units.js';

/**
 * The offline engine: compromise's sentences and name tags, chrono's dates, cue words and patterns, and
 * the graph's own names. No network and no model: what it proposes, it can point at in the text.
 */
export const offlineEngine: ExtractionEngine = {
  name: 'offline',
  async extract(article: ArticleSource, context: ExtractContext): Promise<ExtractionResult> {
    const { text } = article;
    const sentences = splitSentences(text);
    const found = await findEntities(text, sentences, context.gazetteer);
    const occurrences = occurrencesBySentence(found);
    const protagonist = mostNamedPerson(found);
    const events = findEvents({
      sentences,
      occurrences,
      reference: referenceDate(article.publishedAt),
      publishedKnown: article.publishedAt !== undefined,
      ...(protagonist && { protagonist }),
    });
    const government = governmentOf(found);
    const relations = [
      ...findRelations(sentences, occurrences, { ...withDefined('government', government), ...withDefined('protagonist', protagonist) }),
      ...demonymRelations(found, government),
      ...bylineRelations(found, article),
      ...titleRelations(found),
    ].filter(firstOfEach());
    const keys = new DraftKeys();
    const claims = new ClaimKeys(keys, keyEntities(found, keys));
    const draft: DraftDocument = {
      format: 'kg-extraction/2',
      draft: { engine: 'offline', createdAt: new Date().toISOString(), warnings: [] },
      article: articleBlock(article),
      entities: found.map((e) => entityItem(text, sentences, e, claims.entity(e))),
      events: events.map((e) => eventItem(text, sentences, e, keys, claims)),
      relationships: relations.map((r) => relationItem(text, sentences, r, claims)),
    };
    draft.actors = claims.actorItems(text, sentences);
    return { draft };
  },
};

/** One relationship per type and ends: a later rule that finds the same one adds nothing. */
function firstOfEach(): (relation: FoundRelation) => boolean {
  const seen = new Set<string>();
  return (r) => {
    const id = `${r.type}\u0000${r.from.name}\u0000${r.to.name}`;
    return !seen.has(id) && Boolean(seen.add(id));
  };
}

const withDefined = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

function mostNamedPerson(entities: readonly FoundEntity[]): FoundEntity | undefined {
  return entities.filter((e) => e.type === 'PERSON').sort((a, b) => b.occurrences.length - a.occurrences.length)[0];
}

/** The body an "opposition" figure opposes: the document's government, when it names one. */
function governmentOf(entities: readonly FoundEntity[]): FoundEntity | undefined {
  return entities.find((e) => e.type === 'ORGANISATION' && e.kind === 'GOVERNMENT_BODY' && /\b(authorities|government)\b/i.test(e.name));
}

function articleBlock(article: ArticleSource): DraftDocument['article'] {
  const { text, title, author, publisher, url, publishedAt, source } = article;
  return {
    title: title ?? source,
    ...(url !== undefined && { url }),
    ...(author !== undefined && { author }),
    ...(publisher !== undefined && { publisher }),
    ...(publishedAt !== undefined && { publishedAt }),
    text,
  };
}
