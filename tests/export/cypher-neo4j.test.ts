import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { collectExport, EXPORT_FORMATS, type ExportGraph } from '../../src/export/index.js';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import { createNeo4jClient, openNeo4jStore, type Neo4jClient, type Neo4jConnection } from '../../src/storage/neo4j/index.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { seed } from '../graphql/harness.js';
import { describeNeo4j, resetNeo4jDatabase } from '../support/neo4j.js';
import { disagreeingFollowUp } from './disagreeing-follow-up.js';
import { sorted } from './parse-back.js';
import { trickyGraph } from './tricky-graph.js';

/*
 * The Cypher export run into the real Neo4j (the shared test database, held through the suite's lock and
 * wiped before and after), then read back through the Neo4j store and compared with the graph it came from.
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

/** The recreated graph as the Neo4j store itself reads it, exported again: what kg-server would serve from it. */
async function readBack(config: Neo4jConnection): Promise<{ graph: ExportGraph; disputes: string[] }> {
  const store = await openNeo4jStore(config);
  try {
    await store.migrate();
    const graph = await collectExport(store, { kind: 'all', maxNodes: 10_000 });
    const disputes = (await store.listDisputes({ first: 100 })).map((d) => d.id);
    return { graph: sorted(graph), disputes };
  } finally {
    await store.close();
  }
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
    const back = await readBack(config);
    expect(back.graph).toEqual(sorted(trickyGraph));
    // each citation's own status and saidBy, the summary and the disagreement, as the store reads them
    expect(back.graph.edges[0].citations.map((c) => [c.status, c.saidBy?.entityId ?? null])).toEqual([
      ['REPORTED', null],
      ['DENIED', 'organisation:x'],
    ]);
    expect(back.disputes).toEqual(['dispute:date:event:e', 'dispute:status:rel:1']);
    const labels = await client.read("MATCH (n:Entity {id: 'organisation:x'}) RETURN labels(n) AS labels");
    expect([...(labels[0].labels as string[])].sort()).toEqual(['Entity', 'Organisation', 'Prison']);
  });

  it('recreates the whole seeded graph, with a follow-up that disputes it, as the store reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cypher-export-'));
    const store = await openEmbeddedStore(dir);
    try {
      await store.migrate();
      await seed(store);
      await ingestDocument(store, disagreeingFollowUp);
      const graph = await collectExport(store, { kind: 'all', maxNodes: 10_000 });
      await resetNeo4jDatabase(client);
      await load(client, EXPORT_FORMATS.cypher.render(graph));
      const back = await readBack(config);
      expect(back.graph.nodes).toHaveLength(52);
      // the export holds only the entities' own nodes; isolated entities come back too
      expect(back.graph).toEqual(sorted(graph));
      expect(back.disputes).toEqual((await store.listDisputes({ first: 100 })).map((d) => d.id));
      expect(back.disputes).toHaveLength(2);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
