import type { EditDecision, EditScope, EditSnapshot, EditableRelationship } from '../../domain/editing.js';
import { verdictFrom } from './editor-reads.js';
import { editChangeSet } from '../../domain/edit-change-set.js';
import type { EntityWithMentions } from '../../domain/entity.js';
import type { EditOptions } from '../graph-store.js';
import { applyChangeSet } from './apply-change-set.js';
import type { Neo4jClient, WriteTransaction } from './driver.js';
import { LOCK_SCOPE, MERGED_INTO, RELATIONSHIP_ENDS, RELATIONSHIPS_BY_ID } from './editor-statements.js';
import { entityWithMentionsFrom, mentionRowsOf, relationshipFrom } from './records.js';
import { map, str } from './rows.js';
import { ENTITY_FACTS, factReadParams, factsOfRows } from './facts.js';
import { ENTITIES_WITH_MENTIONS, INCIDENT_EDGES } from './statements.js';
import { TAKE_WRITE_LOCK } from './write-statements.js';

const editable = (row: Record<string, unknown>): EditableRelationship => ({ ...relationshipFrom(row), verdict: verdictFrom(row) });

/** Locks the scope (its entities and the ends of its relationships), then reads it. */
async function readSnapshot(tx: WriteTransaction, scope: EditScope): Promise<EditSnapshot> {
  const ends = scope.relationshipIds.length === 0 ? [] : (await tx.run(RELATIONSHIP_ENDS, { ids: scope.relationshipIds })).rows;
  const lockIds = [...new Set([...scope.entityIds, ...ends.flatMap((r) => [str(r, 'sourceId'), str(r, 'targetId')])])].sort();
  if (lockIds.length > 0) await tx.run(LOCK_SCOPE, { ids: lockIds });

  const entities = new Map<string, EntityWithMentions | null>(scope.entityIds.map((id) => [id, null]));
  if (scope.entityIds.length > 0) {
    for (const row of (await tx.run(ENTITIES_WITH_MENTIONS, { ids: scope.entityIds })).rows) {
      entities.set(str(row, 'id'), entityWithMentionsFrom(map(row, 'props'), mentionRowsOf(row, 'mentions')));
    }
  }
  if (scope.entityIds.length > 0) {
    // an edit that rewrites an entity (a merge, an undo) carries what each source said of it
    const facts = factsOfRows((await tx.run(ENTITY_FACTS, factReadParams(scope.entityIds))).rows);
    for (const [id, entity] of entities) if (entity) entity.facts = facts.get(id) ?? [];
  }
  const relationships = new Map<string, EditableRelationship>();
  if (scope.entityIds.length > 0) {
    for (const row of (await tx.run(INCIDENT_EDGES, { ids: scope.entityIds })).rows) {
      const r = editable(map(row, 'relationship'));
      relationships.set(r.id, r);
    }
  }
  if (scope.relationshipIds.length > 0) {
    for (const row of (await tx.run(RELATIONSHIPS_BY_ID, { ids: scope.relationshipIds })).rows) {
      const r = editable(map(row, 'relationship'));
      relationships.set(r.id, r);
    }
  }
  const merged = scope.entityIds.length === 0 ? [] : (await tx.run(MERGED_INTO, { ids: scope.entityIds })).rows;
  return {
    entities,
    mergedInto: new Map(merged.map((r) => [str(r, 'id'), str(r, 'into')])),
    relationships: [...relationships.values()],
  };
}

/** An edit in one write transaction: lock, read, decide, apply. A retried transaction decides again. */
export function applyEdit<T>(
  client: Neo4jClient,
  scope: EditScope,
  decide: (snapshot: EditSnapshot) => EditDecision<T>,
  options: EditOptions = {},
): Promise<T> {
  return client.write(async (tx) => {
    // the document-write lock first (as every document write takes it, see write-document.ts): an ingest
    // that resolved a name to an entity cannot then re-create it after this edit merged it away
    await tx.run(TAKE_WRITE_LOCK);
    const snapshot = await readSnapshot(tx, scope);
    const decision = decide(snapshot);
    if (decision.change) await applyChangeSet(tx, editChangeSet(decision.change, snapshot.relationships), options.onStep);
    return decision.result;
  });
}
