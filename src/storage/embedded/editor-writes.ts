import type { EditDecision, EditScope, EditSnapshot, EditableRelationship, GraphChange, Verdict } from '../../domain/editing.js';
import type { EditOptions } from '../graph-store.js';
import type { Db, PreparedStatements } from './connection.js';
import { citationParams, entityParams, relationshipParams } from './rows.js';
import { entityDisputes, relationshipDisputes } from '../../domain/disputes.js';
import { putDisputes } from './disputes.js';
import { entityFacts } from './claim-reads.js';
import { deleteEntityFacts, replaceEntityFacts } from './facts.js';
import { entitiesWithMentions, incidentEdges } from './reads.js';
import { mergedIntoOf, relationshipsById, verdictsOf } from './editor-reads.js';
import { appendHistory } from './history.js';
import { PUT_CITATION, UPSERT_ENTITY } from './write-document.js';

const DELETE_CITATIONS = 'DELETE FROM citations WHERE relationship_id = ?';
const DELETE_VERDICT = 'DELETE FROM verdicts WHERE relationship_id = ?';
const DELETE_RELATIONSHIP = 'DELETE FROM relationships WHERE id = ?';
const DELETE_MENTIONS = 'DELETE FROM mentions WHERE entity_id = ?';
const DELETE_ENTITY = 'DELETE FROM entities WHERE id = ?';
const DELETE_REDIRECT = 'DELETE FROM merged_ids WHERE id = ?';
const ADD_MENTION = 'INSERT INTO mentions (entity_id, article_id, quote) VALUES (@entityId, @articleId, @quote) ON CONFLICT DO NOTHING';
const UPSERT_RELATIONSHIP = `INSERT INTO relationships (id, type, source_id, target_id, status, disputed, role, start_date, end_date)
  VALUES (@id, @type, @sourceId, @targetId, @status, @disputed, @role, @start, @end)
  ON CONFLICT (id) DO UPDATE SET type = excluded.type, source_id = excluded.source_id, target_id = excluded.target_id,
    status = excluded.status, disputed = excluded.disputed, role = excluded.role, start_date = excluded.start_date, end_date = excluded.end_date`;
const PUT_VERDICT = `INSERT INTO verdicts (relationship_id, status, editor, note, at, edit_id)
  VALUES (@relationshipId, @status, @editor, @note, @at, @editId)`;
const ADD_REDIRECT = `INSERT INTO merged_ids (id, into_id) VALUES (@id, @into)
  ON CONFLICT (id) DO UPDATE SET into_id = excluded.into_id`;

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

function putVerdict(statements: PreparedStatements, relationshipId: string, verdict: Verdict | null): void {
  statements.get(DELETE_VERDICT).run(relationshipId);
  if (verdict) statements.get(PUT_VERDICT).run({ relationshipId, ...verdict });
}

/** Applies a change in the order GraphChange documents; the caller's transaction makes it all or nothing. */
function applyChange(statements: PreparedStatements, change: GraphChange, options: EditOptions): void {
  for (const id of change.deleteRelationships) {
    statements.get(DELETE_CITATIONS).run(id);
    statements.get(DELETE_VERDICT).run(id);
    statements.get(DELETE_RELATIONSHIP).run(id);
    putDisputes(statements, id, []);
  }
  for (const id of change.deleteEntities) {
    statements.get(DELETE_MENTIONS).run(id);
    deleteEntityFacts(statements, id);
    statements.get(DELETE_ENTITY).run(id);
    putDisputes(statements, id, []);
  }
  options.onStep?.('deleted');
  for (const entity of change.putEntities) {
    statements.get(UPSERT_ENTITY).run(entityParams(entity));
    // an edit that carries the entity's facts (a merge, an undo, an update) replaces them; one without keeps them
    if (entity.facts) replaceEntityFacts(statements, entity.id, entity.facts);
    statements.get(DELETE_REDIRECT).run(entity.id);
    putDisputes(statements, entity.id, entityDisputes(entity));
  }
  for (const { entityId, mentions } of change.setMentions) {
    statements.get(DELETE_MENTIONS).run(entityId);
    for (const m of mentions) statements.get(ADD_MENTION).run({ entityId, ...m });
  }
  options.onStep?.('entities');
  for (const r of change.putRelationships) {
    statements.get(UPSERT_RELATIONSHIP).run(relationshipParams(r));
    statements.get(DELETE_CITATIONS).run(r.id);
    for (const c of r.citations) statements.get(PUT_CITATION).run(citationParams(r.id, c));
    putVerdict(statements, r.id, r.verdict);
    putDisputes(statements, r.id, relationshipDisputes(r));
  }
  options.onStep?.('relationships');
  for (const redirect of change.addRedirects) statements.get(ADD_REDIRECT).run(redirect);
  appendHistory(statements, change.edit);
  options.onStep?.('history');
}

/**
 * An edit in one IMMEDIATE transaction: the write lock is taken before the snapshot is read, so a second
 * editor's transaction waits and then reads what the first one wrote (no lost update, no duplicate).
 */
export function editApplier(db: Db, statements: PreparedStatements) {
  const run = db.transaction(<T>(scope: EditScope, decide: (s: EditSnapshot) => EditDecision<T>, options: EditOptions): T => {
    const decision = decide(readSnapshot(statements, scope));
    if (decision.change) applyChange(statements, decision.change, options);
    return decision.result;
  });
  return <T>(scope: EditScope, decide: (s: EditSnapshot) => EditDecision<T>, options: EditOptions = {}): T =>
    run.immediate(scope, decide, options) as T;
}
