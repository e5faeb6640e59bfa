import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';

/*
 * The floor: for each query of the mix, the one Cypher statement a person would write by hand to answer
 * it, returning exactly what the GraphQL queries select. No GraphQL, no loaders, no mapping layer.
 */

const T = RELATIONSHIP_TYPE_NAMES.join('|');
const MEMBERSHIP = 'MEMBER_OF|LEADS|HEAD_OF|WORKS_FOR|FORMERLY_WORKED_FOR|WRITES_FOR';

/**
 * The first n relationships of `x` by type then id, like `related(first: n)`: the relationship as
 * `<as>Rel` (it keeps two relationships to the same entity apart when rows are grouped) and the other end.
 */
const firstRelated = (x: string, n: string, as: string) => `
  MATCH (${x})-[r:${T}]-(o:Entity) WITH DISTINCT r, o ORDER BY type(r), r.id LIMIT ${n} RETURN r AS ${as}Rel, o AS ${as}`;

export const FLOOR_STATEMENTS: Record<string, string> = {
  entity: `
MATCH (e:Entity {id: $id})-[r:${T}]-(o:Entity)
WITH DISTINCT r, o ORDER BY type(r), r.id LIMIT $first
RETURN r.id AS id, type(r) AS type, r.status AS status, o.id AS otherId, o.name AS otherName,
       r.citation_articles AS articles, r.citation_quotes AS quotes`,

  twoHops: `
MATCH (s:Entity {id: $id})
CALL (s) {${firstRelated('s', '10', 'a')} }
CALL (a) {${firstRelated('a', '10', 'b')} }
WITH aRel, a, collect({id: b.id, name: b.name}) AS next
RETURN a.id AS id, a.name AS name, next`,

  threeHops: `
MATCH (s:Entity {id: $id})
CALL (s) {${firstRelated('s', '10', 'a')} }
CALL (a) {${firstRelated('a', '10', 'b')} }
CALL (b) {${firstRelated('b', '10', 'c')} }
WITH aRel, a, bRel, b, collect({id: c.id, name: c.name}) AS cs
WITH aRel, a, collect({id: b.id, name: b.name, next: cs}) AS next
RETURN a.id AS id, a.name AS name, next`,

  people: `
MATCH (p:Person) WITH p ORDER BY p.id LIMIT $first
CALL (p) {
  OPTIONAL MATCH (p)-[r:${MEMBERSHIP}]->(o:Entity)
  WITH r, o ORDER BY type(r), r.id
  RETURN collect(CASE WHEN r IS NULL THEN NULL ELSE {id: r.id, type: type(r), otherId: o.id, otherName: o.name} END) AS memberships
}
RETURN p.id AS id, p.name AS name, memberships`,

  search: `
CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
RETURN node.id AS id, node.name AS name, score
ORDER BY score DESC, size(node.search_keys), node.id LIMIT $first`,

  // breadth first like walkNeighbourhood: each level's new nodes by id, cut to what the limit leaves
  neighbourhood: `
MATCH (s:Entity {id: $id})
WITH s, COLLECT { MATCH (s)-[:${T}]-(n:Entity) WHERE n <> s RETURN DISTINCT n ORDER BY n.id }[0..($limit - 1)] AS level1
WITH s, level1, COLLECT {
  UNWIND level1 AS a
  MATCH (a)-[:${T}]-(n:Entity) WHERE n <> s AND NOT n IN level1
  RETURN DISTINCT n ORDER BY n.id
} AS candidates
WITH [s] + level1 + candidates[0..($limit - 1 - size(level1))] AS nodes
RETURN [n IN nodes | n.id] AS nodes,
       COLLECT { UNWIND nodes AS a MATCH (a)-[r:${T}]-(b:Entity) WHERE b IN nodes RETURN DISTINCT r.id } AS edges`,

  paths: `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL MATCH p = allShortestPaths((a)-[:${T}*..4]-(b))
UNWIND CASE WHEN p IS NULL THEN [null] ELSE relationships(p) END AS r
WITH collect(DISTINCT r) AS rs
RETURN [r IN rs | r.id] AS edges,
       reduce(ids = [], r IN rs | ids + [x IN [startNode(r).id, endNode(r).id] WHERE NOT x IN ids]) AS nodes`,

  timeline: `
MATCH (:Entity {id: $id})-[:PARTICIPATED_IN]->(e:Event)
WITH DISTINCT e ORDER BY e.date_year, e.date_month, e.date_day, e.id
RETURN e.id AS id, e.name AS name, e.date_year AS year, e.date_month AS month, e.date_day AS day`,
};
