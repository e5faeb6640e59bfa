// Times one statement against the private Neo4j, several runs: npx tsx bench/speed/time-statement.ts <module> <export> '<params json>' [runs]
import neo4j from 'neo4j-driver';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SPEED_NEO4J } from './roots.js';

const [modulePath, name, paramsJson, runs = '5'] = process.argv.slice(2);
const statement = (await import(pathToFileURL(resolve(modulePath)).href))[name] as string;
const driver = neo4j.driver(SPEED_NEO4J.uri, neo4j.auth.basic(SPEED_NEO4J.user, SPEED_NEO4J.password));
for (let i = 0; i < Number(runs); i++) {
  const t = performance.now();
  const r = await driver.executeQuery(statement, JSON.parse(paramsJson ?? '{}'));
  console.log(`${name}: ${(performance.now() - t).toFixed(1)} ms, ${r.records.length} rows`);
}
await driver.close();
