import type { DraftDocument } from '../../ingest/extraction-format.js';
import type { ClaimKeys } from './claim-items.js';
import type { DraftKeys } from './draft-keys.js';
import { noteOf } from './entity-items.js';
import type { FoundEvent } from './find-events.js';
import { bySentence, clauseAround, type Sentence } from './text-units.js';

type DraftEvent = NonNullable<DraftDocument['events']>[number];

/** A found event as a draft event: its mentions are the clauses that report it, its date the words that give it. */
export function eventItem(text: string, sentences: readonly Sentence[], event: FoundEvent, keys: DraftKeys, claims: ClaimKeys): DraftEvent {
  const mentions = mentionQuotes(text, sentences, event);
  const saidBy = claims.speaker(event.speaker);
  return {
    key: keys.next(event.name),
    name: event.name,
    aliases: [],
    mentions,
    ...(event.date && { date: event.date.date, dateQuote: event.date.quote }),
    ...(event.place && { place: claims.entity(event.place) }),
    ...(saidBy && { saidBy }),
    participants: event.participants.map((p) => {
      const by = claims.speaker(p.speaker);
      return { entity: claims.entity(p.entity), role: p.role, status: p.status, ...(by && { saidBy: by }) };
    }),
    draft: noteOf(event.confidence, event.spans, `"${event.cue.noun.toLowerCase()}" verb`),
  };
}

function mentionQuotes(text: string, sentences: readonly Sentence[], event: FoundEvent): string[] {
  const groups = bySentence(event.spans);
  const quotes = [...groups].map(([index, spans]) => {
    const clause = clauseAround(text, sentences[index]!, spans, 40);
    return text.slice(clause.start, clause.end);
  });
  return [...new Set(quotes)].slice(0, 5);
}
