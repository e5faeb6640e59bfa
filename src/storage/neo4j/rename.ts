import { rekeyedRelationship } from '../../domain/ids.js';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../../domain/vocabulary.js';
import type { WriteTransaction } from './driver.js';
import { MERGED_ID_LABEL } from './editor-statements.js';
import { MOVE_FACTS } from './facts.js';
import { DISPUTE_LABEL, ENTITY_LABEL, GRAPH_TYPES_PATTERN, relationshipTypeOf } from './labels.js';

/*
 * An entity renamed so that its id follows its name (see plan-document.ts): the node keeps its edges, each
 * edge gets the id of its new ends (a symmetric one that now runs the other way is turned round), dispute
 * markers follow, and the old id resolves to the new one like a merged id. The caller holds the transaction.
 */

const EDGES = `
MATCH (:${ENTITY_LABEL} {id: $from})-[r:${GRAPH_TYPES_PATTERN}]-(:${ENTITY_LABEL})
WITH DISTINCT r
RETURN r.id AS id, type(r) AS type, startNode(r).id AS sourceId, endNode(r).id AS targetId, r.role AS role`;

const RENAME_NODE = `
MATCH (e:${ENTITY_LABEL} {id: $from}) SET e.id = $to
WITH e
OPTIONAL MATCH (stale:${MERGED_ID_LABEL} {id: $to}) DELETE stale
WITH e
OPTIONAL MATCH (onward:${MERGED_ID_LABEL} {into: $from}) SET onward.into = $to
WITH DISTINCT e
MERGE (m:${MERGED_ID_LABEL} {id: $from}) SET m.into = $to`;

const byType = (build: (type: RelationshipType) => string) => new Map(RELATIONSHIP_TYPE_NAMES.map((type) => [type, build(type)]));

const REKEY = byType(
  (type) => `
UNWIND $rows AS row
MATCH ()-[r:${type} {id: row.from}]->()
SET r.id = row.to`,
);

// a symmetric edge whose ends swapped order: made afresh the other way round with the same properties and
// its new id set in one step (copying the old id first would hold two edges with one id: a constraint error)
const TURN = byType(
  (type) => `
UNWIND $rows AS row
MATCH (s)-[r:${type} {id: row.from}]->(t)
CREATE (t)-[n:${type}]->(s)
SET n = r {.*, id: row.to}
DELETE r`,
);

const MOVE_DISPUTES = `
UNWIND $rows AS row
MATCH (d:${DISPUTE_LABEL} {subjectId: row.from})
SET d.subjectId = row.to, d.id = 'dispute:' + d.aspect + ':' + row.to`;

export async function renameEntity(tx: WriteTransaction, from: string, to: string): Promise<void> {
  const { rows: edges } = await tx.run(EDGES, { from });
  await tx.run(RENAME_NODE, { from, to });
  await tx.run(MOVE_FACTS, { from, to });
  const moves = [{ from, to }];
  const groups = new Map<string, { rekey: Array<{ from: string; to: string }>; turn: Array<{ from: string; to: string }> }>();
  for (const edge of edges) {
    const next = rekeyedRelationship(edge as { type: string; sourceId: string; targetId: string; role: string | null }, from, to);
    const group = groups.get(edge.type as string) ?? { rekey: [], turn: [] };
    (next.flipped ? group.turn : group.rekey).push({ from: edge.id as string, to: next.id });
    groups.set(edge.type as string, group);
    moves.push({ from: edge.id as string, to: next.id });
  }
  for (const [type, { rekey, turn }] of groups) {
    const checked = relationshipTypeOf(type);
    if (rekey.length > 0) await tx.run(REKEY.get(checked)!, { rows: rekey });
    if (turn.length > 0) await tx.run(TURN.get(checked)!, { rows: turn });
  }
  await tx.run(MOVE_DISPUTES, { rows: moves });
}
