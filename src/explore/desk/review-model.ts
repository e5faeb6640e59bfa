/*
 * A draft under review, as plain data the page keeps in browser storage: the engine's document (edited in
 * place: type, status, saidBy, dates, roles, quotes) and the editor's verdict on each item, kept apart so
 * that a rejection can be undone and indices never shift. The document to ingest is built from both.
 */

// biome-ignore lint/suspicious/noExplicitAny: the draft is JSON, checked by the server's validator
export type Doc = any;
export type ItemKind = 'entities' | 'events' | 'relationships' | 'actors';
export type Decision = { verdict: 'accept' } | { verdict: 'reject' } | { verdict: 'match'; id: string; name: string };

export interface DeskState {
  draft: Doc;
  articleId: string;
  /** the article was in the graph when drafted */
  alreadyIngested: boolean;
  relationshipTypes: string[];
  decisions: Record<string, Decision>;
}

export interface Item {
  id: string;
  kind: ItemKind;
  index: number;
  label: string;
  confidence: number;
  spans: Array<{ start: number; end: number }>;
}

const KINDS: ItemKind[] = ['entities', 'events', 'relationships', 'actors'];
export const itemId = (kind: ItemKind, index: number) => `${kind}/${index}`;

/** A key's name as the review shows it: an entity's or event's name, an actor's description. */
export function namesByKey(doc: Doc): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of [...(doc.entities ?? []), ...(doc.events ?? [])]) names.set(e.key, e.name);
  for (const a of doc.actors ?? []) names.set(a.key, a.description);
  return names;
}

function labelOf(kind: ItemKind, x: Doc, names: Map<string, string>): string {
  if (kind === 'relationships')
    return `${names.get(x.from) ?? x.from} — ${String(x.type).toLowerCase().replace(/_/g, ' ')} → ${names.get(x.to) ?? x.to}`;
  if (kind === 'actors') return x.description;
  return x.name;
}

/** Every item of the draft, weakest first (an item without a confidence is a person's, and last). */
export function itemsOf(doc: Doc): Item[] {
  const names = namesByKey(doc);
  const items = KINDS.flatMap((kind) =>
    (doc[kind] ?? []).map(
      (x: Doc, index: number): Item => ({
        id: itemId(kind, index),
        kind,
        index,
        label: labelOf(kind, x, names),
        confidence: typeof x.draft?.confidence === 'number' ? x.draft.confidence : 1,
        spans: x.draft?.spans ?? [],
      }),
    ),
  );
  return items.sort((a, b) => a.confidence - b.confidence || a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** Keys of entities and actors the editor rejected: what refers to them goes too. */
function rejectedKeys(state: DeskState): Set<string> {
  const keys = new Set<string>();
  for (const kind of ['entities', 'events', 'actors'] as const) {
    (state.draft[kind] ?? []).forEach((x: Doc, i: number) => {
      if (state.decisions[itemId(kind, i)]?.verdict === 'reject') keys.add(x.key);
    });
  }
  return keys;
}

/** Why an item will not be ingested: rejected, or an end of it was; null when it will be. */
export function leftOut(state: DeskState, id: string): string | null {
  if (state.decisions[id]?.verdict === 'reject') return 'rejected';
  const [kind, index] = id.split('/') as [ItemKind, string];
  const x = state.draft[kind]?.[Number(index)];
  const gone = rejectedKeys(state);
  if (kind === 'relationships' && (gone.has(x.from) || gone.has(x.to))) return 'left out: one of its ends is rejected';
  return null;
}
