import { foldName } from '../../resolution/folding.js';
import { freeKey, renameReferences } from './draft-keys.js';
import { isObject, str, strings, type Loose, type LooseDraft } from './loose-json.js';

type Section = 'entities' | 'actors' | 'events';
/** What makes two items of a section the same: an entity's folded name and aliases, an actor's description, an event's name. */
const NAMES: Record<Section, (item: Loose) => string[]> = {
  entities: (e) => [str(e.name) ?? '', ...strings(e.aliases)].map(foldName),
  actors: (a) => [foldName(str(a.description) ?? '')],
  events: (e) => [foldName(str(e.name) ?? '')],
};
const SECTIONS = Object.keys(NAMES) as Section[];

/**
 * One draft from the drafts of an article's parts. Entities are the same when they have the same type and
 * share a folded name or alias ("Sergei Duvanov" in part 1, alias "Duvanov" in part 2), actors when their
 * folded descriptions match, events when their folded names do; merged items keep every alias and quote.
 * Other keys that collide are renamed. Relationships with the same type, ends, status and speaker become one.
 */
export function mergeParts(parts: readonly LooseDraft[]): LooseDraft {
  const merged: LooseDraft = { ...parts[0], actors: [], entities: [], events: [], relationships: [] };
  const taken = new Set<string>();
  for (const original of parts) {
    const part = structuredClone(original);
    // keys first, so references inside the part can follow them before anything is placed
    const renamed = new Map<string, string>();
    const sameAs = new Map<Loose, Loose>();
    for (const section of SECTIONS) {
      for (const item of part[section]) {
        const same = merged[section].find(
          (other) => other.type === item.type && NAMES[section](other).some((n) => n && NAMES[section](item).includes(n)),
        );
        if (same) sameAs.set(item, same);
        renamed.set(str(item.key)!, same ? str(same.key)! : freeKey(str(item.key)!, taken));
      }
    }
    renameReferences(part, (k) => renamed.get(k) ?? k);
    for (const section of SECTIONS) {
      for (const item of part[section]) {
        const same = sameAs.get(item);
        if (same) absorb(same, item);
        else merged[section].push({ ...item, key: renamed.get(str(item.key)!) });
      }
    }
    part.relationships.forEach((r) => addRelationship(merged.relationships, r));
  }
  return merged;
}

const LISTS = ['aliases', 'mentions', 'roles', 'nationality', 'participants', 'quantities', 'quotes'];

/** Folds `item` into `into`: lists joined without repeats, the other name kept as an alias, the higher confidence. */
function absorb(into: Loose, item: Loose): void {
  for (const field of LISTS) {
    if (!Array.isArray(item[field])) continue;
    const seen = new Set((Array.isArray(into[field]) ? (into[field] as unknown[]) : []).map((v) => JSON.stringify(v)));
    into[field] = [...((into[field] as unknown[]) ?? []), ...(item[field] as unknown[]).filter((v) => !seen.has(JSON.stringify(v)))];
  }
  const name = str(item.name);
  if (name && into.type !== undefined && name !== into.name && !strings(into.aliases).includes(name))
    into.aliases = [...strings(into.aliases), name];
  for (const field of ['date', 'dateQuote', 'place', 'saidBy', 'kind'])
    if (into[field] === undefined && item[field] !== undefined) into[field] = item[field];
  if (isObject(into.draft) && isObject(item.draft))
    into.draft.confidence = Math.max(Number(into.draft.confidence), Number(item.draft.confidence));
}

function addRelationship(into: Loose[], relationship: Loose): void {
  const id = (r: Loose) => [r.type, r.from, r.to, r.status, r.saidBy].join('\u0000');
  const same = into.find((r) => id(r) === id(relationship));
  if (same) absorb(same, relationship);
  else into.push(relationship);
}
