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
    // levels: the page; related; other + citation articles; related again; other again
    expect(small.extensions?.kg).toEqual({ roundTrips: 5, store: api.store.kind });
    expect(large.extensions?.kg).toEqual(small.extensions?.kg);
  });

  it('the same entity asked for twice in a request is loaded once', async () => {
    const r = await gql(api.yoga, `{ a: node(id: "person:sergei-duvanov") { id } b: node(id: "person:sergei-duvanov") { id }
      c: node(id: "person:maria-pulman") { id } }`);
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
