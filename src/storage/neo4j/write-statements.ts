import { ENTITY_TYPES, ORGANISATION_KINDS, type EntityType, type OrganisationKind } from '../../domain/entity.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../domain/vocabulary.js';
import { ARTICLE_LABEL, ENTITY_LABEL, KIND_LABELS, MENTION_TYPE, TYPE_LABELS, WRITE_LOCK_LABEL } from './labels.js';

/*
 * The write statements. Labels and relationship types cannot be parameters, so there is one statement
 * per (entity type, kind) and one per relationship type, built here from the fixed tables; a write picks
 * one by key and sends every value as a parameter.
 */

/**
 * Takes the document-write lock: changing a property write-locks the node until the transaction ends,
 * so every other transaction that runs this statement waits here (Cypher has no explicit lock).
 */
export const TAKE_WRITE_LOCK = `MERGE (l:${WRITE_LOCK_LABEL} {name: 'documents'}) SET l.writes = coalesce(l.writes, 0) + 1`;

export const UPSERT_ARTICLES = `UNWIND $rows AS props MERGE (a:${ARTICLE_LABEL} {id: props.id}) SET a += props`;

const ALL_NODE_LABELS = [...Object.values(TYPE_LABELS), ...Object.values(KIND_LABELS).filter((l): l is string => l !== null)];

// The caller sends the entity's final state, so it replaces ours whole: `+=` with a null removes the
// property, and the old type and kind labels go before the current ones are set.
const upsertEntities = (labels: string) => `
UNWIND $rows AS row
MERGE (e:${ENTITY_LABEL} {id: row.id})
REMOVE e:${ALL_NODE_LABELS.join(':')}
SET e:${labels}, e += row`;

export function entityStatementKey(type: EntityType, kind: OrganisationKind | null): string {
  return type === 'ORGANISATION' && kind ? `${type}/${kind}` : type;
}

const ENTITY_STATEMENTS = new Map<string, string>();
for (const type of ENTITY_TYPES) ENTITY_STATEMENTS.set(type, upsertEntities(TYPE_LABELS[type]));
for (const kind of ORGANISATION_KINDS) {
  const labels = [TYPE_LABELS.ORGANISATION, KIND_LABELS[kind]].filter((l): l is string => l !== null).join(':');
  ENTITY_STATEMENTS.set(entityStatementKey('ORGANISATION', kind), upsertEntities(labels));
}

export function upsertEntitiesStatement(key: string): string {
  const statement = ENTITY_STATEMENTS.get(key);
  if (!statement) throw new Error(`no entity statement for ${JSON.stringify(key)}`);
  return statement;
}

/** Ids among $entityIds / $articleIds that the store does not hold (this transaction's writes included). */
export const MISSING_NODES = `
RETURN [id IN $entityIds WHERE NOT EXISTS { MATCH (:${ENTITY_LABEL} {id: id}) }] AS entities,
       [id IN $articleIds WHERE NOT EXISTS { MATCH (:${ARTICLE_LABEL} {id: id}) }] AS articles`;

// One MENTIONED_IN per entity and article; rows arrive grouped by that pair with distinct quotes, so
// each relationship is touched by one row and `fresh` is exactly what this write adds.
export const ADD_MENTIONS = `
UNWIND $rows AS row
MATCH (e:${ENTITY_LABEL} {id: row.entityId})
MATCH (a:${ARTICLE_LABEL} {id: row.articleId})
MERGE (e)-[m:${MENTION_TYPE}]->(a)
WITH m, [q IN row.quotes WHERE NOT q IN coalesce(m.quotes, [])] AS fresh
SET m.quotes = coalesce(m.quotes, []) + fresh
RETURN sum(size(fresh)) AS added`;

/** Every stored relationship holding one of $ids, whatever its type: one index seek per vocabulary type. */
// A lookup by relationship id probes one unique index per type (an id does not say its type): 19 branches
// that take Neo4j about a second to plan, and a growing graph makes it replan every few seconds. Every
// branch is a unique-index seek whatever the statistics say, so the cached plan is kept (replan=skip).
export const CLAIMS_BY_ID = `
CYPHER replan=skip
UNWIND $ids AS id
CALL (id) {
${RELATIONSHIP_TYPE_NAMES.map((type) => `  MATCH (s)-[r:${type} {id: id}]->(t) RETURN r, s, t`).join('\n  UNION ALL\n')}
}
RETURN r.id AS id, type(r) AS type, s.id AS sourceId, t.id AS targetId, r.role AS role`;
