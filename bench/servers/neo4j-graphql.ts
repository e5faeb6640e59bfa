// @neo4j/graphql (7.x) on graphql-yoga over the bench's Neo4j: the library a team would reach for first.
//   NEO4J_URI=... NEO4J_PASSWORD=... PORT=4102 node --import tsx bench/servers/neo4j-graphql.ts
// PEER_CONFIG=interface serves the bench's first configuration instead (relationship fields to the Entity
// interface); the default is the one its documentation recommends (neo4j-graphql-typedefs.ts).
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { NEO4J_GRAPHQL_INTERFACE_TYPE_DEFS, NEO4J_GRAPHQL_TYPE_DEFS, PEER_NAME_INDEX_STATEMENT } from './neo4j-graphql-typedefs.js';

const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD!));
const interfacePeer = process.env.PEER_CONFIG === 'interface';
const library = new Neo4jGraphQL({ typeDefs: interfacePeer ? NEO4J_GRAPHQL_INTERFACE_TYPE_DEFS : NEO4J_GRAPHQL_TYPE_DEFS, driver });
const schema = await library.getSchema();
if (!interfacePeer) {
  // the bench's setup for the peer: @neo4j/graphql checks that its @fulltext index exists but never creates it
  await driver.executeQuery(PEER_NAME_INDEX_STATEMENT, {}, { database });
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  await library.assertIndexesAndConstraints({ driver, sessionConfig: { database } });
}
const yoga = createYoga({
  schema,
  graphiql: false,
  logging: 'warn',
  context: { sessionConfig: { database } },
});
const server = createServer(yoga);
server.listen(Number(process.env.PORT ?? 4102), '127.0.0.1');
const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
