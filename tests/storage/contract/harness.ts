import { afterEach, beforeEach } from 'vitest';
import { ENTITY_TYPES } from '../../../src/domain/entity.js';
import type { DocumentWrite, GraphStore } from '../../../src/storage/graph-store.js';
import { ALL_ARTICLE_IDS, ALL_ENTITY_IDS } from '../fixtures.js';

/** What the contract needs from an adapter's test file. */
export interface ContractAdapter {
  /** A connected store; it may be fresh (a new temp dir) or shared (a Neo4j database that reset empties). */
  open: () => Promise<GraphStore>;
  /** Leaves the opened store empty; a no-op where open already returns an empty store. */
  reset: (store: GraphStore) => Promise<void>;
}

/** The store of the running test: opened, migrated and emptied before each test, closed after. */
export interface ContractContext {
  readonly store: GraphStore;
}

export function useContractStore(adapter: ContractAdapter): ContractContext {
  let current: GraphStore | null = null;
  beforeEach(async () => {
    current = await adapter.open();
    await current.migrate();
    await adapter.reset(current);
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  return {
    get store() {
      if (!current) throw new Error('the contract store is only available inside a test');
      return current;
    },
  };
}

export async function write(store: GraphStore, ...docs: DocumentWrite[]): Promise<void> {
  for (const doc of docs) await store.writeDocument(doc);
}

/** Queries whose answers change when any part of a document is written (including the search index). */
const SNAPSHOT_QUERIES = ['Schowtis', 'Nazarbayev', 'Duvanov', 'Kazakhstan', 'Almaty'];

/** Everything the port can tell about the fixture data, to prove a failed write changed nothing. */
export async function snapshot(store: GraphStore): Promise<unknown> {
  const counts = Object.fromEntries(await Promise.all(ENTITY_TYPES.map(async (t) => [t, await store.countEntities(t)] as const)));
  return {
    entities: await store.countEntities(null),
    counts,
    articles: await store.countArticles(),
    nodes: await store.getNodes([...ALL_ENTITY_IDS, ...ALL_ARTICLE_IDS]),
    relations: await store.getRelations(
      ALL_ENTITY_IDS.map((entityId) => ({ entityId, types: null, direction: 'BOTH' as const, first: 100 })),
    ),
    page: await store.listEntities({ type: null, after: null, first: 100 }),
    search: await Promise.all(
      SNAPSHOT_QUERIES.map(async (query) => (await store.searchCandidates({ query, types: null, first: 10 })).map((e) => e.id).sort()),
    ),
  };
}

export const ids = (records: ReadonlyArray<{ id: string }>): string[] => records.map((r) => r.id);
