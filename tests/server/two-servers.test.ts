import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createNeo4jClient } from '../../src/storage/neo4j/index.js';
import { describeNeo4j, resetNeo4jDatabase } from '../support/neo4j.js';
import { startServer, type ServerProcess } from '../support/server-process.js';

// Two server processes over one Neo4j, as behind a load balancer: one on bolt://, the other on
// neo4j:// (the routing scheme a cluster or Aura needs, answered by a single server here). Both ingest
// at once and answer the same questions the same way.
const EDITOR = 'two-servers-editor-token-0123456789';
const FOLLOW_UPS = [
  'tests/fixtures/follow-up-duvanov.json',
  'tests/fixtures/follow-ups/1-appeal-upheld.json',
  'tests/fixtures/follow-ups/2-punishment-cell.json',
  'tests/fixtures/follow-ups/3-freed-early.json',
];
const document = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

const QUESTIONS = [
  '{ articles(first: 50) { totalCount edges { node { id title } } } }',
  '{ entities(first: 100) { totalCount edges { node { id name type } } } }',
  '{ node(id: "person:sergei-duvanov") { ... on Person { name aliases related(first: 100) { id type status citations { quote } } } } }',
  '{ search(query: "Duvanov") { score entity { id name } } }',
  '{ timeline(id: "person:sergei-duvanov") { id name date { iso } } }',
];

async function ask(server: ServerProcess, query: string, variables: unknown = {}): Promise<any> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const INGEST =
  'mutation($d: JSON!) { ingestArticle(document: $d, note: "two servers") { articleId entities { created merged unchanged } } }';

describeNeo4j('two servers over one Neo4j', (config) => {
  const servers: ServerProcess[] = [];
  const wipe = async () => {
    const client = createNeo4jClient(config);
    try {
      await resetNeo4jDatabase(client);
    } finally {
      await client.close();
    }
  };

  beforeAll(async () => {
    await wipe();
    const env = {
      NEO4J_USER: config.user,
      NEO4J_PASSWORD: config.password,
      NEO4J_DATABASE: config.database,
      KG_EDITOR_TOKENS: `Ed:${EDITOR}`,
    };
    servers.push(await startServer({ ...env, NEO4J_URI: config.uri }));
    servers.push(await startServer({ ...env, NEO4J_URI: config.uri.replace(/^bolt:/, 'neo4j:'), KG_SEED_ON_START: '0' }));
  }, 180_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await wipe();
  });

  it('ingest at once through both, each document once, and give the same answers', async () => {
    // the follow-ups all name the seed's people: two writers at once must not create any of them twice
    const reports = await Promise.all(FOLLOW_UPS.map((path, i) => ask(servers[i % 2]!, INGEST, { d: document(path) })));
    for (const report of reports) expect(report.errors).toBeUndefined();
    const entityCount = await ask(servers[0]!, '{ entities(first: 1) { totalCount } }');
    const names = await ask(servers[1]!, '{ entities(first: 100, type: PERSON) { edges { node { name } } } }');
    expect(names.errors).toBeUndefined();
    const people = names.data.entities.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(new Set(people).size).toBe(people.length);
    expect(entityCount.data.entities.totalCount).toBeGreaterThan(52);
    for (const question of QUESTIONS) {
      const [a, b] = await Promise.all(servers.map((s) => ask(s, question)));
      expect(a.errors, question).toBeUndefined();
      expect(b, question).toEqual(a);
    }
  }, 180_000);
});
