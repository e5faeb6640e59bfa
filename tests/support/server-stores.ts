import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNeo4jClient } from '../../src/storage/neo4j/index.js';
import { acquireDatabaseLock, neo4jConfig, probeAndMigrateNeo4j, resetNeo4jDatabase } from './neo4j.js';

/** How a server process is pointed at a fresh, empty store (it seeds itself on start), and cleaned up after. */
export interface ServerStore {
  name: 'embedded' | 'neo4j';
  /** the environment for the server; for Neo4j, after taking the shared database's lock and wiping it */
  prepare(): Promise<Record<string, string>>;
  /** wipes what the server wrote and releases the lock */
  cleanup(): Promise<void>;
}

function embedded(): ServerStore {
  let dir: string | null = null;
  return {
    name: 'embedded',
    async prepare() {
      dir = mkdtempSync(join(tmpdir(), 'kg-server-'));
      return { NEO4J_URI: '', KG_DATA_DIR: dir };
    },
    async cleanup() {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function neo4j(config: NonNullable<typeof neo4jConfig>): ServerStore {
  let release: (() => void) | null = null;
  const wipe = async () => {
    const client = createNeo4jClient(config);
    try {
      await resetNeo4jDatabase(client);
    } finally {
      await client.close();
    }
  };
  return {
    name: 'neo4j',
    async prepare() {
      await probeAndMigrateNeo4j(config);
      release = await acquireDatabaseLock(config);
      await wipe();
      return { NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database };
    },
    async cleanup() {
      if (!release) return;
      try {
        await wipe();
      } finally {
        release();
        release = null;
      }
    },
  };
}

/** The embedded store always, Neo4j when NEO4J_URI is set (tests/support/neo4j.ts says when that must fail). */
export function serverStores(): ServerStore[] {
  return neo4jConfig ? [embedded(), neo4j(neo4jConfig)] : [embedded()];
}
