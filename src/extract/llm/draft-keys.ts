import { objects, str, type Loose, type LooseDraft } from './loose-json.js';

/** A key in the format's alphabet: lower case letters, digits, - and _, starting with a letter or digit. */
function slugKey(raw: string, fallback: string): string {
  const slug = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '');
  return slug || fallback;
}

/** `base`, or `base-2`, `base-3`, ... whichever is not yet taken; the chosen key is marked taken. */
export function freeKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/** Every key-valued field that refers to a declared key, rewritten by `rename` (in place). */
export function renameReferences(doc: Pick<LooseDraft, 'events' | 'relationships'>, rename: (key: string) => string): void {
  const swap = (item: Loose, field: string) => {
    const key = str(item[field]);
    if (key !== undefined) item[field] = rename(key);
  };
  for (const event of doc.events) {
    swap(event, 'place');
    swap(event, 'saidBy');
    for (const p of objects(event.participants)) {
      swap(p, 'entity');
      swap(p, 'saidBy');
    }
  }
  for (const r of doc.relationships) ['from', 'to', 'saidBy'].forEach((field) => swap(r, field));
}

/**
 * Makes the keys of a model's answer valid and unique across entities, events and actors (which share
 * one namespace), and points references at them. Where the model declared one key twice, references go
 * to the first: the validator cannot tell which was meant, and a reviewer sees both items.
 */
export function normaliseKeys(doc: LooseDraft): void {
  const taken = new Set<string>();
  const first = new Map<string, string>();
  const declare = (item: Loose, fallback: string) => {
    const raw = str(item.key) ?? '';
    const key = freeKey(slugKey(raw, fallback), taken);
    if (!first.has(raw)) first.set(raw, key);
    item.key = key;
  };
  doc.entities.forEach((e) => declare(e, slugKey(str(e.name) ?? '', 'entity')));
  doc.events.forEach((e) => declare(e, slugKey(str(e.name) ?? '', 'event')));
  doc.actors.forEach((a) => declare(a, slugKey(str(a.description) ?? '', 'actor')));
  renameReferences(doc, (key) => first.get(key) ?? slugKey(key, key));
}
