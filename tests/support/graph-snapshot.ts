import type { GraphStore } from '../../src/storage/graph-store.js';

/**
 * The whole graph as the port shows it: every entity (with its mentions and dates), every relationship
 * (with its citations, each with status and who says so), every article and every dispute. Two stores
 * that hold the same graph give equal snapshots.
 */
export async function graphSnapshot(store: GraphStore): Promise<unknown> {
  const entities = [];
  for (let after: string | null = null; ; ) {
    const page = await store.listEntities({ type: null, after, first: 500 });
    entities.push(...page);
    if (page.length < 500) break;
    after = page[page.length - 1].id;
  }
  const mentions = await store.getMentions(entities.map((e) => e.id));
  const relations = await store.getRelations(
    entities.map((e) => ({ entityId: e.id, types: null, direction: 'OUT' as const, first: 10_000 })),
  );
  const graph = {
    entities: entities.map((e, i) => ({ ...e, mentions: mentions[i] })),
    relationships: relations.flat().sort((a, b) => a.id.localeCompare(b.id)),
    articles: await store.listArticles({ after: null, first: 10_000 }),
    disputes: await store.listDisputes({ first: 10_000 }),
  };
  return withCurrentAttributions(store, graph);
}

/**
 * An attribution keeps the id its entity had when the article came in; renamed or merged since, that id
 * redirects (the API answers with the entity it became). Compared as the entity each one names now.
 */
async function withCurrentAttributions<T>(store: GraphStore, graph: T): Promise<T> {
  const ids = new Set<string>();
  const visit = (value: unknown, act: (saidBy: { entityId: string | null }) => void): void => {
    if (Array.isArray(value)) value.forEach((v) => visit(v, act));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'saidBy' && v && typeof v === 'object') act(v as { entityId: string | null });
        else visit(v, act);
      }
    }
  };
  visit(graph, (s) => {
    if (s.entityId) ids.add(s.entityId);
  });
  const list = [...ids];
  const survivors = await store.resolveMergedIds(list);
  const now = new Map(list.map((id, i) => [id, survivors[i] ?? id]));
  visit(graph, (s) => {
    if (s.entityId) s.entityId = now.get(s.entityId)!;
  });
  return graph;
}

/** A few orders of `items`: as given, reversed, and shuffled by a fixed seed (the same every run). */
export function someOrders<T>(items: readonly T[], shuffles = 2): T[][] {
  const orders = [[...items], [...items].reverse()];
  let state = 42;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let s = 0; s < shuffles; s++) {
    const order = [...items];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    orders.push(order);
  }
  return orders;
}
