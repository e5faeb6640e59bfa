import { DIGEST_SOURCE } from '../../domain/entity-facts.js';
import type { FactRow } from '../../domain/fact-rows.js';
import type { PreparedStatements } from './connection.js';

/*
 * Writes of the entity_facts table (one row per entity and source, see schema v5, and the digest row
 * folded from them, see src/storage/fact-rows.ts). A document touches
 * only its own article's rows; an editor's change that carries an entity's facts replaces all of them.
 */

const PUT_ROW = `INSERT INTO entity_facts (entity_id, source_id, facts) VALUES (@entityId, @sourceId, @facts)
  ON CONFLICT (entity_id, source_id) DO UPDATE SET facts = excluded.facts`;
// the article's rows that its current version no longer gives (it names the entity no more)
const DROP_OLD_ROWS = `DELETE FROM entity_facts WHERE source_id = @sourceId
  AND entity_id NOT IN (SELECT value FROM json_each(@keep))`;
const DELETE_ENTITY_ROWS = 'DELETE FROM entity_facts WHERE entity_id = ?';
const ENTITY_ROWS = 'SELECT source_id AS sourceId, facts FROM entity_facts WHERE entity_id = ?';
const DELETE_ROW = 'DELETE FROM entity_facts WHERE entity_id = @entityId AND source_id = @sourceId';
// rows of an entity that is gone (a delete that a relationship holding the entity refused keeps them)
const DELETE_ORPHAN_ROWS = 'DELETE FROM entity_facts WHERE entity_id = @id AND NOT EXISTS (SELECT 1 FROM entities WHERE id = @id)';

/** A document's facts: its article's rows become exactly `rows` (legacy rows among them are added). */
export function putDocumentFacts(statements: PreparedStatements, articleId: string, rows: readonly FactRow[]): void {
  const keep = rows.filter((r) => r.sourceId === articleId).map((r) => r.entityId);
  statements.get(DROP_OLD_ROWS).run({ sourceId: articleId, keep: JSON.stringify(keep) });
  for (const row of rows) statements.get(PUT_ROW).run(row);
}

/**
 * Every row of the entity replaced by `rows` (an editor's merge, undo or update); only the rows
 * that differ are written, so an editor's update of a hub writes its one editor row.
 */
export function replaceEntityFacts(statements: PreparedStatements, entityId: string, rows: readonly FactRow[]): void {
  const stored = new Map(
    (statements.get(ENTITY_ROWS).all(entityId) as Array<{ sourceId: string; facts: string }>).map((r) => [r.sourceId, r.facts]),
  );
  const given = new Set(rows.map((r) => r.sourceId));
  for (const sourceId of stored.keys()) if (!given.has(sourceId)) statements.get(DELETE_ROW).run({ entityId, sourceId });
  for (const row of rows) if (stored.get(row.sourceId) !== row.facts) statements.get(PUT_ROW).run(row);
}

export function deleteEntityFacts(statements: PreparedStatements, entityId: string): void {
  statements.get(DELETE_ENTITY_ROWS).run(entityId);
}

const DELETE_DIGEST = 'DELETE FROM entity_facts WHERE entity_id = @id AND source_id = @digest';

/**
 * Drops the digest of an entity a document deletes, before the delete (the row would hold it back), and
 * whether or not a relationship keeps the entity: it has no source left, and the next plan folds again.
 */
export function deleteDigest(statements: PreparedStatements, entityId: string): void {
  statements.get(DELETE_DIGEST).run({ id: entityId, digest: DIGEST_SOURCE });
}

/** Removes the rows of an entity a document deleted, if it is really gone. */
export function deleteOrphanFacts(statements: PreparedStatements, entityId: string): void {
  statements.get(DELETE_ORPHAN_ROWS).run({ id: entityId });
}
