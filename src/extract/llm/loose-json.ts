/**
 * A model's answer is untrusted JSON: these read it without assuming its shape, and the validator says
 * what is wrong with it afterwards.
 */
export type Loose = Record<string, unknown>;

/** The four collections of a draft the model fills. */
export const COLLECTIONS = ['actors', 'entities', 'events', 'relationships'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** A draft as it is worked on: the model's collections, and the article the engine filled in. */
export interface LooseDraft extends Loose {
  format: 'kg-extraction/2';
  article: { text: string } & Loose;
  actors: Loose[];
  entities: Loose[];
  events: Loose[];
  relationships: Loose[];
}

export const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
export const objects = (v: unknown): Loose[] => (Array.isArray(v) ? v.filter(isObject) : []);
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** How a reviewer recognises an item in a warning: its type and name, or its ends. */
export function itemLabel(collection: Collection, item: Loose): string {
  if (collection === 'relationships') return `relationship ${str(item.type) ?? '?'} ${str(item.from) ?? '?'} -> ${str(item.to) ?? '?'}`;
  if (collection === 'actors') return `actor "${str(item.description) ?? str(item.key) ?? '?'}"`;
  const kind = collection === 'events' ? 'event' : (str(item.type)?.toLowerCase() ?? 'entity');
  return `${kind} "${str(item.name) ?? str(item.key) ?? '?'}"`;
}

/** Nulls stand for "absent" in the strict answer schema; the format wants the field left out. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(withoutNulls);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

export const shortQuote = (q: string) => JSON.stringify(q.length > 70 ? `${q.slice(0, 67)}...` : q);
