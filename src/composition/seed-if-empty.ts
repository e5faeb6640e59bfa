import type { Logger } from 'pino';
import { ingestDocument } from '../ingest/ingest.js';
import { loadSeedDocuments } from '../ingest/seed.js';
import type { GraphStore } from '../storage/graph-store.js';

/** A new user's first `npm start` finds the seeded graph: seed only a store that has no article yet. */
export async function seedIfEmpty(store: GraphStore, logger: Logger): Promise<boolean> {
  if ((await store.countArticles()) > 0) return false;
  for (const doc of loadSeedDocuments()) {
    const report = await ingestDocument(store, doc.json, { source: doc.path });
    logger.info({ source: doc.path, entities: report.entities, relationships: report.relationshipsCreated }, 'seeded');
  }
  return true;
}
