import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createNeo4jClient, openNeo4jStore, type Neo4jClient, type Neo4jConnection } from '../../src/storage/neo4j/index.js';

/*
 * When Neo4j suites run. They SKIP only when NEO4J_URI is not set (a laptop without a database). With
 * KG_REQUIRE_NEO4J=1 (CI) a missing NEO4J_URI FAILS the run, and whenever NEO4J_URI is set an unreachable
 * server fails every test of the suite, so a broken database never passes as "skipped".
 */

const env = process.env;

export const neo4jConfig: Neo4jConnection | null = env.NEO4J_URI
  ? {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || 'neo4j',
    }
  : null;

export const neo4jRequired = env.KG_REQUIRE_NEO4J === '1';

const START_HINT = 'start one with `bash scripts/neo4j.sh start` and export the NEO4J_* variables it prints';

/** Waiting for another test file to finish with the one shared database, and for a slow server. */
const SETUP_TIMEOUT_MS = 10 * 60_000;
/** A real server over the network: a cold query plan alone can take seconds on a small CI machine. */
const TEST_TIMEOUT_MS = 30_000;

/**
 * Neo4j Community has one user database, so test files that use it take turns: vitest runs files in
 * parallel workers, and one file's reset would wipe another's data mid-test. The lock is a directory
 * (mkdir is atomic), one per URI and database, holding the owner's pid; a lock whose process is gone is
 * stale and taken over.
 */
function lockDirOf(config: Neo4jConnection): string {
  const database = createHash('sha256').update(`${config.uri}\u0000${config.database}`).digest('hex').slice(0, 12);
  return join(tmpdir(), `kg-neo4j-test-${database}.lock`);
}

function lockOwnerAlive(lockDir: string): boolean {
  try {
    const pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is not ours to signal
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function acquireDatabaseLock(config: Neo4jConnection): Promise<() => void> {
  const lockDir = lockDirOf(config);
  for (let staleChecks = 0; ; ) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
      return () => rmSync(lockDir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // a second of looks without a live owner (so not a lock whose pid is being written): take it over
      staleChecks = lockOwnerAlive(lockDir) ? 0 : staleChecks + 1;
      if (staleChecks >= 10) rmSync(lockDir, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** A client for test set-up (reset, schema checks); one per test file, closed after it. */
export function useNeo4jTestClient(): () => Neo4jClient {
  let client: Neo4jClient | null = null;
  afterAll(async () => {
    await client?.close();
    client = null;
  });
  return () => (client ??= createNeo4jClient(neo4jConfig!));
}

/**
 * Deletes every node and relationship of the test database. Only ever point NEO4J_* at a development or
 * CI instance when running the tests: this wipes it. Constraints and indexes stay (migrate keeps them).
 */
export async function resetNeo4jDatabase(client: Neo4jClient): Promise<void> {
  await client.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
}

/**
 * Checks that the server answers, failing with a message that says what to do, and migrates it: a fresh
 * database builds its schema here, outside any one test's time limit.
 */
export async function probeAndMigrateNeo4j(config: Neo4jConnection): Promise<void> {
  let store;
  try {
    store = await openNeo4jStore(config);
  } catch (error) {
    throw new Error(`Neo4j at ${config.uri} is not reachable or not usable (${(error as Error).message}); ${START_HINT}`, { cause: error });
  }
  try {
    await store.migrate();
  } finally {
    await store.close();
  }
}

/**
 * A describe block for tests that need Neo4j: skipped without NEO4J_URI (failing instead when
 * KG_REQUIRE_NEO4J=1), otherwise run with the shared database to itself, after checking that the server
 * answers (failing with a message that says what to do) and migrating it once.
 */
export function describeNeo4j(name: string, body: (config: Neo4jConnection) => void): void {
  const config = neo4jConfig;
  if (!config) {
    if (neo4jRequired) {
      describe(name, () => {
        it('needs Neo4j', () => {
          throw new Error(`KG_REQUIRE_NEO4J=1 but NEO4J_URI is not set: ${START_HINT}`);
        });
      });
    } else {
      describe.skip(`${name} (skipped: NEO4J_URI is not set)`, () => {
        it('needs Neo4j', () => {});
      });
    }
    return;
  }
  describe(name, { timeout: TEST_TIMEOUT_MS }, () => {
    let release: (() => void) | null = null;
    beforeAll(async () => {
      await probeAndMigrateNeo4j(config);
      // only now: a broken server fails at once instead of queueing behind another file's tests
      release = await acquireDatabaseLock(config);
    }, SETUP_TIMEOUT_MS);
    afterAll(() => {
      release?.();
    });
    body(config);
  });
}

/** A few thousand pseudo-random letters: far more distinct trigrams than any name (a search stress input). */
export function longNonsense(): string {
  let seed = 1;
  return Array.from({ length: 4000 }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(97 + ((seed >> 16) % 26));
  }).join('');
}
