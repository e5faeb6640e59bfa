import { describe, expect, it } from 'vitest';
import { testStores } from '../support/stores.js';
import { data, useSeededYoga } from './harness.js';

const SEARCH = 'query($q: String!, $types: [EntityType!]) { search(query: $q, types: $types, first: 5) { score entity { name type } } }';

describe.each(testStores())('search ranks what a user means first ($name store)', (testStore) => {
  const api = useSeededYoga(testStore);
  const names = async (q: string, types?: string[]) =>
    (await data(api.yoga, SEARCH, { q, types })).search.map((h: { entity: { name: string } }) => h.entity.name);

  it.each([
    ['Duvanov', 'Sergei Duvanov'],
    ['Nazarbayev', 'Nursultan Nazarbaev'],
    ['Назарбаев', 'Nursultan Nazarbaev'],
    ['nazarbeyev', 'Nursultan Nazarbaev'],
    ['DCK', 'Democratic Choice of Kazakhstan'],
    ['OSCE', 'Organisation for Security and Cooperation in Europe'],
    ['Sergey Duvanov', 'Sergei Duvanov'],
  ])('"%s" finds %s first', async (query, expected) => {
    expect((await names(query))[0]).toBe(expected);
  });

  it('does not offer a different surname that merely looks alike', async () => {
    expect(await names('Masanov')).not.toContain('Sergei Duvanov');
  });

  it('filters by type', async () => {
    const hits = (await data(api.yoga, SEARCH, { q: 'Zarechnoye prison', types: ['EVENT'] })).search;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h: { entity: { type: string } }) => h.entity.type === 'EVENT')).toBe(true);
  });
});
