import { DIGEST_SOURCE, type EntityFacts } from '../../domain/entity-facts.js';
import { factsFromRows, type FactRow } from '../../domain/fact-rows.js';
import type { WriteTransaction } from './driver.js';
import { ENTITY_LABEL, SOURCE_FACTS_LABEL } from './labels.js';
import { str, strList } from './rows.js';

/*
 * What each source says of an entity: one node per (entity, source) holding that source's facts as JSON
 * (see src/storage/fact-rows.ts), so that a document writes only its own article's nodes instead of the
 * entity's whole history. The nodes stand apart from the graph (no walk or read of entities meets them)
 * and name their entity by id; a uniqueness constraint on (entityId, sourceId) backs the lookups by entity
 * (its index serves `entityId = x AND sourceId IS NOT NULL`), an index on sourceId the lookup by article.
 */

const L = SOURCE_FACTS_LABEL;

/** Each entity's rows, ordered by source id (the order the embedded store reads them in too). */
export const ENTITY_FACTS = `
UNWIND $ids AS id
CALL (id) {
  MATCH (f:${L} {entityId: id}) WHERE f.sourceId IS NOT NULL AND f.sourceId <> $digest
  WITH f ORDER BY f.sourceId
  RETURN collect(f.facts) AS facts
}
RETURN id, facts`;

/** Each entity's digest row (see fact-rows.ts), by the (entityId, sourceId) constraint's index. */
export const ENTITY_DIGESTS = `
UNWIND $ids AS id
MATCH (f:${L} {entityId: id, sourceId: $digest})
RETURN id, f.facts AS digest`;

// the article's nodes that its current version no longer gives (it names the entity no more)
const DROP_OLD_FACTS = `
MATCH (f:${L} {sourceId: $sourceId})
WHERE NOT f.entityId IN $keep
DELETE f`;

export const PUT_FACTS = `
UNWIND $rows AS row
MERGE (f:${L} {entityId: row.entityId, sourceId: row.sourceId})
SET f.facts = row.facts`;

const DELETE_FACTS = `
UNWIND $rows AS row
MATCH (f:${L} {entityId: row.entityId, sourceId: row.sourceId})
DELETE f`;

export const MOVE_FACTS = `
UNWIND $rows AS row
MATCH (f:${L} {entityId: row.from}) WHERE f.sourceId IS NOT NULL
SET f.entityId = row.to`;

// rows of entities that are gone (a delete refused because a relationship holds the entity keeps them)
const DELETE_ORPHAN_FACTS = `
UNWIND $ids AS id
MATCH (f:${L} {entityId: id}) WHERE f.sourceId IS NOT NULL AND NOT EXISTS { MATCH (:${ENTITY_LABEL} {id: id}) }
DELETE f`;

const STORED_ROWS = `
UNWIND $ids AS id
MATCH (f:${L} {entityId: id}) WHERE f.sourceId IS NOT NULL
RETURN f.entityId AS entityId, f.sourceId AS sourceId, f.facts AS facts`;

/** The parameters of ENTITY_FACTS and ENTITY_DIGESTS. */
export function factReadParams(ids: readonly string[]): { ids: string[]; digest: string } {
  return { ids: [...new Set(ids)], digest: DIGEST_SOURCE };
}

export function factsOfRows(rows: ReadonlyArray<Record<string, unknown>>): Map<string, EntityFacts[]> {
  return new Map(rows.map((row) => [str(row, 'id'), factsFromRows(strList(row, 'facts'))]));
}

/** A document's facts: its article's nodes become exactly `rows` (legacy rows among them are added). */
export async function putDocumentFacts(tx: WriteTransaction, articleId: string, rows: readonly FactRow[]): Promise<void> {
  await tx.run(DROP_OLD_FACTS, { sourceId: articleId, keep: rows.filter((r) => r.sourceId === articleId).map((r) => r.entityId) });
  if (rows.length > 0) await tx.run(PUT_FACTS, { rows });
}

/**
 * Every row of these entities replaced by the rows given (an editor's merge, undo or update); only the
 * rows that differ are written, so an editor's update of a hub writes its one editor node.
 */
export async function replaceEntityFacts(tx: WriteTransaction, entityIds: readonly string[], rows: readonly FactRow[]): Promise<void> {
  if (entityIds.length === 0) return;
  const key = (r: { entityId: string; sourceId: string }) => JSON.stringify([r.entityId, r.sourceId]);
  const storedRows = (await tx.run(STORED_ROWS, { ids: [...entityIds] })).rows.map(
    (r): FactRow => ({ entityId: str(r, 'entityId'), sourceId: str(r, 'sourceId'), facts: str(r, 'facts') }),
  );
  const stored = new Map(storedRows.map((r) => [key(r), r.facts]));
  const given = new Set(rows.map(key));
  const gone = storedRows.filter((r) => !given.has(key(r))).map(({ entityId, sourceId }) => ({ entityId, sourceId }));
  if (gone.length > 0) await tx.run(DELETE_FACTS, { rows: gone });
  const changed = rows.filter((r) => stored.get(key(r)) !== r.facts);
  if (changed.length > 0) await tx.run(PUT_FACTS, { rows: changed });
}

// an entity a delete was asked for has no source left, whether or not a relationship keeps it
const DELETE_DIGESTS = `
UNWIND $ids AS id
MATCH (f:${L} {entityId: id, sourceId: $digest})
DELETE f`;

/** The rows of entities a write deleted, if they are really gone; their digests in any case. */
export async function deleteEntityFacts(tx: WriteTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.run(DELETE_DIGESTS, factReadParams(ids));
  await tx.run(DELETE_ORPHAN_FACTS, { ids });
}
