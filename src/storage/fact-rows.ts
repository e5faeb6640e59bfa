import { UniquenessViolationError } from '../domain/errors.js';
import { LEGACY_SOURCE, sourceIdOf, type EntityFacts } from '../domain/entity-facts.js';
import type { DocumentWrite } from './graph-store.js';

/*
 * What each source says of an entity, as the stores keep it: one row per (entity, source) holding that
 * source's facts as a JSON array. Usually one entry; an editor's merge can give the survivor two from one
 * article (both entities were named by it), and both are kept, as summariseEntity counts them.
 */

export interface FactRow {
  entityId: string;
  sourceId: string;
  /** EntityFacts[] as JSON, in the order given */
  facts: string;
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

/**
 * A document's facts as rows. A document speaks only for its own article, plus, once, the legacy facts
 * the planner derived for an entity stored before facts were kept; anything else is refused.
 */
export function documentFactRows(doc: DocumentWrite): FactRow[] {
  const articleId = doc.article.id;
  const byEntity = new Map<string, EntityFacts[]>();
  (doc.facts ?? []).forEach(({ entityId, facts }, i) => {
    if (facts.articleId !== articleId && facts.articleId !== LEGACY_SOURCE) {
      throw new UniquenessViolationError(`facts[${i}] of ${entityId} are from ${JSON.stringify(facts.articleId)}, not the document's article ${articleId}`);
    }
    if (!byEntity.has(entityId)) byEntity.set(entityId, []);
    byEntity.get(entityId)!.push(facts);
  });
  return [...byEntity].flatMap(([entityId, facts]) => factRowsOf(entityId, facts));
}
