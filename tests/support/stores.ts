import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import type { GraphStore } from '../../src/storage/graph-store.js';

export interface TestStore {
  name: string;
  /** an empty, migrated store; close it when done */
  open(): Promise<GraphStore>;
}

function embedded(): TestStore {
  return {
    name: 'embedded',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'kg-test-'));
      const store = await openEmbeddedStore(dir);
      await store.migrate();
      const close = store.close.bind(store);
      // the temp directory goes with the store
      store.close = async () => { await close(); rmSync(dir, { recursive: true, force: true }); };
      return store;
    },
  };
}

/** Every store the suites run against: the embedded one always, Neo4j when configured. */
export function testStores(): TestStore[] {
  return [embedded()];
}
