import { rmSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { copyGraph } from '../../src/bulk/copy-graph.js';
import { EmbeddedGraphStore } from '../../src/storage/embedded/index.js';
import type { DocumentWrite } from '../../src/storage/graph-store.js';
import { createNeo4jClient, openNeo4jStore } from '../../src/storage/neo4j/index.js';
import { graphCounts, wipe, type BenchDatabase } from './db.js';
import { kgIngest, type IngestResults } from './ingest-phase.js';
import type { KnownIdentities } from './known-identities.js';
import { unwindLoad } from './unwind-load.js';

/*
 * The ingest phase on the project's fastest path, every document resolved for real (no identities told):
 * 1. Embedded: kg ingest (ingestDocument) of every document but the last `sample`, timed one by one and
 *    each planned write recorded (the rows of the UNWIND floor).
 * 2. Neo4j, empty: kg ingest of the first `sample` documents (kg ingest into Neo4j on an empty graph).
 * 3. Neo4j, empty: the plain UNWIND load of every recorded write (the floor).
 * 4. Neo4j, empty: kg bulk-load's copy of the embedded store (step 1 is its staging): the bulk rate is the
 *    documents over staging plus copy time.
 * 5. kg ingest of the last `sample` documents into both stores (the graph grown: is the rate constant?).
 * Both stores then hold the whole corpus; their counts must agree.
 */
export async function bulkIngestPhase(
  docs: unknown[],
  embeddedDir: string,
  driver: Driver,
  db: BenchDatabase,
  sampleOption: number,
): Promise<IngestResults> {
  const sample = Math.max(1, Math.min(sampleOption, Math.floor(docs.length / 10)));
  const head = docs.slice(0, docs.length - sample);
  const tail = docs.slice(docs.length - sample);
  rmSync(embeddedDir, { recursive: true, force: true });
  const embedded = await EmbeddedGraphStore.open(embeddedDir);
  const neo4jStore = await openNeo4jStore({ ...db, transactionTimeoutMs: 600_000 });
  const client = createNeo4jClient({ ...db, transactionTimeoutMs: 600_000 });
  try {
    const known: KnownIdentities = new Map();
    const writes: DocumentWrite[] = [];
    console.log(`embedded: kg ingest of ${head.length} documents (the staging of kg bulk-load)`);
    const staged = await kgIngest(embedded, head, known, writes, 1000);

    await wipe(driver, db);
    await neo4jStore.migrate();
    console.log(`Neo4j: kg ingest of the first ${sample} documents`);
    const neo4jFirst = (await kgIngest(neo4jStore, docs.slice(0, sample), new Map())).summary();

    await wipe(driver, db);
    console.log(`Neo4j: plain UNWIND load of ${writes.length} documents' rows`);
    const unwind = await unwindLoad(driver, db, writes);
    writes.length = 0;

    await wipe(driver, db);
    await neo4jStore.migrate();
    console.log('Neo4j: kg bulk-load copy of the embedded store');
    const copy = await copyGraph(embedded, client);
    console.log(`  copied in ${copy.seconds.toFixed(1)} s`);

    console.log(`both: kg ingest of the last ${sample} documents`);
    const neo4jLast = (await kgIngest(neo4jStore, tail, new Map())).summary();
    const embeddedLast = await kgIngest(embedded, tail, known);

    const counts = await graphCounts(driver, db);
    const embeddedCounts = {
      entities: await embedded.countEntities(null),
      articles: await embedded.countArticles(),
      ...(await embedded.stagedCounts()),
    };
    const byType: Record<string, number> = {};
    for (const type of ['PERSON', 'ORGANISATION', 'PLACE', 'EVENT'] as const) byType[type] = await embedded.countEntities(type);
    const stagedSummary = staged.summary();
    const all = staged.append(embeddedLast);
    return {
      mode: 'bulk',
      sample,
      counts,
      bulk: {
        docs: head.length,
        stagedSeconds: stagedSummary.seconds,
        copySeconds: copy.seconds,
        docsPerSecond: head.length / (stagedSummary.seconds + copy.seconds),
        staged: stagedSummary,
      },
      embedded: {
        first: all.slice(0, sample).summary(),
        known: null,
        last: embeddedLast.summary(),
        full: all.summary(),
        measuredAt: new Date().toISOString(),
        cached: false,
      },
      planned: {
        entities: embeddedCounts.entities,
        relationships: embeddedCounts.relationships,
        articles: embeddedCounts.articles,
        entitiesByType: byType,
      },
      neo4jFirst,
      neo4jLast,
      neo4jFull: null,
      unwind: unwind.summary(),
      unwindFirst: unwind.slice(0, sample).summary(),
      unwindLast: unwind.slice(-sample).summary(),
    };
  } finally {
    await client.close();
    await neo4jStore.close();
    await embedded.close();
  }
}
