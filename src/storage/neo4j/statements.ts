import { ARTICLE_SUMMARY_PROPERTIES, ENTITY_READ_PROPERTIES } from './records.js';
import { ARTICLE_LABEL, ENTITY_LABEL, GRAPH_TYPES_PATTERN, MENTION_TYPE } from './labels.js';

/*
 * The read statements. Every value is a parameter; the only text spliced in is the fixed vocabulary from
 * labels.ts. Relationships come back as maps (properties plus type and endpoint ids) and nodes as property
 * maps, so the driver's Node and Relationship objects never leave the adapter.
 */

/** A relationship as records.ts reads it. */
const relationship = (r: string) => `${r} {.*, type: type(${r}), sourceId: startNode(${r}).id, targetId: endNode(${r}).id}`;

/** An entity's mentions, one map per article: { articleId, quotes }. records.ts puts them in contract order. */
const mentions = (e: string) =>
  `COLLECT { MATCH (${e})-[m:${MENTION_TYPE}]->(a:${ARTICLE_LABEL}) RETURN {articleId: a.id, quotes: m.quotes} }`;

// Entities and articles are looked up by their own label, so each lookup is a unique-constraint seek. An
// entity is read without its mentions (ENTITY_MENTIONS, only when asked for) and without `facts` (the
// sources' own claims, read only by writes).
const entityProjection = (e: string) => `${e} {${ENTITY_READ_PROPERTIES.map((p) => `.${p}`).join(', ')}}`;

// An article's text can be long: the second form leaves it out (a citation's article where `text` is not selected).
const nodesById = (article: string) => `
UNWIND $ids AS id
CALL (id) {
  MATCH (e:${ENTITY_LABEL} {id: id})
  RETURN 'entity' AS label, ${entityProjection('e')} AS props
  UNION ALL
  MATCH (a:${ARTICLE_LABEL} {id: id})
  RETURN 'article' AS label, ${article} AS props
}
RETURN id, label, props`;
export const NODES_BY_ID = nodesById('properties(a)');
export const NODES_BY_ID_WITHOUT_TEXT = nodesById(`a {${ARTICLE_SUMMARY_PROPERTIES.map((p) => `.${p}`).join(', ')}}`);

/** Entities whole, mentions included: what an edit reads before rewriting them. */
export const ENTITIES_WITH_MENTIONS = `
UNWIND $ids AS id
MATCH (e:${ENTITY_LABEL} {id: id})
RETURN id, 'entity' AS label, ${entityProjection('e')} AS props, ${mentions('e')} AS mentions`;

/** The mentions of each entity, one row per entity that has any. */
export const ENTITY_MENTIONS = `
UNWIND $ids AS id
MATCH (e:${ENTITY_LABEL} {id: id})
RETURN id, ${mentions('e')} AS mentions`;

// One row per query, in query order. LIMIT cannot read a variable, so each list is cut to the batch's
// largest `first` ($maxFirst: a sort that keeps only the top rows, not the hub's 38,000 edges), then
// sliced to the query's own: only the relationships kept become maps, so a hub's other edges never have
// their citation lists read. The direction picks the pattern (an arrow the planner expands from e) and
// the types are tested on the relationship before anything else. DISTINCT: an undirected match may meet a
// self-loop from both ends. With `others`, the entity at each kept relationship's other end comes too, as
// a second list in the same order (both collected from the same rows).
const relationsOfQueries = (projection: (r: string) => string, others = false) => `
UNWIND range(0, size($queries) - 1) AS i
WITH i, $queries[i] AS q
CALL (q) {
  MATCH (e:${ENTITY_LABEL} {id: q.entityId})
  CALL (e, q) {
    MATCH (e)-[r:${GRAPH_TYPES_PATTERN}]->(o:${ENTITY_LABEL})
    WHERE q.direction <> 'IN' AND (q.types IS NULL OR type(r) IN q.types)
    RETURN r, o
    UNION
    MATCH (e)<-[r:${GRAPH_TYPES_PATTERN}]-(o:${ENTITY_LABEL})
    WHERE q.direction <> 'OUT' AND (q.types IS NULL OR type(r) IN q.types)
    RETURN r, o
  }
  WITH r, o ORDER BY type(r), r.id LIMIT $maxFirst
  WITH q, collect(r) AS all${others ? ', collect(o) AS ends' : ''}
  RETURN [r IN all[0..q.first] | ${projection('r')}] AS relationships${others ? `, [o IN ends[0..q.first] | ${entityProjection('o')}] AS others` : ''}
}
RETURN i, relationships${others ? ', others' : ''}
ORDER BY i`;
export const RELATIONS_OF_QUERIES = relationsOfQueries(relationship);
/** The same pages, each relationship with the entity at its other end (GraphStore.getRelationsWithOthers). */
export const RELATIONS_WITH_OTHERS_OF_QUERIES = relationsOfQueries(relationship, true);
/** The same pages, each relationship as its id and ends only (GraphStore.getRelationEnds). */
export const RELATION_ENDS_OF_QUERIES = relationsOfQueries(
  (r) => `{id: ${r}.id, sourceId: startNode(${r}).id, targetId: endNode(${r}).id}`,
);

// A walk's step (GraphStore.getNeighbourIds): the sort and the cut to $first run in Neo4j, so a frontier
// next to a hub returns $first ids rather than every edge of the hub.
export const NEIGHBOUR_IDS = `
UNWIND $ids AS id
MATCH (:${ENTITY_LABEL} {id: id})-[:${GRAPH_TYPES_PATTERN}]-(n:${ENTITY_LABEL})
WHERE NOT n.id IN $exclude
WITH DISTINCT n.id AS id ORDER BY id LIMIT $first
RETURN id`;

