import { UniquenessViolationError } from '../domain/errors.js';
import { digestOf, type EntityDigest } from '../domain/entity-digest.js';
import { DIGEST_SOURCE, LEGACY_SOURCE, sourceIdOf, type EntityFacts } from '../domain/entity-facts.js';
import type { DocumentWrite } from './graph-store.js';

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
function factRowsOf(entityId: string, facts: readonly EntityFacts[]): FactRow[] {
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

/**
 * A document's facts as rows. A document speaks only for its own article, plus, once, the legacy facts
 * the planner derived for an entity stored before facts were kept; anything else is refused.
 */
export function documentFactRows(doc: DocumentWrite): FactRow[] {
  const articleId = doc.article.id;
  const byEntity = new Map<string, EntityFacts[]>();
  (doc.facts ?? []).forEach(({ entityId, facts }, i) => {
    if (facts.articleId !== articleId && facts.articleId !== LEGACY_SOURCE) {
      throw new UniquenessViolationError(
        `facts[${i}] of ${entityId} are from ${JSON.stringify(facts.articleId)}, not the document's article ${articleId}`,
      );
    }
    if (!byEntity.has(entityId)) byEntity.set(entityId, []);
    byEntity.get(entityId)!.push(facts);
  });
  const digests = (doc.digests ?? []).map(({ entityId, digest }) => digestRow(entityId, digest));
  return [...[...byEntity].flatMap(([entityId, facts]) => factRowsOf(entityId, facts)), ...digests];
}
