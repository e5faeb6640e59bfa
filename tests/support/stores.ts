import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { createNeo4jClient, openNeo4jStore } from '../../src/storage/neo4j/index.js';
import { acquireDatabaseLock, neo4jConfig, probeAndMigrateNeo4j, resetNeo4jDatabase } from './neo4j.js';

export interface TestStore {
  name: string;
  /** an empty, migrated store; close it when done */
  open(): Promise<GraphStore>;
}

/** Runs `cleanup` after the store's own close, whatever that close does. */
function onClose(store: GraphStore, cleanup: () => void | Promise<void>): GraphStore {
  const close = store.close.bind(store);
  store.close = async () => {
    try {
      await close();
    } finally {
      await cleanup();
    }
  };
  return store;
}

function embedded(): TestStore {
  return {
    name: 'embedded',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'kg-test-'));
      const store = await openEmbeddedStore(dir);
      await store.migrate();
      return onClose(store, () => rmSync(dir, { recursive: true, force: true }));
    },
  };
}

/** The one Neo4j database, held by this store until it closes (test files run in parallel), and wiped. */
function neo4j(config: NonNullable<typeof neo4jConfig>): TestStore {
  return {
    name: 'neo4j',
    async open() {
      await probeAndMigrateNeo4j(config);
      const release = await acquireDatabaseLock(config);
      try {
        const client = createNeo4jClient(config);
        try {
          await resetNeo4jDatabase(client);
        } finally {
          await client.close();
        }
        const store = await openNeo4jStore(config);
        await store.migrate();
        return onClose(store, release);
      } catch (error) {
        release();
        throw error;
      }
    },
  };
}

/**
 * Every store the behaviour suites run against: the embedded one always, Neo4j when NEO4J_URI is set.
 * (Without it, under KG_REQUIRE_NEO4J=1, the Neo4j-only suites fail the run: see tests/support/neo4j.ts.)
 */
export function testStores(): TestStore[] {
  return neo4jConfig ? [embedded(), neo4j(neo4jConfig)] : [embedded()];
}