// Matched in one direction with both ends' ids bound, so each edge comes once and the planner can start
// from whichever end has fewer edges.
export const EDGES_AMONG = `
MATCH (a:${ENTITY_LABEL})-[r:${GRAPH_TYPES_PATTERN}]->(b:${ENTITY_LABEL})
WHERE a.id IN $ids AND b.id IN $ids
RETURN ${relationship('r')} AS relationship
ORDER BY relationship.id`;

export const INCIDENT_EDGE_ENDS = `
UNWIND $ids AS id
MATCH (:${ENTITY_LABEL} {id: id})-[r:${GRAPH_TYPES_PATTERN}]-(:${ENTITY_LABEL})
WITH DISTINCT r
RETURN r.id AS id, startNode(r).id AS sourceId, endNode(r).id AS targetId
ORDER BY id`;

export const INCIDENT_EDGES = `
UNWIND $ids AS id
MATCH (:${ENTITY_LABEL} {id: id})-[r:${GRAPH_TYPES_PATTERN}]-(:${ENTITY_LABEL})
WITH DISTINCT r
RETURN ${relationship('r')} AS relationship
ORDER BY relationship.id`;

// Two texts rather than `$type IS NULL OR ...`, so each has an index that gives its order: the typed page
// orders by (type, id), the same order as by id once the type is fixed, so that the (type, id) index
// yields its first rows and stops (ordered by id alone, Neo4j read every person off that index and sorted
// them; figures in docs/benchmarks.md).
const entityPage = (typeFilter: string, order: string, hint = '') => `
MATCH (e:${ENTITY_LABEL})${hint}
WHERE ${typeFilter} e.id > $after
WITH e ORDER BY ${order} LIMIT $first
RETURN ${entityProjection('e')} AS props
ORDER BY props.id`;
export const ENTITY_PAGE = entityPage('', 'e.id');
// hinted: on a graph whose index statistics are young the planner would rather filter the id index
export const ENTITY_PAGE_OF_TYPE = entityPage('e.type = $type AND', 'e.type, e.id', `\nUSING INDEX e:${ENTITY_LABEL}(type, id)`);

export const ARTICLE_PAGE = `
MATCH (a:${ARTICLE_LABEL})
WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $first
RETURN properties(a) AS props
ORDER BY props.id`;

export const COUNT_ENTITIES = `MATCH (e:${ENTITY_LABEL}) RETURN count(e) AS n`;
export const COUNT_ENTITIES_OF_TYPE = `MATCH (e:${ENTITY_LABEL}) WHERE e.type = $type RETURN count(e) AS n`;
export const COUNT_ARTICLES = `MATCH (a:${ARTICLE_LABEL}) RETURN count(a) AS n`;

// The Lucene query and its index (one of two fixed names) are parameters like any other value (see
// search-query.ts for how they are built). Ties
// go to the shorter keys, then the id: the embedded store's order where every candidate scores the same.
// The index yields its hits best first; only the first $wide of them (four times the candidates wanted)
// are sorted again for the tie-break, which reads each one's keys: sorting every hit read the keys of
// thousands (a common trigram matches thousands of names; figures in docs/benchmarks.md).
export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
WITH node, score LIMIT $wide
WITH node, score ORDER BY score DESC, size(node.search_keys), node.id LIMIT $limit
RETURN ${entityProjection('node')} AS props, score, size(node.search_keys) AS keyLength
ORDER BY score DESC, keyLength, props.id`;

// SEARCH_ENTITIES for many queries at once, one row per query (LIMIT cannot read a variable: sliced instead).
export const SEARCH_ENTITIES_BATCH = `
UNWIND range(0, size($queries) - 1) AS i
WITH i, $queries[i] AS q
CALL (q) {
  CALL db.index.fulltext.queryNodes(q.index, q.query) YIELD node, score
  WHERE q.types IS NULL OR node.type IN q.types
  WITH node, score ORDER BY score DESC, size(node.search_keys), node.id
  WITH q, collect(node) AS all
  RETURN [node IN all[0..q.limit] | ${entityProjection('node')}] AS found
}
RETURN i, found`;

/** Longest path findShortestPaths answers in Cypher: variable-length bounds cannot be parameters. */
export const MAX_PATH_STATEMENT_LENGTH = 10;

// One statement per bound 1..10, built from integers we own; the caller picks one by a checked integer.
// The same entity at both ends is answered before Cypher (allShortestPaths refuses it).
const SHORTEST_PATHS: ReadonlyMap<number, string> = new Map(
  Array.from({ length: MAX_PATH_STATEMENT_LENGTH }, (_, i) => [
    i + 1,
    `
MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
MATCH p = allShortestPaths((a)-[:${GRAPH_TYPES_PATTERN}*..${i + 1}]-(b))
UNWIND relationships(p) AS r
WITH DISTINCT r
RETURN ${relationship('r')} AS relationship
ORDER BY relationship.id`,
  ]),
);

export function shortestPathsStatement(maxLength: number): string {
  const statement = SHORTEST_PATHS.get(maxLength);
  if (!statement) throw new RangeError(`no shortest-path statement for maxLength ${maxLength} (1..${MAX_PATH_STATEMENT_LENGTH})`);
  return statement;
}
