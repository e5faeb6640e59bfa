import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { rankSearchHits } from '../../src/resolution/search-ranking.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { loadSeedDocuments } from '../../src/ingest/seed.js';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { walkNeighbourhood } from '../../src/storage/walks.js';
import { openNeo4jStore } from '../../src/storage/neo4j/index.js';
import { describeNeo4j, resetNeo4jDatabase, useNeo4jTestClient } from '../support/neo4j.js';
import { DOCUMENT_A, DOCUMENT_B } from './fixtures.js';

/** Ingests the seed (twice: the second pass must change nothing) and returns the ingest reports. */
async function ingestSeed(store: GraphStore): Promise<unknown[]> {
  const reports: unknown[] = [];
  for (let pass = 0; pass < 2; pass++) {
    for (const doc of loadSeedDocuments()) reports.push(await ingestDocument(store, doc.json, { source: doc.path }));
  }
  return reports;
}

/** Everything a client could ask about the seeded graph, answered by one store. */
async function everything(store: GraphStore): Promise<unknown> {
  const entities = await store.listEntities({ type: null, after: null, first: 10_000 });
  const ids = entities.map((e) => e.id);
  const names = [...new Set(entities.flatMap((e) => [e.name, ...e.aliases]))];
  const pairs = ids.slice(0, 12).flatMap((from, i) => ids.slice(i + 1, 12).map((to) => ({ from, to })));
  return {
    entities,
    counts: [await store.countEntities(null), await store.countArticles()],
    relations: await store.getRelations(ids.map((entityId) => ({ entityId, types: null, direction: 'BOTH' as const, first: 1000 }))),
    outgoing: await store.getRelations(ids.map((entityId) => ({ entityId, types: null, direction: 'OUT' as const, first: 2 }))),
    incident: await store.getIncidentEdges(ids),
    search: await Promise.all(
      names.map(async (query) => rankSearchHits(query, await store.searchCandidates({ query, types: null, first: 10 }), 10)),
    ),
    paths: await Promise.all(pairs.map((p) => store.findShortestPaths({ ...p, maxLength: 4 }))),
    hoods: await Promise.all(ids.slice(0, 5).map((id) => walkNeighbourhood(store, id, 2, 25))),
  };
}

// The two adapters must be interchangeable: the same ingest gives the same answers, in the same order.
describeNeo4j('Neo4j and embedded stores agree on the seed', (config) => {
  const client = useNeo4jTestClient();
  let dir: string;
  let stores: GraphStore[] = [];
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-parity-'));
    const neo4j = await openNeo4jStore(config);
    await neo4j.migrate();
    await resetNeo4jDatabase(client());
    stores = [await openEmbeddedStore(dir), neo4j];
  });
  afterEach(async () => {
    for (const store of stores) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests to the same reports and answers every read the same way', async () => {
    const [embedded, neo4j] = stores;
    expect(await ingestSeed(neo4j)).toEqual(await ingestSeed(embedded));
    const expected = await everything(embedded);
    expect(await everything(neo4j)).toEqual(expected);
  });

  it('writes the contract fixtures to the same counts and answers every read the same way', async () => {
    const [embedded, neo4j] = stores;
    for (const doc of [DOCUMENT_A, DOCUMENT_B, DOCUMENT_A])
      expect(await neo4j.writeDocument(doc)).toEqual(await embedded.writeDocument(doc));
    expect(await everything(neo4j)).toEqual(await everything(embedded));
  });
});
