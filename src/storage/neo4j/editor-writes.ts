import type {
  EditDecision,
  EditRecord,
  EditScope,
  EditSnapshot,
  EditableRelationship,
  GraphChange,
  Verdict,
} from '../../domain/editing.js';
import type { EntityWithMentions } from '../../domain/entity.js';
import type { DocumentWrite, EditOptions } from '../graph-store.js';
import type { Neo4jClient, WriteTransaction } from './driver.js';
import {
  ADD_REDIRECTS,
  APPEND_HISTORY,
  CREATE_RELATIONSHIPS,
  DELETE_ENTITIES,
  DELETE_MENTIONS,
  DELETE_REDIRECTS,
  DELETE_RELATIONSHIPS,
  LOCK_SCOPE,
  MERGED_INTO,
  RELATIONSHIP_ENDS,
  RELATIONSHIPS_BY_ID,
} from './editor-statements.js';
import { relationshipTypeOf } from './labels.js';
import { citationDetailJson, entityWithMentionsFrom, flattenDate, relationshipFrom, type MentionRow } from './records.js';
import { putDisputes } from './disputes.js';
import { entityDisputes, relationshipDisputes } from '../../domain/disputes.js';
import { ENTITY_FACTS, deleteEntityFacts, factReadParams, factsOfRows, replaceEntityFacts } from './facts.js';
import { ENTITIES_WITH_MENTIONS, INCIDENT_EDGES } from './statements.js';
import { entityRowsByStatement, mentionRows } from './write-plan.js';
import { ADD_MENTIONS, TAKE_WRITE_LOCK, upsertEntitiesStatement } from './write-statements.js';

/** The editor's verdict as edge properties (Neo4j properties cannot be maps). */
export function verdictFrom(props: Record<string, unknown>): Verdict | null {
  if (typeof props.verdict_status !== 'string') return null;
  return {
    status: props.verdict_status as Verdict['status'],
    editor: String(props.verdict_editor),
    note: String(props.verdict_note),
    at: String(props.verdict_at),
    editId: String(props.verdict_edit),
  };
}

function verdictProps(verdict: Verdict | null): Record<string, string> {
  if (!verdict) return {};
  return {
    verdict_status: verdict.status,
    verdict_editor: verdict.editor,
    verdict_note: verdict.note,
    verdict_at: verdict.at,
    verdict_edit: verdict.editId,
  };
}

/** All properties of a relationship, for a whole replacement. */
function relationshipProps(r: EditableRelationship): Record<string, unknown> {
  const props: Record<string, unknown> = {
    id: r.id,
    status: r.status,
    disputed: r.disputed,
    role: r.role,
    ...flattenDate('start', r.start),
    ...flattenDate('end', r.end),
    citation_articles: r.citations.map((c) => c.articleId),
    citation_quotes: r.citations.map((c) => c.quote),
    citation_details: r.citations.map(citationDetailJson),
    ...verdictProps(r.verdict),
  };
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
}

const editable = (row: Record<string, unknown>): EditableRelationship => ({ ...relationshipFrom(row), verdict: verdictFrom(row) });

/** Locks the scope (its entities and the ends of its relationships), then reads it. */
async function readSnapshot(tx: WriteTransaction, scope: EditScope): Promise<EditSnapshot> {
  const ends = scope.relationshipIds.length === 0 ? [] : (await tx.run(RELATIONSHIP_ENDS, { ids: scope.relationshipIds })).rows;
  const lockIds = [...new Set([...scope.entityIds, ...ends.flatMap((r) => [r.sourceId as string, r.targetId as string])])].sort();
  if (lockIds.length > 0) await tx.run(LOCK_SCOPE, { ids: lockIds });

  const entities = new Map<string, EntityWithMentions | null>(scope.entityIds.map((id) => [id, null]));
  if (scope.entityIds.length > 0) {
    for (const row of (await tx.run(ENTITIES_WITH_MENTIONS, { ids: scope.entityIds })).rows) {
      entities.set(row.id as string, entityWithMentionsFrom(row.props as Record<string, unknown>, row.mentions as MentionRow[]));
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
      const r = editable(row.relationship as Record<string, unknown>);
      relationships.set(r.id, r);
    }
  }
  if (scope.relationshipIds.length > 0) {
    for (const row of (await tx.run(RELATIONSHIPS_BY_ID, { ids: scope.relationshipIds })).rows) {
      const r = editable(row.relationship as Record<string, unknown>);
      relationships.set(r.id, r);
    }
  }
  const merged = scope.entityIds.length === 0 ? [] : (await tx.run(MERGED_INTO, { ids: scope.entityIds })).rows;
  return {
    entities,
    mergedInto: new Map(merged.map((r) => [r.id as string, r.into as string])),
    relationships: [...relationships.values()],
  };
}

