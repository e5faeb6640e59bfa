import type { Gazetteer } from '../engine.js';
import { DEFAULT_CONFIDENCE } from './model-answer.js';
import { COLLECTIONS, isObject, objects, str, strings, type Loose, type LooseDraft } from './loose-json.js';

/** Every quote an item carries, its own and those of its participations and quantities. */
function quotesOf(item: Loose): string[] {
  const own = [...strings(item.mentions), ...strings(item.quotes)];
  const dateQuote = str(item.dateQuote);
  const nested = objects(item.participants).flatMap((p) => strings(p.quotes));
  const amounts = objects(item.quantities).flatMap((q) => strings([q.quote]));
  return [...own, ...(dateQuote ? [dateQuote] : []), ...nested, ...amounts];
}

/**
 * Where each item comes from: the [start, end) offsets of its quotes in article.text (the first place each
 * occurs), in text order, so a reviewer can highlight them. Quotes are exact substrings by now.
 */
export function addSpans(draft: LooseDraft): void {
  const text = draft.article.text;
  for (const collection of COLLECTIONS) {
    for (const item of draft[collection]) {
      const starts = [...new Set(quotesOf(item))]
        .map((q) => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length }))
        .filter((s) => s.start >= 0);
      const note = isObject(item.draft) ? item.draft : { confidence: DEFAULT_CONFIDENCE, cue: 'llm' };
      item.draft = { ...note, spans: starts.sort((a, b) => a.start - b.start) };
    }
  }
}

/** The graph's entities each drafted entity may be, by the ingest's own resolution rules (when a gazetteer is given). */
export async function addMatches(draft: LooseDraft, gazetteer: Gazetteer | undefined): Promise<void> {
  if (!gazetteer || draft.entities.length === 0) return;
  const found = await gazetteer.lookup(draft.entities.map((e) => str(e.name) ?? ''));
  draft.entities.forEach((entity, i) => {
    const matches = (found[i] ?? []).filter((k) => k.type === entity.type).map((k) => ({ id: k.id, name: k.name }));
    if (matches.length > 0 && isObject(entity.draft)) entity.draft.matches = matches;
  });
}
