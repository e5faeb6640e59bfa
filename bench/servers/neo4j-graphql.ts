// @neo4j/graphql (7.x) on graphql-yoga over the bench's Neo4j: the library a team would reach for first.
//   NEO4J_URI=... NEO4J_PASSWORD=... PORT=4102 node --import tsx bench/servers/neo4j-graphql.ts
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './neo4j-graphql-typedefs.js';

const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD!));
const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver }).getSchema();
const yoga = createYoga({
  schema,
  graphiql: false,
  logging: 'warn',
  context: { sessionConfig: { database: process.env.NEO4J_DATABASE ?? 'neo4j' } },
});
const server = createServer(yoga);
server.listen(Number(process.env.PORT ?? 4102), '127.0.0.1');
const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
