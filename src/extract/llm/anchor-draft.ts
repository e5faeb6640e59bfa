import { itemLabel, objects, shortQuote, str, strings, type Collection, type Loose, type LooseDraft } from './loose-json.js';
import { quoteAnchor } from './quote-anchor.js';

/** A re-anchored quote is the engine's guess at what the model meant: its item is trusted this much less, per such quote. */
const REANCHORED_CONFIDENCE_FACTOR = 0.7;

/**
 * Holds every quote of a draft to the article text, in place: a quote that is there stays; one that
 * differs only in spacing or quotation marks takes the text's characters; a paraphrase is replaced by the
 * closest sentence; anything else is dropped, and an item left with no quote is dropped with it. Each
 * change is a warning for the reviewer. Returns the warnings.
 */
export function anchorDraftQuotes(draft: LooseDraft): string[] {
  const anchor = quoteAnchor(draft.article.text);
  const warnings: string[] = [];
  const fix = (collection: Collection, item: Loose, quotes: readonly string[]): string[] => {
    const kept: string[] = [];
    for (const quote of quotes) {
      const found = anchor(quote);
      if (!found) warnings.push(`${itemLabel(collection, item)}: dropped the quote ${shortQuote(quote)}, which is not in the text`);
      else if (found.how === 'sentence') {
        warnings.push(
          `${itemLabel(collection, item)}: the quote ${shortQuote(quote)} is not in the text; re-anchored to the sentence ${shortQuote(found.quote)}`,
        );
        lowerConfidence(item);
      }
      if (found && !kept.includes(found.quote)) kept.push(found.quote);
    }
    return kept;
  };
  const keepQuoted = (collection: Collection, field: string) => (item: Loose) => {
    item[field] = fix(collection, item, strings(item[field]));
    if ((item[field] as string[]).length > 0) return true;
    warnings.push(`${itemLabel(collection, item)}: dropped, no quote of it is in the text`);
    return false;
  };
  draft.actors = draft.actors.filter(keepQuoted('actors', 'mentions'));
  draft.entities = draft.entities.filter(keepQuoted('entities', 'mentions'));
  draft.events = draft.events.filter(keepQuoted('events', 'mentions'));
  draft.events.forEach((event) => anchorEventDetails(event, (quotes) => fix('events', event, quotes)));
  draft.relationships = draft.relationships.filter(keepQuoted('relationships', 'quotes'));
  return warnings;
}

/** An event's date quote, participation quotes and quantity quotes: optional, so a lost one just goes. */
function anchorEventDetails(event: Loose, fix: (quotes: readonly string[]) => string[]): void {
  const dateQuote = str(event.dateQuote);
  if (dateQuote !== undefined) {
    const [kept] = fix([dateQuote]);
    if (kept === undefined) delete event.dateQuote;
    else event.dateQuote = kept;
  }
  for (const participant of objects(event.participants)) {
    if (participant.quotes === undefined) continue;
    const kept = fix(strings(participant.quotes));
    if (kept.length > 0) participant.quotes = kept;
    else delete participant.quotes; // the event's mentions stand for it
  }
  if (event.quantities !== undefined) {
    event.quantities = objects(event.quantities).filter((q) => {
      const [kept] = fix(strings([q.quote]));
      if (kept !== undefined) q.quote = kept;
      return kept !== undefined;
    });
  }
}

function lowerConfidence(item: Loose): void {
  const note = item.draft as { confidence: number } | undefined;
  if (note) note.confidence = Math.round(note.confidence * REANCHORED_CONFIDENCE_FACTOR * 100) / 100;
}