/** Groups ids by relationship type, which Cypher needs in the statement's text. */
function byType<T>(items: T[], typeOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const type = relationshipTypeOf(typeOf(item));
    groups.set(type, [...(groups.get(type) ?? []), item]);
  }
  return groups;
}

export function historyRows(edit: EditRecord): Array<Record<string, unknown>> {
  const details = JSON.stringify(edit.details);
  return [...new Set(edit.subjectIds)].map((subjectId, position) => ({
    editId: edit.id,
    subjectId,
    position,
    at: edit.at,
    editor: edit.editor,
    action: edit.action,
    note: edit.note,
    summary: edit.summary,
    details,
  }));
}

async function applyChange(
  tx: WriteTransaction,
  change: GraphChange,
  known: readonly EditableRelationship[],
  options: EditOptions,
): Promise<void> {
  // relationships to replace are deleted too, then made afresh below
  const typeOfId = new Map([...known, ...change.putRelationships].map((r) => [r.id, r.type]));
  const removed = [...new Set([...change.deleteRelationships, ...change.putRelationships.map((r) => r.id)])].filter((id) =>
    typeOfId.has(id),
  );
  for (const [type, ids] of byType(removed, (id) => typeOfId.get(id)!)) await tx.run(DELETE_RELATIONSHIPS.get(type as never)!, { ids });
  if (change.deleteEntities.length > 0) await tx.run(DELETE_ENTITIES, { ids: change.deleteEntities });
  await deleteEntityFacts(tx, change.deleteEntities);
  await putDisputes(tx, [...change.deleteRelationships, ...change.deleteEntities], []);
  options.onStep?.('deleted');

  const doc = {
    entities: change.putEntities,
    mentions: change.setMentions.flatMap((s) => s.mentions.map((m) => ({ entityId: s.entityId, ...m }))),
  };
  for (const [key, rows] of entityRowsByStatement(doc as DocumentWrite)) await tx.run(upsertEntitiesStatement(key), { rows });
  if (change.putEntities.length > 0) await tx.run(DELETE_REDIRECTS, { ids: change.putEntities.map((e) => e.id) });
  // an edit that carries an entity's facts (a merge, an undo, an update) replaces them; one without keeps them
  await replaceEntityFacts(
    tx,
    change.putEntities.flatMap((e) => (e.facts ? [{ id: e.id, facts: e.facts }] : [])),
  );
  if (change.setMentions.length > 0) await tx.run(DELETE_MENTIONS, { ids: change.setMentions.map((s) => s.entityId) });
  const mentions = mentionRows(doc as DocumentWrite);
  if (mentions.length > 0) await tx.run(ADD_MENTIONS, { rows: mentions });
  options.onStep?.('entities');

  for (const [type, rs] of byType(change.putRelationships, (r) => r.type)) {
    const rows = rs.map((r) => ({ sourceId: r.sourceId, targetId: r.targetId, props: relationshipProps(r) }));
    await tx.run(CREATE_RELATIONSHIPS.get(type as never)!, { rows });
  }
  await putDisputes(
    tx,
    change.putRelationships.map((r) => r.id),
    change.putRelationships.flatMap(relationshipDisputes),
  );
  await putDisputes(
    tx,
    change.putEntities.map((e) => e.id),
    change.putEntities.flatMap(entityDisputes),
  );
  options.onStep?.('relationships');

  if (change.addRedirects.length > 0) await tx.run(ADD_REDIRECTS, { rows: change.addRedirects });
  await tx.run(APPEND_HISTORY, { rows: historyRows(change.edit) });
  options.onStep?.('history');
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
    if (decision.change) await applyChange(tx, decision.change, snapshot.relationships, options);
    return decision.result;
  });
}
