import type { BenchDatabase } from './db.js';
import type { MixServer } from './load.js';
import { nodeTs, startServer, stopServer } from './processes.js';

const neo4jEnv = (db: BenchDatabase) => ({
  NEO4J_URI: db.uri,
  NEO4J_USER: db.user,
  NEO4J_PASSWORD: db.password,
  NEO4J_DATABASE: db.database,
});

/**
 * Our server as `npm start` runs it (src/server/main.ts), without seeding, quiet, and with the request
 * timeout raised so that a slow query under 16 connections is measured rather than cut off.
 */
function oursEnv(extra: Record<string, string>): Record<string, string> {
  return {
    KG_SEED_ON_START: '0',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    KG_REQUEST_TIMEOUT_MS: '120000',
    KG_STORE_TIMEOUT_MS: '120000',
    ...extra,
  };
}

export async function startOurs(
  name: string,
  store: { neo4j: BenchDatabase } | { dataDir: string },
  port: number,
  nodeFlags: string[] = [],
): Promise<MixServer> {
  const env = 'neo4j' in store ? oursEnv(neo4jEnv(store.neo4j)) : oursEnv({ KG_DATA_DIR: store.dataDir, NEO4J_URI: '' });
  return { name, asks: 'ours', process: await startServer(name, nodeTs('src/server/main.ts', nodeFlags), env, port) };
}

/** The names the two @neo4j/graphql configurations have in the results (bench/servers/neo4j-graphql-typedefs.ts). */
export const PEER = '@neo4j/graphql';
export const INTERFACE_PEER = '@neo4j/graphql (interface)';

/**
 * Ours on Neo4j and on the embedded store, @neo4j/graphql as its documentation sets it up and the floor,
 * each a process of its own; with `interfacePeer`, also @neo4j/graphql with the bench's first type
 * definitions (relationship fields to the Entity interface).
 */
export async function startMixServers(
  db: BenchDatabase,
  embeddedDir: string,
  basePort: number,
  { interfacePeer = false } = {},
): Promise<MixServer[]> {
  // started together (they take seconds each to load); should one fail, the others are stopped
  const starting = [
    startOurs('ours', { neo4j: db }, basePort),
    startOurs('embedded', { dataDir: embeddedDir }, basePort + 1),
    startServer(PEER, nodeTs('bench/servers/neo4j-graphql.ts'), neo4jEnv(db), basePort + 2).then(
      (process): MixServer => ({ name: PEER, asks: 'neo4jGraphql', process }),
    ),
    startServer('floor', nodeTs('bench/servers/floor.ts'), neo4jEnv(db), basePort + 3, '/query').then(
      (process): MixServer => ({ name: 'floor', asks: 'floor', process }),
    ),
    ...(interfacePeer
      ? [
          startServer(
            INTERFACE_PEER,
            nodeTs('bench/servers/neo4j-graphql.ts'),
            { ...neo4jEnv(db), PEER_CONFIG: 'interface' },
            basePort + 4,
          ).then((process): MixServer => ({ name: INTERFACE_PEER, asks: 'neo4jGraphqlInterface', process })),
        ]
      : []),
  ];
  const settled = await Promise.allSettled(starting);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) {
    for (const s of settled) if (s.status === 'fulfilled') await stopServer(s.value.process);
    throw failed.reason;
  }
  return settled.map((s) => (s as PromiseFulfilledResult<MixServer>).value);
}
