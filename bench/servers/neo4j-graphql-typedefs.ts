import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';

/*
 * Type definitions for @neo4j/graphql over the graph as our Neo4j store writes it (src/storage/neo4j):
 * nodes labelled Entity plus Person / Organisation / Place / Event, edges of the vocabulary's types with
 * their claim on the edge (id, status, role, and the citations as the parallel lists citation_articles[i],
 * citation_quotes[i]). Two configurations (issue 24):
 * - NEO4J_GRAPHQL_TYPE_DEFS, the peer every headline ratio uses: set up as @neo4j/graphql's documentation
 *   would have a user set up this graph, with concrete node types as relationship targets;
 * - NEO4J_GRAPHQL_INTERFACE_TYPE_DEFS, the bench's first configuration, every relationship field targeting
 *   the Entity interface, kept as a second column to show what that costs.
 */

const TYPES = RELATIONSHIP_TYPE_NAMES.join('|');

const CLAIM = `
type Claim @relationshipProperties {
  id: ID!
  status: String!
  role: String
  citation_articles: [String!]
  citation_quotes: [String!]
}`;

/** "Any relationship, first 10 by type then id": no declarative form in @neo4j/graphql, so a @cypher field. */
const neighbours = (target: string) => `
  neighbours: [${target}!]!
    @cypher(statement: """
      MATCH (this)-[r:${TYPES}]-(o:Entity)
      WITH DISTINCT r, o ORDER BY type(r), r.id LIMIT 10
      RETURN o
    """, columnName: "o")`;

/** The relationship types of a person's memberships; every such edge in the graph ends at an Organisation. */
export const MEMBERSHIP_TYPES = ['MEMBER_OF', 'LEADS', 'HEAD_OF', 'WORKS_FOR', 'FORMERLY_WORKED_FOR', 'WRITES_FOR'];

/**
 * The full-text index over entity names that the fair peer's @fulltext names. @neo4j/graphql does not
 * create indexes (assertIndexesAndConstraints only checks them), so the peer's server creates it at start
 * (bench/servers/neo4j-graphql.ts). The store's own full-text indexes are over its folded keys and their
 * trigrams (`entity_names`, `entity_name_trigrams`), not over `name`.
 */
export const PEER_NAME_INDEX = 'peer_entity_name_words';
export const PEER_NAME_INDEX_STATEMENT = `CREATE FULLTEXT INDEX ${PEER_NAME_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name]`;

/*
 * The fair peer. Every entity carries the label Entity, so "any relationship of an entity" is a concrete
 * node type on that label (AnyEntity) with one field per relationship type, queried in both directions
 * (`queryDirection: UNDIRECTED`: a relationship is the entity's whichever way it points) and targeting
 * AnyEntity again, so no field is a union over four implementations. Person is a type of its own for the
 * queries that start from people: memberships target Organisation, the timeline Event. Search is
 * `@fulltext` on names (Lucene's ranking, over PEER_NAME_INDEX). Hops stay a @cypher field.
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = `${CLAIM}

type AnyEntity @node(labels: ["Entity"]) @plural(value: "anyEntities")
  @fulltext(indexes: [{ indexName: "${PEER_NAME_INDEX}", queryName: "anyEntitiesByName", fields: ["name"] }]) {
  id: ID!
  name: String!
  type: String!
${RELATIONSHIP_TYPE_NAMES.map(
  (type) => `  any_${type}: [AnyEntity!]! @relationship(type: "${type}", direction: OUT, queryDirection: UNDIRECTED, properties: "Claim")`,
).join('\n')}${neighbours('AnyEntity')}
}

type Person @node(labels: ["Person", "Entity"]) {
  id: ID!
  name: String!
${MEMBERSHIP_TYPES.map((type) => `  out_${type}: [Organisation!]! @relationship(type: "${type}", direction: OUT, properties: "Claim")`).join('\n')}
  participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Claim")
}

type Organisation @node(labels: ["Organisation", "Entity"]) {
  id: ID!
  name: String!
}

type Event @node(labels: ["Event", "Entity"]) {
  id: ID!
  name: String!
  date_year: Int
  date_month: Int
  date_day: Int
}
`;

/*
 * The first configuration: every vocabulary type is a relationship field in each direction (out_TYPE,
 * in_TYPE) to the Entity interface, which @neo4j/graphql turns into a union over the four implementations
 * for every field. Its hop field's limit is written in the statement: @neo4j/graphql 7.6.3 sends a nested
 * @cypher field's argument as NULL when the field returns an interface (`LIMIT NULL`, a syntax error), so
 * `neighbours(first: 10)` failed.
 */
const relationshipFields = RELATIONSHIP_TYPE_NAMES.flatMap((type) => [
  `  out_${type}: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "Claim")`,
  `  in_${type}: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "Claim")`,
]).join('\n');

const common = `
  id: ID!
  name: String!
  type: String!
  aliases: [String!]!
${relationshipFields}${neighbours('Entity')}`;

const node = (name: string, extra = '') => `
type ${name} implements Entity @node(labels: ["${name}", "Entity"]) {${common}${extra}
}`;

const participation = `
  participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Claim")`;

export const NEO4J_GRAPHQL_INTERFACE_TYPE_DEFS = `
interface Entity {
  id: ID!
  name: String!
  type: String!
  aliases: [String!]!
  neighbours: [Entity!]!
}
${CLAIM}
${node('Person', `\n  roles: [String!]${participation}`)}
${node('Organisation', `\n  kind: String${participation}`)}
${node('Place')}
${node(
  'Event',
  `
  date_year: Int
  date_month: Int
  date_day: Int`,
)}
`;
