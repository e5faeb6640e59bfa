// The floor server: one hand-written Cypher statement per request (bench/servers/floor-statements.ts),
// its rows sent back as JSON. POST /query with {"name": "entity", "params": {...}}.
//   NEO4J_URI=... NEO4J_PASSWORD=... PORT=4103 node --import tsx bench/servers/floor.ts
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { cypherValue } from '../harness/db.js';
import { FLOOR_STATEMENTS } from './floor-statements.js';

const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD!), {
  disableLosslessIntegers: true,
});
const database = process.env.NEO4J_DATABASE ?? 'neo4j';

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (c: Buffer) => chunks.push(c));
  request.on('end', () => {
    void (async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as { name?: string; params?: Record<string, unknown> };
        const statement = body.name ? FLOOR_STATEMENTS[body.name] : undefined;
        if (!statement) {
          // the harness's readiness probe sends a GraphQL body; answer it like a server that is up
          response.writeHead(body.name ? 400 : 200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body.name ? { errors: [{ message: `no statement ${body.name}` }] } : { data: null }));
          return;
        }
        const result = await driver.executeQuery(statement, cypherValue(body.params ?? {}) as Record<string, unknown>, {
          database,
          routing: neo4j.routing.READ,
        });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ data: result.records.map((r) => r.toObject()) }));
      } catch (error) {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      }
    })();
  });
});
server.listen(Number(process.env.PORT ?? 4103), '127.0.0.1');
const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
