import { digestOf, type EntityDigest } from './entity-digest.js';
import { DIGEST_SOURCE, sourceIdOf, type EntityFacts } from './entity-facts.js';

/*
 * What each source says of an entity, as the stores keep it: one row per (entity, source) holding that
 * source's facts as a JSON array. Usually one entry; an editor's merge can give the survivor two from one
 * article (both entities were named by it), and both are kept, as summariseEntity counts them.
 *
 * Beside them, one row (source id DIGEST_SOURCE) holds the fold of all the others (entity-digest.ts), so
 * that a document naming a hub reads that row instead of every source's. It is a cache, kept true by
 * whoever writes the rows: a document's write folds its own facts in; a write that replaces an entity's
 * rows (an editor's change, a bulk copy) writes it from them; a rename or delete takes it with the rows.
 * Where it is missing, the planner reads the rows and writes it.
 */

export interface FactRow {
  entityId: string;
  sourceId: string;
  /** EntityFacts[] as JSON, in the order given */
  facts: string;
}

/** An entity's whole facts as rows, one per source, and the digest row folded from them. */
export function entityFactRows(entityId: string, facts: readonly EntityFacts[]): FactRow[] {
  return facts.length === 0 ? [] : [...factRowsOf(entityId, facts), digestRow(entityId, digestOf(facts))];
}

export function digestRow(entityId: string, digest: EntityDigest): FactRow {
  return { entityId, sourceId: DIGEST_SOURCE, facts: JSON.stringify(digest) };
}

/** A digest row's JSON read back; null where there is none. */
export function digestFromRow(json: string | null | undefined): EntityDigest | null {
  return json ? (JSON.parse(json) as EntityDigest) : null;
}

/** An entity's facts as rows, one per source, each source's entries in the order given. */
export function factRowsOf(entityId: string, facts: readonly EntityFacts[]): FactRow[] {
  const bySource = new Map<string, EntityFacts[]>();
  for (const f of facts) {
    const source = sourceIdOf(f);
    if (!bySource.has(source)) bySource.set(source, []);
    bySource.get(source)!.push(f);
  }
  return [...bySource].map(([sourceId, list]) => ({ entityId, sourceId, facts: JSON.stringify(list) }));
}

/** An entity's rows read back (ordered by source id) as one list. */
export function factsFromRows(rows: readonly string[]): EntityFacts[] {
  return rows.flatMap((json) => JSON.parse(json) as EntityFacts[]);
}
