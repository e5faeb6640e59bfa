import { editChangeSet } from '../../domain/edit-change-set.js';
import type { EditDecision, EditScope, EditSnapshot, EditableRelationship } from '../../domain/editing.js';
import type { EditOptions } from '../graph-store.js';
import { applyChangeSet } from './apply-change-set.js';
import { entityFacts } from './claim-reads.js';
import type { Db, PreparedStatements } from './connection.js';
import { mergedIntoOf, relationshipsById, verdictsOf } from './editor-reads.js';
import { entitiesWithMentions, incidentEdges } from './reads.js';

/** What `decide` sees: the scope read inside the write transaction. */
function readSnapshot(statements: PreparedStatements, scope: EditScope): EditSnapshot {
  const nodes = entitiesWithMentions(statements, scope.entityIds);
  // an edit that rewrites an entity (a merge, an undo) carries what each source said of it
  const facts = entityFacts(statements, scope.entityIds);
  nodes.forEach((n, i) => {
    if (n) n.facts = facts[i];
  });
  const byId = new Map<string, EditableRelationship>();
  const edges = [...incidentEdges(statements, scope.entityIds), ...relationshipsById(statements, scope.relationshipIds)];
  const verdicts = verdictsOf(
    statements,
    edges.map((e) => e.id),
  );
  edges.forEach((e, i) => byId.set(e.id, { ...e, verdict: verdicts[i] }));
  return {
    entities: new Map(scope.entityIds.map((id, i) => [id, nodes[i]])),
    mergedInto: mergedIntoOf(statements, scope.entityIds),
    relationships: [...byId.values()],
  };
}

/**
 * An edit in one IMMEDIATE transaction: the write lock is taken before the snapshot is read, so a second
 * editor's transaction waits and then reads what the first one wrote (no lost update, no duplicate).
 */
export function editApplier(db: Db, statements: PreparedStatements) {
  const run = db.transaction(<T>(scope: EditScope, decide: (s: EditSnapshot) => EditDecision<T>, options: EditOptions): T => {
    const snapshot = readSnapshot(statements, scope);
    const decision = decide(snapshot);
    if (decision.change) applyChangeSet(statements, editChangeSet(decision.change, snapshot.relationships), options.onStep);
    return decision.result;
  });
  return <T>(scope: EditScope, decide: (s: EditSnapshot) => EditDecision<T>, options: EditOptions = {}): T =>
    run.immediate(scope, decide, options) as T;
}
