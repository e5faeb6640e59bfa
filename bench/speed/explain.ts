// Prints the PROFILE of one statement against the private Neo4j: npx tsx bench/speed/explain.ts <module> <export> '<params json>'
import neo4j from 'neo4j-driver';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SPEED_NEO4J } from './roots.js';

const [modulePath, name, paramsJson] = process.argv.slice(2);
const statement = (await import(pathToFileURL(resolve(modulePath)).href))[name] as string;
const driver = neo4j.driver(SPEED_NEO4J.uri, neo4j.auth.basic(SPEED_NEO4J.user, SPEED_NEO4J.password));
const result = await driver.executeQuery(`PROFILE ${statement}`, JSON.parse(paramsJson ?? '{}'));
const show = (p: any, depth = 0): void => {
  console.log(`${'  '.repeat(depth)}${p.operatorType} rows=${p.rows} hits=${p.dbHits} ${p.arguments?.Details ?? ''}`.slice(0, 200));
  for (const c of p.children ?? []) show(c, depth + 1);
};
show(result.summary.profile);
await driver.close();
