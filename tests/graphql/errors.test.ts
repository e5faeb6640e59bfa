import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/domain/errors.js';
import { createKgYoga } from '../../src/server/yoga.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { testStores } from '../support/stores.js';
import { gql, memoryLogger, useSeededYoga } from './harness.js';

const BAD_INPUT: Array<[string, string, string]> = [
  ['depth', '{ neighbourhood(id: "person:sergei-duvanov", depth: 99) { nodes { id } } }', '1 and 4'],
  ['depth', '{ neighbourhood(id: "person:sergei-duvanov", depth: 0) { nodes { id } } }', '1 and 4'],
  ['limit', '{ neighbourhood(id: "person:sergei-duvanov", limit: 0) { nodes { id } } }', '1 and 1000'],
  ['limit', '{ neighbourhood(id: "person:sergei-duvanov", limit: 5000) { nodes { id } } }', '1 and 1000'],
  ['maxLength', '{ paths(from: "person:maria-pulman", to: "person:sergei-duvanov", maxLength: 9) { nodes { id } } }', '1 and 8'],
  ['first', '{ entities(first: 101) { totalCount } }', '1 and 100'],
  ['first', '{ entities(first: 0) { totalCount } }', '1 and 100'],
  ['first', '{ search(query: "Duvanov", first: 1000) { score } }', '1 and 100'],
  ['first', '{ node(id: "person:sergei-duvanov") { ... on Entity { related(first: -1) { id } } } }', '1 and 100'],
  ['after', '{ entities(after: "not-a-cursor") { totalCount } }', 'cursor'],
  ['after', '{ entities(after: "cGxhY2U") { totalCount } }', 'cursor'],
  ['types', '{ node(id: "person:sergei-duvanov") { ... on Entity { related(types: ["REPRESENT"]) { id } } } }', 'REPRESENTS'],
  ['query', `{ search(query: "${'x'.repeat(201)}") { score } }`, '200'],
];

const NOT_FOUND: Array<[string, string]> = [
  ['id', '{ neighbourhood(id: "person:nobody") { nodes { id } } }'],
  ['id', '{ neighbourhood(id: "garbage") { nodes { id } } }'],
  ['id', '{ timeline(id: "person:nobody") { id } }'],
  ['from', '{ paths(from: "person:nobody", to: "person:sergei-duvanov") { nodes { id } } }'],
  ['to', '{ paths(from: "person:sergei-duvanov", to: "place:atlantis") { nodes { id } } }'],
];

describe.each(testStores())('client errors ($name store)', (testStore) => {
  const api = useSeededYoga(testStore);

  it.each(BAD_INPUT)('%s out of range is BAD_USER_INPUT naming it: %s', async (argument, query, allowed) => {
    const r = await gql(api.yoga, query);
    expect(r.errors).toHaveLength(1);
    const [error] = r.errors!;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error.message).toContain(`"${argument}"`);
    expect(error.message).toContain(allowed);
  });

  it.each(NOT_FOUND)('an unknown %s is NOT_FOUND, not an empty answer: %s', async (argument, query) => {
    const r = await gql(api.yoga, query);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argument });
  });

  it('an empty search is an empty answer', async () => {
    const r = await gql(api.yoga, '{ search(query: "   ") { score } }');
    expect(r).toMatchObject({ data: { search: [] } });
    expect(r.errors).toBeUndefined();
  });
});

describe.each(testStores())('unexpected errors ($name store)', (testStore) => {
  const api = useSeededYoga(testStore);

  /** The seeded store, with one port method replaced by a failure. */
  function failing(method: keyof GraphStore, error: Error): GraphStore {
    return new Proxy(api.store, {
      get: (target, property, receiver) =>
        property === method
          ? async () => {
              throw error;
            }
          : Reflect.get(target, property, receiver),
    });
  }

  it('are masked for clients and logged for operators with their stack', async () => {
    const { logger, lines } = memoryLogger();
    const yoga = createKgYoga({ store: failing('getRelationsWithOthers', new Error('disk on fire at /var/lib/kg')), logger });
    const r = await gql(yoga, '{ node(id: "person:sergei-duvanov") { ... on Entity { related { id } } } }');
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].message).toBe('Unexpected error.');
    expect(r.errors![0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(r)).not.toContain('disk on fire');
    const logged = lines.find((l) => l.level === 50);
    expect(logged?.err?.message).toBe('disk on fire at /var/lib/kg');
    expect(logged?.err?.stack).toContain('Error: disk on fire');
    expect(logged?.path).toBe('node.related');
  });

  it('carry no internals even while developing (NODE_ENV=development, where yoga adds the original error and its stack)', async () => {
    const { logger } = memoryLogger();
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      const yoga = createKgYoga({ store: failing('getRelationsWithOthers', new Error('disk on fire at /var/lib/kg')), logger });
      const r = await gql(yoga, '{ node(id: "person:sergei-duvanov") { ... on Entity { related { id } } } }');
      expect(r.errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(r)).not.toMatch(/disk on fire|originalError|stack/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it('a store outage is named, so clients know to retry', async () => {
    const { logger, lines } = memoryLogger();
    const yoga = createKgYoga({ store: failing('getNodes', new StoreUnavailableError('neo4j at bolt://x unreachable')), logger });
    const r = await gql(yoga, '{ node(id: "person:sergei-duvanov") { id } }');
    expect(r.errors![0].extensions).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(r.errors![0].message).not.toContain('bolt://');
    expect(lines.some((l) => l.level === 50 && /unreachable/.test(l.err?.message))).toBe(true);
  });
});
