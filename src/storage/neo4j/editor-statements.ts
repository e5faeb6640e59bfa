import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../../domain/vocabulary.js';
import { ENTITY_LABEL, MENTION_TYPE } from './labels.js';

/*
 * Statements of editors' writes. As elsewhere, labels and types come from labels.ts and the vocabulary,
 * one prebuilt statement per relationship type where Cypher needs the type in its text.
 */

export const MERGED_ID_LABEL = 'MergedId';
export const EDIT_ENTRY_LABEL = 'EditEntry';

/**
 * Write locks on the scope's entities and redirects, in id order (so two editors never wait on each
 * other in a cycle; should Neo4j still see a deadlock, the driver retries the whole transaction). A
 * property set and removed in one statement takes the node's lock and leaves no trace.
 */
export const LOCK_SCOPE = `
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (e:${ENTITY_LABEL} {id: id})
  OPTIONAL MATCH (m:${MERGED_ID_LABEL} {id: id})
  FOREACH (n IN [x IN [e, m] WHERE x IS NOT NULL] | SET n.edit_lock = true REMOVE n.edit_lock)
}
RETURN count(*) AS locked`;

/** The ends of the named relationships, so that they can be locked before anything is read. */
// A lookup by relationship id probes one unique index per type (an id does not say its type): 19 branches
// that take Neo4j about a second to plan, and a growing graph makes it replan every few seconds. Every
// branch is a unique-index seek whatever the statistics say, so the cached plan is kept (replan=skip).
export const RELATIONSHIP_ENDS = `
CYPHER replan=skip
UNWIND $ids AS id
CALL (id) {
${RELATIONSHIP_TYPE_NAMES.map((type) => `  MATCH (s)-[r:${type} {id: id}]->(t) RETURN s.id AS sourceId, t.id AS targetId`).join('\n  UNION ALL\n')}
}
RETURN sourceId, targetId`;

const relationshipMap = 'r {.*, type: type(r), sourceId: s.id, targetId: t.id}';
// the summary's properties only: a hub's citation lists stay in the store
const DATE_PARTS = ['year', 'month', 'day', 'inferred', 'qualifier', 'until'];
const summaryProps = ['id', 'status', 'disputed', 'role', ...['start', 'end'].flatMap((p) => DATE_PARTS.map((d) => `${p}_${d}`))];
const summaryMap = `r {${summaryProps.map((p) => `.${p}`).join(', ')}, type: type(r), sourceId: s.id, targetId: t.id}`;

// see RELATIONSHIP_ENDS for replan=skip
const relationshipsById = (projection: string) => `
CYPHER replan=skip
UNWIND $ids AS id
CALL (id) {
${RELATIONSHIP_TYPE_NAMES.map((type) => `  MATCH (s)-[r:${type} {id: id}]->(t) RETURN ${projection} AS relationship`).join('\n  UNION ALL\n')}
}
RETURN relationship`;

export const RELATIONSHIPS_BY_ID = relationshipsById(relationshipMap);
export const RELATIONSHIP_SUMMARIES_BY_ID = relationshipsById(summaryMap);

export const MERGED_INTO = `
UNWIND $ids AS id
MATCH (m:${MERGED_ID_LABEL} {id: id})
RETURN m.id AS id, m.into AS into`;

const byType = (build: (type: RelationshipType) => string) => new Map(RELATIONSHIP_TYPE_NAMES.map((type) => [type, build(type)]));

export const DELETE_RELATIONSHIPS = byType(
  (type) => `
UNWIND $ids AS id
MATCH ()-[r:${type} {id: id}]->()
DELETE r`,
);

// Whole replacement: the old edge (if any) is deleted first by DELETE_RELATIONSHIPS, then made afresh.
export const CREATE_RELATIONSHIPS = byType(
  (type) => `
UNWIND $rows AS row
MATCH (s:${ENTITY_LABEL} {id: row.sourceId})
MATCH (t:${ENTITY_LABEL} {id: row.targetId})
CREATE (s)-[r:${type}]->(t)
SET r = row.props`,
);

export const DELETE_ENTITIES = `
UNWIND $ids AS id
MATCH (e:${ENTITY_LABEL} {id: id})
DETACH DELETE e`;

export const DELETE_REDIRECTS = `
UNWIND $ids AS id
MATCH (m:${MERGED_ID_LABEL} {id: id})
DELETE m`;

export const DELETE_MENTIONS = `
UNWIND $ids AS id
MATCH (:${ENTITY_LABEL} {id: id})-[m:${MENTION_TYPE}]->()
DELETE m`;

export const ADD_REDIRECTS = `
UNWIND $rows AS row
MERGE (m:${MERGED_ID_LABEL} {id: row.id})
SET m.into = row.into`;

export const APPEND_HISTORY = `
UNWIND $rows AS row
CREATE (h:${EDIT_ENTRY_LABEL})
SET h = row`;

// newest first; `position` keeps the subjects of one edit in the order they were given
export const HISTORY_OF = `
UNWIND $ids AS id
CALL (id) {
  MATCH (h:${EDIT_ENTRY_LABEL} {subjectId: id})
  WITH h ORDER BY h.at DESC, h.editId DESC LIMIT $first
  RETURN collect(h.editId) AS editIds
}
RETURN id, editIds`;

export const EDITS_BY_ID = `
UNWIND $ids AS editId
MATCH (h:${EDIT_ENTRY_LABEL} {editId: editId})
WITH editId, h ORDER BY h.position
RETURN editId, collect(properties(h)) AS entries`;
