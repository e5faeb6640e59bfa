import { describe, expect, it } from 'vitest';
import { createKgYoga } from '../../src/server/yoga.js';
import { testStores } from '../support/stores.js';
import { gql, memoryLogger, useSeededYoga } from './harness.js';

// related lists are capped at 8 so that 40 entities deep stays within the default cost limit
const NESTED = `query Nested($first: Int!) { entities(first: $first) { edges { node { name
  related(first: 8) { other { name related(first: 8) { other { name } } } citations { article { title } } } } } } }`;

describe.each(testStores())('store round trips per request ($name store)', (testStore) => {
  const api = useSeededYoga(testStore);

  it('a nested query costs one round trip per level, whatever the number of objects', async () => {
    const small = await gql(api.yoga, NESTED, { first: 3 });
    const large = await gql(api.yoga, NESTED, { first: 40 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.entities.edges).toHaveLength(40);
    // levels: the page; related, which brings the entities at the other ends; the citations' articles;
    // related again (its others too)
    expect(small.extensions?.kg).toEqual({ roundTrips: 4, store: api.store.kind });
    expect(large.extensions?.kg).toEqual(small.extensions?.kg);
  });

  it("a citation's article is not read when only its id is selected, and its text only when selected", async () => {
    const citations = (article: string) =>
      `{ node(id: "person:sergei-duvanov") { ... on Entity { related(first: 5) { citations { article ${article} } } } } }`;
    const idOnly = await gql(api.yoga, citations('{ id __typename }'));
    const titled = await gql(api.yoga, citations('{ id title }'));
    const fragment = await gql(
      api.yoga,
      `query { node(id: "person:sergei-duvanov") { ... on Entity { related(first: 5) { citations { article { ...A } } } } } }
      fragment A on Article { id text }`,
    );
    const both = await gql(api.yoga, citations('{ title } again: article { text }'));
    for (const r of [idOnly, titled, fragment, both]) expect(r.errors).toBeUndefined();
    // an article with and without its text in one level: still one read for the level
    expect(both.extensions?.kg.roundTrips).toBe(3);
    expect(
      both.data.node.related
        .flatMap((x: any) => x.citations.map((c: any) => typeof c.article.title === 'string' && c.again.text.length > 0))
        .every(Boolean),
    ).toBe(true);
    // levels: the entity; its relationships; the articles where more than the id is asked for
    expect(idOnly.extensions?.kg.roundTrips).toBe(2);
    expect(titled.extensions?.kg.roundTrips).toBe(3);
    expect(fragment.extensions?.kg.roundTrips).toBe(3);
    const articles = (r: typeof idOnly) => r.data.node.related.flatMap((x: any) => x.citations.map((c: any) => c.article));
    expect(articles(idOnly).length).toBeGreaterThan(0);
    expect(articles(idOnly).every((a: any) => a.__typename === 'Article' && a.id.startsWith('article:'))).toBe(true);
    expect(articles(titled).every((a: any) => typeof a.title === 'string' && a.title.length > 0)).toBe(true);
    expect(articles(fragment).every((a: any) => typeof a.text === 'string' && a.text.length > 0)).toBe(true);
    expect(articles(titled).map((a: any) => a.id)).toEqual(articles(idOnly).map((a: any) => a.id));
  });

  it("a timeline reads the entity and its events' edges side by side, and the events come with the edges", async () => {
    const calls: string[] = [];
    const watched = new Proxy(api.store, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          calls.push(`start ${String(property)}`);
          try {
            return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          } finally {
            calls.push(`end ${String(property)}`);
          }
        };
      },
    });
    const query = '{ timeline(id: "person:sergei-duvanov") { id name date { iso } } }';
    const r = await gql(createKgYoga({ store: watched, logger: memoryLogger().logger }), query);
    expect(r.errors).toBeUndefined();
    expect(r.data.timeline.length).toBeGreaterThan(0);
    expect((await gql(api.yoga, query)).data).toEqual(r.data);
    // two reads, the second started before the first ended; none for the events themselves
    expect(calls).toHaveLength(4);
    expect(calls.slice(0, 2).sort()).toEqual(['start getNodes', 'start getRelationsWithOthers']);
  });

  it('the same entity asked for twice in a request is loaded once', async () => {
    const r = await gql(
      api.yoga,
      `{ a: node(id: "person:sergei-duvanov") { id } b: node(id: "person:sergei-duvanov") { id }
      c: node(id: "person:maria-pulman") { id } }`,
    );
    expect(r.extensions?.kg.roundTrips).toBe(1);
  });

  it('totalCount is counted only when it is selected', async () => {
    const without = await gql(api.yoga, '{ entities(first: 5) { edges { cursor } } }');
    const withCount = await gql(api.yoga, '{ entities(first: 5) { totalCount edges { cursor } } }');
    expect(withCount.extensions?.kg.roundTrips).toBe(without.extensions!.kg.roundTrips + 1);
  });

  it('responses carry no trace unless it is switched on', async () => {
    const quiet = createKgYoga({ store: api.store, logger: memoryLogger().logger });
    const r = await gql(quiet, '{ node(id: "person:sergei-duvanov") { id } }');
    expect(r.data).toEqual({ node: { id: 'person:sergei-duvanov' } });
    expect(r.extensions?.kg).toBeUndefined();
  });
});
