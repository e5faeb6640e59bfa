import { digestOf } from '../../src/domain/entity-digest.js';
import type { GraphStore } from '../../src/storage/graph-store.js';

/** Every entity's stored digest, and the fold of its stored facts (null for an entity without facts): the two must agree. */
export async function digestsBesideFolds(store: GraphStore): Promise<{ stored: unknown[]; folded: unknown[] }> {
  const ids = (await store.listEntities({ type: null, after: null, first: 10_000 })).map((e) => e.id);
  const [stored, facts] = await Promise.all([store.getEntityDigests(ids), store.getEntityFacts(ids)]);
  return { stored, folded: facts.map((f) => (f.length > 0 ? digestOf(f) : null)) };
}
