import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Gazetteer } from '../../src/extract/engine.js';
import { storeGazetteer } from '../../src/extract/store-gazetteer.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { loadSeedDocuments } from '../../src/ingest/seed.js';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';

export interface SeededGazetteer {
  gazetteer: Gazetteer;
  close(): Promise<void>;
}

/**
 * The graph a user has after `kg seed`, in a temporary embedded store, as a gazetteer: what the engine
 * may know when it reads a follow-up article. The store is removed on close.
 */
export async function openSeededGazetteer(): Promise<SeededGazetteer> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
  const store = await openEmbeddedStore(dir);
  try {
    await store.migrate();
    for (const doc of loadSeedDocuments()) await ingestDocument(store, doc.json, { source: doc.path });
  } catch (error) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    gazetteer: storeGazetteer(store),
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
