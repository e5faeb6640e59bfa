import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { collectExport, EXPORT_FORMATS, type ExportEdge, type ExportGraph } from '../../src/export/index.js';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import { createNeo4jClient, type Neo4jClient } from '../../src/storage/neo4j/index.js';
import { seed } from '../graphql/harness.js';
import { describeNeo4j, resetNeo4jDatabase } from '../support/neo4j.js';
import { sorted } from './parse-back.js';
import { trickyGraph } from './tricky-graph.js';

/*
 * The Cypher export run into the real Neo4j (the shared test database, held through the suite's lock and
 * wiped before and after), then read back with plain Cypher and compared with the graph it came from.
 */

/** Runs the export's schema line on its own, then every data line in one transaction. */
async function load(client: Neo4jClient, cypher: string): Promise<void> {
  const lines = cypher.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('//'));
  const schema = lines.filter((l) => l.startsWith('CREATE CONSTRAINT'));
  for (const statement of schema) await client.write((tx) => tx.run(statement.replace(/;$/, '')));
  await client.write(async (tx) => {
    for (const statement of lines.filter((l) => !schema.includes(l))) await tx.run(statement.replace(/;$/, ''));
  });
}

async function readBack(client: Neo4jClient): Promise<ExportGraph> {
  const nodes = await client.read(`MATCH (n:Entity) RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases,
    n.roles AS roles, n.kind AS kind, n.date AS date, [l IN labels(n) WHERE l <> 'Entity'] AS labels`);
  const edges = await client.read(`MATCH (a:Entity)-[r]->(b:Entity)
    RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.status AS status, r.role AS role, r.start AS start,
      r.end AS end, r.quotes AS quotes, r.articleIds AS articleIds`);
  const articles = new Map((await client.read('MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.author AS author, a.url AS url'))
    .map((a) => [a.id as string, { id: a.id, title: a.title, author: a.author ?? null, url: a.url ?? null }]));
  return sorted({
    nodes: nodes.map((n) => ({ id: n.id, type: n.type, name: n.name, aliases: n.aliases, roles: n.roles, kind: n.kind ?? null, date: n.date ?? null })),
    edges: edges.map((e) => ({
      id: e.id, source: e.source, target: e.target, type: e.type, status: e.status, role: e.role ?? null, start: e.start ?? null, end: e.end ?? null,
      citations: (e.quotes as string[]).map((quote, i) => ({ quote, article: articles.get((e.articleIds as string[])[i]) })),
    })) as ExportEdge[],
  } as ExportGraph);
}

describeNeo4j('the Cypher export in a real Neo4j', (config) => {
  let client: Neo4jClient;
  afterAll(async () => {
    if (client) {
      await resetNeo4jDatabase(client);
      await client.close();
    }
  });

  it('recreates a graph of hostile strings exactly, with labels from the vocabulary', async () => {
    client = createNeo4jClient(config);
    await resetNeo4jDatabase(client);
    await load(client, EXPORT_FORMATS.cypher.render(trickyGraph));
    expect(await readBack(client)).toEqual(sorted(trickyGraph));
    const labels = await client.read("MATCH (n:Entity {id: 'organisation:x'}) RETURN labels(n) AS labels");
    expect([...(labels[0].labels as string[])].sort()).toEqual(['Entity', 'Organisation', 'Prison']);
  });

  it('recreates the whole seeded graph with every status and citation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cypher-export-'));
    const store = await openEmbeddedStore(dir);
    try {
      await store.migrate();
      await seed(store);
      const graph = await collectExport(store, { kind: 'all', maxNodes: 10_000 });
      await resetNeo4jDatabase(client);
      await load(client, EXPORT_FORMATS.cypher.render(graph));
      const back = await readBack(client);
      expect(back.nodes).toHaveLength(52);
      // the export holds only the entities' own nodes; isolated entities come back too
      expect(back).toEqual(sorted(graph));
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
