import type { StoreConfig } from '../config/config.js';
import type { GraphStore } from '../storage/graph-store.js';

/** The one place that picks an adapter, shared by the two composition roots (server and CLI). */
export async function openConfiguredStore(config: StoreConfig): Promise<GraphStore> {
  // imported on demand: an embedded user never loads the Neo4j driver, and the reverse
  const store =
    config.kind === 'neo4j'
      ? await (await import('../storage/neo4j/index.js')).openNeo4jStore(config)
      : await (await import('../storage/embedded/index.js')).openEmbeddedStore(config.dataDir);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
