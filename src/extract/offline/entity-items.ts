import type { DraftDocument, DraftNote } from '../../ingest/extraction-format.js';
import type { DraftKeys } from './draft-keys.js';
import type { FoundEntity } from './group-entities.js';
import { clauseAround, type Sentence, type Span } from './text-units.js';

type DraftEntity = DraftDocument['entities'][number];
const MAX_MENTIONS = 5;

/** The quotes that show where a span's sentence names something: the clause around it, each clause once. */
export function quotesFor(
  text: string,
  sentences: readonly Sentence[],
  spans: ReadonlyArray<Span & { sentence: number }>,
  max = MAX_MENTIONS,
): string[] {
  const quotes = spans.map((o) => {
    const clause = clauseAround(text, sentences[o.sentence]!, [o]);
    return text.slice(clause.start, clause.end);
  });
  return [...new Set(quotes.filter((q) => q.trim().length >= 3))].slice(0, max);
}

export function noteOf(confidence: number, spans: readonly Span[], cue: string, extra: Partial<DraftNote> = {}): DraftNote {
  return { confidence: Math.round(confidence * 100) / 100, spans: spans.map(({ start, end }) => ({ start, end })), cue, ...extra };
}

/** A found entity as a draft entity, with its key recorded in `keys`. */
export function entityItem(text: string, sentences: readonly Sentence[], entity: FoundEntity, key: string): DraftEntity {
  const mentions = quotesFor(text, sentences, entity.occurrences);
  const repeated = Math.min(0.1, (entity.occurrences.length - 1) * 0.03);
  const draft = noteOf(Math.min(0.95, entity.confidence + repeated), entity.occurrences, entity.cue, {
    matches: entity.matches.map(({ id, name }) => ({ id, name })),
  });
  const base = { key, name: entity.name, aliases: [...entity.aliases], mentions, draft };
  if (entity.type === 'PERSON') return { ...base, type: 'PERSON', roles: [...entity.roles] };
  if (entity.type === 'ORGANISATION') return { ...base, type: 'ORGANISATION', kind: entity.kind ?? 'OTHER' };
  return { ...base, type: 'PLACE' };
}

export function keyEntities(entities: readonly FoundEntity[], keys: DraftKeys): Map<FoundEntity, string> {
  return new Map(entities.map((e) => [e, keys.next(e.name)]));
}
