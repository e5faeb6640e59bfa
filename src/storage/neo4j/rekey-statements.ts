import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../../domain/vocabulary.js';
import { MERGED_ID_LABEL } from './editor-statements.js';
import { ENTITY_LABEL } from './labels.js';

/*
 * Statements of a change set's renames and re-keys (see src/domain/change-set.ts): the entity node keeps its
 * edges and takes its new id, the ids that redirected to it follow, and its old id redirects to the new
 * one like a merged id; each edge is re-keyed to the id the change set gives it.
 */

export const RENAME_NODES = `
UNWIND $rows AS row
MATCH (e:${ENTITY_LABEL} {id: row.from}) SET e.id = row.to
WITH e, row
OPTIONAL MATCH (stale:${MERGED_ID_LABEL} {id: row.to}) DELETE stale
WITH e, row
CALL (row) { MATCH (onward:${MERGED_ID_LABEL} {into: row.from}) SET onward.into = row.to }
MERGE (m:${MERGED_ID_LABEL} {id: row.from}) SET m.into = row.to`;

const byType = (build: (type: RelationshipType) => string) => new Map(RELATIONSHIP_TYPE_NAMES.map((type) => [type, build(type)]));

export const REKEY_EDGES = byType(
  (type) => `
UNWIND $rows AS row
MATCH ()-[r:${type} {id: row.from}]->()
SET r.id = row.to`,
);

// a symmetric edge whose ends swapped order: made afresh the other way round with the same properties and
// its new id set in one step (copying the old id first would hold two edges with one id: a constraint error)
export const TURN_EDGES = byType(
  (type) => `
UNWIND $rows AS row
MATCH (s)-[r:${type} {id: row.from}]->(t)
CREATE (t)-[n:${type}]->(s)
SET n = r {.*, id: row.to}
DELETE r`,
);
