import { describe, expect, it, vi } from 'vitest';
import { ENTITY_TYPES } from '../../src/domain/entity.js';
import { testStores } from '../support/stores.js';
import { data, gql, useSeededYoga } from './harness.js';

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
    const after = await data(
      api.yoga,
      'query($after: String) { entities(after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } }',
      { after: all.entities.pageInfo.endCursor },
    );
    expect(after.entities).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});

const ARTICLES = `query Articles($first: Int, $after: String) { articles(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id title author } } } }`;

describe.each(testStores())('paging through articles ($name store)', (testStore) => {
  const api = useSeededYoga(testStore);

  it('lists the seed article, on whose word the graph stands, with totalCount 1', async () => {
    const d = await data(
      api.yoga,
      '{ articles { totalCount edges { cursor node { id title author } } pageInfo { hasNextPage hasPreviousPage } } }',
    );
    expect(d.articles.totalCount).toBe(1);
    expect(d.articles.edges).toHaveLength(1);
    expect(d.articles.edges[0].node).toEqual({
      id: expect.stringMatching(/^article:/),
      title: 'Kazakhstan: Duvanov "Beaten In Prison"',
      author: 'Alexander Zakharov',
    });
    expect(d.articles.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false });
  });

  it('a page of one ends with hasNextPage false, and after its end cursor there is nothing', async () => {
    const first = await data(api.yoga, ARTICLES, { first: 1 });
    const page = first.articles;
    expect(page.edges).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
    expect(page.pageInfo.endCursor).toBe(page.edges[0].cursor);
    const rest = await data(api.yoga, ARTICLES, { first: 1, after: page.pageInfo.endCursor });
    expect(rest.articles).toEqual({
      totalCount: 1,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });

  it('counts only when totalCount is asked for', async () => {
    const spy = vi.spyOn(api.store, 'countArticles');
    try {
      await data(api.yoga, '{ articles { edges { node { id } } } }');
      expect(spy).not.toHaveBeenCalled();
      await data(api.yoga, '{ articles { totalCount } }');
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses an entity cursor, a garbage cursor and first out of range', async () => {
    const entities = await data(api.yoga, '{ entities(first: 1) { pageInfo { endCursor } } }');
    for (const [query, variables, argument] of [
      [ARTICLES, { after: entities.entities.pageInfo.endCursor }, 'after'],
      [ARTICLES, { after: 'not-a-cursor' }, 'after'],
      [ARTICLES, { first: 0 }, 'first'],
      [ARTICLES, { first: 101 }, 'first'],
    ] as const) {
      const result = await gql(api.yoga, query, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});
