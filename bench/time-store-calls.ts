// Times each store call a walk or a page makes, on a loaded store: where one request's time goes, before
// anything is changed. Warm: each step runs three times and every run is printed.
//   npx tsx bench/time-store-calls.ts embedded bench/.data/embedded-100k-kg <hub> <busiest> <far person>
//   NEO4J_URI=bolt://127.0.0.1:7697 NEO4J_PASSWORD=kg-dev-password npx tsx bench/time-store-calls.ts neo4j - <hub> <busiest> <far person>
// The bench prints the probes it used ("probes {...}"): hub, busiest and pathTo fit these three places.
import { openEmbeddedStore } from '../src/storage/embedded/index.js';
import type { GraphStore } from '../src/storage/graph-store.js';
import { openNeo4jStore } from '../src/storage/neo4j/neo4j-store.js';
import { walkNeighbourhood } from '../src/storage/walks.js';

const [kind, dir, hub, busiest, far] = process.argv.slice(2);
if (!['embedded', 'neo4j'].includes(kind) || !hub || !busiest || !far) {
  throw new Error('usage: time-store-calls.ts embedded|neo4j <store dir or -> <hub id> <busiest id> <far person id>');
}
const store: GraphStore =
  kind === 'embedded'
    ? await openEmbeddedStore(dir)
    : await openNeo4jStore({
        uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
        user: process.env.NEO4J_USER ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        database: process.env.NEO4J_DATABASE ?? 'neo4j',
      });

/** The store with every call timed and printed with how many keys went in and rows came out. */
const timed = new Proxy(store, {
  get(target, name) {
    const value = Reflect.get(target, name) as unknown;
    if (typeof value !== 'function') return value;
    return async (...args: unknown[]) => {
      const started = performance.now();
      const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      const input = args[0] as { ids?: unknown[] } | unknown[] | undefined;
      const keys = Array.isArray(input) ? input.length : (input?.ids?.length ?? '');
      const rows = Array.isArray(result) ? result.length : `${(result as { edges?: unknown[] }).edges?.length ?? '?'} edges`;
      console.log(`  ${String(name)}(${keys}) -> ${rows}: ${(performance.now() - started).toFixed(1)} ms`);
      return result;
    };
  },
}) as GraphStore;

async function step(label: string, run: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await run();
    console.log(`${label}: ${(performance.now() - started).toFixed(1)} ms`);
  }
}

try {
  await step('neighbourhood of the hub, depth 2, limit 100', () => walkNeighbourhood(timed, hub, 2, 100));
  await step('related(first: 10) of the busiest', () =>
    timed.getRelations([{ entityId: busiest, types: null, direction: 'BOTH', first: 10 }]),
  );
  await step('shortest paths, hub to the far person, up to 4 hops', () => timed.findShortestPaths({ from: hub, to: far, maxLength: 4 }));
} finally {
  await store.close();
}
