import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';

/*
 * Type definitions for @neo4j/graphql over the graph as our Neo4j store writes it (src/storage/neo4j):
 * nodes labelled Entity plus Person / Organisation / Place / Event, edges of the vocabulary's types with
 * their claim on the edge (id, status, role, and the citations as the parallel lists citation_articles[i],
 * citation_quotes[i]). Every vocabulary type is a relationship field in each direction (out_TYPE, in_TYPE)
 * to the Entity interface. "Any relationship, first n by type then id" has no declarative form in
 * @neo4j/graphql, so hops use a @cypher field, as its documentation advises for custom traversals. Its
 * limit is written in the statement: @neo4j/graphql 7.6.3 sends a nested @cypher field's argument as NULL
 * when the field returns an interface (`LIMIT NULL`, a syntax error), so `neighbours(first: 10)` failed.
 */

const TYPES = RELATIONSHIP_TYPE_NAMES.join('|');

const relationshipFields = RELATIONSHIP_TYPE_NAMES.flatMap((type) => [
  `  out_${type}: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "Claim")`,
  `  in_${type}: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "Claim")`,
]).join('\n');

const common = `
  id: ID!
  name: String!
  type: String!
  aliases: [String!]!
${relationshipFields}
  neighbours: [Entity!]!
    @cypher(statement: """
      MATCH (this)-[r:${TYPES}]-(o:Entity)
      WITH DISTINCT r, o ORDER BY type(r), r.id LIMIT 10
      RETURN o
    """, columnName: "o")`;

const node = (name: string, extra = '') => `
type ${name} implements Entity @node(labels: ["${name}", "Entity"]) {${common}${extra}
}`;

const participation = `
  participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Claim")`;

export const NEO4J_GRAPHQL_TYPE_DEFS = `
interface Entity {
  id: ID!
  name: String!
  type: String!
  aliases: [String!]!
  neighbours: [Entity!]!
}

type Claim @relationshipProperties {
  id: ID!
  status: String!
  role: String
  citation_articles: [String!]
  citation_quotes: [String!]
}
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
