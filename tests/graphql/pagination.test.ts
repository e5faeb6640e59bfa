import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/domain/entity.js';
import { testStores } from '../support/stores.js';
import { data, useSeededYoga } from './harness.js';

const PAGE = `query Page($type: EntityType, $first: Int, $after: String) { entities(type: $type, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type } } } }`;

describe.each(testStores())('paging through entities ($name store)', (testStore) => {
  const api = useSeededYoga(testStore);

  async function walk(type: string | null, first: number): Promise<{ ids: string[]; totalCount: number; pages: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    let pages = 0;
    for (;;) {
      const d: any = await data(api.yoga, PAGE, { type, first, after });
      const page = d.entities;
      pages++;
      totalCount = page.totalCount;
      ids.push(...page.edges.map((e: any) => e.node.id));
      if (page.edges.length > 0) expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(first);
      after = page.pageInfo.endCursor;
      if (pages > 100) throw new Error('pagination does not end');
    }
    return { ids, totalCount, pages };
  }

  it('cursors walk every entity once, in id order, matching totalCount', async () => {
    const { ids, totalCount, pages } = await walk(null, 7);
    expect(totalCount).toBeGreaterThan(40);
    expect(ids).toHaveLength(totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(pages).toBe(Math.ceil(totalCount / 7) + (totalCount % 7 === 0 ? 1 : 0));
  });

  it.each(ENTITY_TYPES)('a walk over %s only sees that type, and the types add up', async (type) => {
    const { ids, totalCount } = await walk(type, 4);
    expect(ids).toHaveLength(totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    const d = await data(api.yoga, `query($type: EntityType) { entities(type: $type, first: 100) { edges { node { type } } } }`, { type });
    expect(d.entities.edges.every((e: any) => e.node.type === type)).toBe(true);
  });

  it('the default page has 20 entities and the last page says there is no next one', async () => {
    const d = await data(api.yoga, '{ entities { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage } } }');
    expect(d.entities.edges).toHaveLength(20);
    expect(d.entities.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
    const all = await data(api.yoga, '{ entities(first: 100) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }');
    expect(all.entities.edges).toHaveLength(all.entities.totalCount);
    expect(all.entities.pageInfo.hasNextPage).toBe(false);
    const after = await data(api.yoga, 'query($after: String) { entities(after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } }',
      { after: all.entities.pageInfo.endCursor });
    expect(after.entities).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});
