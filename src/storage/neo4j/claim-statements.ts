import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../../domain/vocabulary.js';
import { ARTICLE_LABEL, DISPUTE_LABEL, ENTITY_LABEL, GRAPH_TYPES_PATTERN, MENTION_TYPE } from './labels.js';

/*
 * Statements of the per-source claims model (see src/domain/claims.ts): an article's citations on an edge
 * are replaced by its current version's, the edge's summary is written as the planner worked it out, and
 * each disagreement has a marker node so that the graph's disputes are one index read.
 */

/** The entities an article mentions (with its quotes) and the relationships it cites (found from its entities' edges). */
export const ARTICLE_FOOTPRINT = `
OPTIONAL MATCH (a:${ARTICLE_LABEL} {id: $articleId})<-[m:${MENTION_TYPE}]-(e:${ENTITY_LABEL})
WITH collect(e) AS entities, collect(CASE WHEN m IS NOT NULL THEN {entityId: e.id, quotes: coalesce(m.quotes, [])} END) AS mentions
RETURN [e IN entities | e.id] AS entityIds, mentions,
  COLLECT { UNWIND entities AS e MATCH (e)-[r:${GRAPH_TYPES_PATTERN}]-(:${ENTITY_LABEL})
            WHERE $articleId IN r.citation_articles RETURN DISTINCT r.id } AS relationshipIds`;

// The mentions of an article that its current version no longer makes go; the rest are set to exactly
// the quotes given, and `fresh` counts the quotes this write adds.
export const DROP_OLD_MENTIONS = `
MATCH (:${ARTICLE_LABEL} {id: $articleId})<-[m:${MENTION_TYPE}]-(e:${ENTITY_LABEL})
WHERE NOT e.id IN $entityIds
DELETE m`;

export const SET_MENTIONS = `
UNWIND $rows AS row
MATCH (e:${ENTITY_LABEL} {id: row.entityId})
MATCH (a:${ARTICLE_LABEL} {id: row.articleId})
MERGE (e)-[m:${MENTION_TYPE}]->(a)
WITH m, row, [q IN row.quotes WHERE NOT q IN coalesce(m.quotes, [])] AS fresh
SET m.quotes = row.quotes
RETURN sum(size(fresh)) AS added`;

// One article's citations on an edge replaced by its current ones (three parallel lists: article, quote,
// detail JSON; lists written before details were kept get '' details, read as the edge's status).
// The summary (status, disputed, dates) arrives worked out over every source and is set as given.
const putClaims = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (s:${ENTITY_LABEL} {id: row.sourceId})
MATCH (t:${ENTITY_LABEL} {id: row.targetId})
MERGE (s)-[r:${type} {id: row.id}]->(t)
ON CREATE SET r.role = row.role, r.citation_articles = [], r.citation_quotes = [], r.citation_details = []
WITH r, row, coalesce(r.citation_articles, []) AS articles, coalesce(r.citation_quotes, []) AS quotes
WITH r, row, articles, quotes,
  coalesce(r.citation_details, [x IN articles | '']) AS details,
  [i IN range(0, size(articles) - 1) WHERE articles[i] <> row.articleId] AS kept,
  [q IN row.quotes WHERE NOT any(j IN range(0, size(articles) - 1) WHERE articles[j] = row.articleId AND quotes[j] = q)] AS fresh
SET r.citation_articles = [i IN kept | articles[i]] + [q IN row.quotes | row.articleId],
    r.citation_quotes = [i IN kept | quotes[i]] + row.quotes,
    r.citation_details = [i IN kept | details[i]] + row.details,
    r.status = row.status, r.disputed = row.disputed
SET r += row.dates
RETURN sum(size(fresh)) AS citationsAdded`;

const PUT_CLAIMS = new Map(RELATIONSHIP_TYPE_NAMES.map((type) => [type, putClaims(type)]));

export function putClaimsStatement(type: RelationshipType): string {
  const statement = PUT_CLAIMS.get(type);
  if (!statement) throw new Error(`no claims statement for ${JSON.stringify(type)}`);
  return statement;
}

/** An entity no source mentions any more goes, unless a relationship still holds it. */
export const DELETE_UNHELD_ENTITIES = `
UNWIND $ids AS id
MATCH (e:${ENTITY_LABEL} {id: id})
WHERE NOT EXISTS { (e)-[:${GRAPH_TYPES_PATTERN}]-() }
DETACH DELETE e`;

/** Markers of these subjects other than the ones to keep (a node deleted and merged again in one statement is lost). */
export const DROP_DISPUTES = `
UNWIND $subjectIds AS subjectId
MATCH (d:${DISPUTE_LABEL} {subjectId: subjectId})
WHERE NOT d.id IN $keep
DELETE d`;

export const ADD_DISPUTES = `
UNWIND $markers AS marker
MERGE (d:${DISPUTE_LABEL} {id: marker.id})
SET d += marker`;

export const DISPUTE_PAGE = `
MATCH (d:${DISPUTE_LABEL})
WITH d ORDER BY d.id LIMIT $first
RETURN d.id AS id, d.aspect AS aspect, d.subjectId AS subjectId`;
