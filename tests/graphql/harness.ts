import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { loadSeedDocuments } from '../../src/ingest/seed.js';
import { createKgYoga } from '../../src/server/yoga.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import type { TestStore } from '../support/stores.js';

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
  extensions?: Record<string, any>;
}

export type KgYoga = ReturnType<typeof createKgYoga>;

/** A pino logger that keeps its JSON lines in memory, so tests can see what operators would. */
export function memoryLogger(): { logger: Logger; lines: Array<Record<string, any>> } {
  const lines: Array<Record<string, any>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

export async function seed(store: GraphStore): Promise<void> {
  for (const doc of loadSeedDocuments()) await ingestDocument(store, doc.json, { source: doc.path });
}

/** POSTs one operation to /graphql through yoga.fetch (no port is opened). */
export async function gql<T = any>(yoga: KgYoga, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const response = await yoga.fetch('http://kg.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Like gql, but fails the test on any error, returning the data. */
export async function data<T = any>(yoga: KgYoga, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gql<T>(yoga, query, variables);
  if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

/** Opening may wait for another test file to finish with a shared Neo4j database (tests/support/neo4j.ts). */
const SETUP_TIMEOUT_MS = 10 * 60_000;

/** A store seeded once for the suite, with a traced yoga over it; closed after the suite. */
export function useSeededYoga(testStore: TestStore): { readonly yoga: KgYoga; readonly store: GraphStore } {
  let store: GraphStore | null = null;
  let yoga: KgYoga | null = null;
  beforeAll(async () => {
    store = await testStore.open();
    await seed(store);
    yoga = createKgYoga({ store, logger: memoryLogger().logger, trace: true });
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await store?.close();
  }, 60_000);
  return {
    get yoga() {
      if (!yoga) throw new Error('only inside a test');
      return yoga;
    },
    get store() {
      if (!store) throw new Error('only inside a test');
      return store;
    },
  };
}
