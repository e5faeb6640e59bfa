import { describe, expect, it } from 'vitest';
import { testStores } from '../support/stores.js';
import { data, useSeededYoga, type KgYoga } from './harness.js';

/*
 * Normalising client caches (Apollo Client's default InMemoryCache, urql's graphcache, Relay) store every
 * object that has an id once, under its key, and merge into it the fields of every response that holds
 * it. Two readings of one key with different values for a field leave one of them wrong in the cache:
 * the "20 self-loops" after reading Sergei Duvanov's neighbours. This test does what they do by
 * their documented defaults, Relay's key by `id` alone included: it writes the responses into a store
 * keyed by `__typename:id` (Apollo, urql) or by `id` (Relay), then reads each response back from it, and
 * the answers must be the network's. tests/graphql/client-caches.test.ts does the same with the real
 * Apollo and urql clients over HTTP.
 */

type Json = null | boolean | number | string | Json[] | { [field: string]: Json };
type KeyOf = (o: { [field: string]: Json }) => string | null;

const apolloKey: KeyOf = (o) => (typeof o.__typename === 'string' && typeof o.id === 'string' ? `${o.__typename}:${o.id}` : null);
const relayKey: KeyOf = (o) => (typeof o.id === 'string' ? o.id : null);

const isObject = (v: Json): v is { [field: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

class NormalisedCache {
  private readonly records = new Map<string, Map<string, Json>>();
  constructor(private readonly keyOf: KeyOf) {}

  /** Stores each object with an id under its key, a later response's fields replacing an earlier's as in the clients; returns the value with those objects as references. */
  write(value: Json): Json {
    if (Array.isArray(value)) return value.map((v) => this.write(v));
    if (!isObject(value)) return value;
    const fields = Object.entries(value).map(([f, v]): [string, Json] => [f, this.write(v)]);
    const key = this.keyOf(value);
    if (key === null) return Object.fromEntries(fields);
    const record = this.records.get(key) ?? new Map<string, Json>();
    for (const [f, v] of fields) record.set(f, v);
    this.records.set(key, record);
    return { __ref: key };
  }

  /** What the client hands the application: a written value with its references followed, in the shape of `query`. */
  read(stored: Json, query: Json): Json {
    if (Array.isArray(stored)) return stored.map((v, i) => this.read(v, Array.isArray(query) ? (query[i] ?? query[0]) : null));
    if (!isObject(stored) || !isObject(query)) return stored;
    const fields = typeof stored.__ref === 'string' ? Object.fromEntries(this.records.get(stored.__ref)!) : stored;
    return Object.fromEntries(Object.keys(query).map((f) => [f, this.read(fields[f], query[f])]));
  }
}

const DUVANOV = 'person:sergei-duvanov';
const ENTITY = '__typename id name';
const FIXED = `__typename id type status disputed source { ${ENTITY} } target { ${ENTITY} } citations { quote }`;

/** Each end-dependent reading on an object whose id names the end; the relationship itself by its own id. */
const NEIGHBOURS = `query ($id: ID!) { node(id: $id) { __typename id
  ... on Entity { name neighbours { __typename id direction other { ${ENTITY} } relationship { ${FIXED} } } } } }`;
/** `related` with what is the same from both ends, the fixed ends included. */
const RELATED_FIXED = `query ($id: ID!) { node(id: $id) { __typename id ... on Entity { name related { ${FIXED} } } } }`;
/** The contract's end-relative fields beside the item's id: what the issue saw corrupted, when that id was the relationship's. */
const RELATED_WITH_ENDS = `query ($id: ID!) { node(id: $id) { __typename id ... on Entity { name
  related { __typename id relationshipId type direction status other { ${ENTITY} } citations { quote } relationship { ${FIXED} } } } } }`;

/** Duvanov's answer, then each of his neighbours' answers to the same query. */
async function fromBothEnds(yoga: KgYoga, query: string): Promise<Json[]> {
  const first = await data(yoga, query, { id: DUVANOV });
  const ids = (await data(yoga, RELATED_WITH_ENDS, { id: DUVANOV })).node.related.map((r: { other: { id: string } }) => r.other.id);
  const rest = await Promise.all([...new Set<string>(ids)].map((id) => data(yoga, query, { id })));
  return [first, ...rest];
}

/** The responses as a normalising cache hands them back after all were written to it. */
function throughCache(keyOf: KeyOf, responses: Json[]): Json[] {
  const cache = new NormalisedCache(keyOf);
  const written = responses.map((r) => cache.write(r));
  return written.map((w, i) => cache.read(w, responses[i]));
}

/** The responses as the old design gave them: each item of `related` under the relationship's own id. */
function withRelationshipIds(value: Json): Json {
  if (Array.isArray(value)) return value.map(withRelationshipIds);
  if (!isObject(value)) return value;
  const fields = Object.fromEntries(Object.entries(value).map(([f, v]) => [f, withRelationshipIds(v)]));
  return typeof value.relationshipId === 'string' ? { ...fields, id: value.relationshipId } : fields;
}

describe.each(testStores())('relationships in a normalising client cache ($name store)', (testStore) => {
  const api = useSeededYoga(testStore);

  it.each([
    ['Apollo and urql (__typename:id)', apolloKey],
    ['Relay (id)', relayKey],
  ] as const)(
    '%s: neighbours read from Duvanov and from each neighbour come back from the cache as the network gave them',
    async (_client, keyOf) => {
      const responses = await fromBothEnds(api.yoga, NEIGHBOURS);
      expect(responses.length).toBeGreaterThan(10);
      expect(throughCache(keyOf, responses)).toEqual(responses);
    },
  );

  it.each([
    ['Apollo and urql (__typename:id)', apolloKey],
    ['Relay (id)', relayKey],
  ] as const)(
    '%s: related with the fixed ends (source, target) comes back from the cache as the network gave it',
    async (_client, keyOf) => {
      const responses = await fromBothEnds(api.yoga, RELATED_FIXED);
      expect(throughCache(keyOf, responses)).toEqual(responses);
    },
  );

  it.each([
    ['Apollo and urql (__typename:id)', apolloKey],
    ['Relay (id)', relayKey],
  ] as const)(
    "%s: related's direction and other, read from Duvanov and from each neighbour, come back from the cache as the network gave them",
    async (_client, keyOf) => {
      const responses = await fromBothEnds(api.yoga, RELATED_WITH_ENDS);
      expect(throughCache(keyOf, responses)).toEqual(responses);
    },
  );

  it("would catch the issue's corruption: with the relationship's own id on each item, direction and other do not survive the cache", async () => {
    const responses = (await fromBothEnds(api.yoga, RELATED_WITH_ENDS)).map(withRelationshipIds);
    expect(throughCache(apolloKey, responses)).not.toEqual(responses);
  });

  it('neighbours are related read from the entity: the same relationships in the same order, each end saying which way it points', async () => {
    const both = `query ($id: ID!) { node(id: $id) { ... on Entity {
      related { id relationshipId direction other { id } }
      neighbours { id direction other { id } relationship { id source { id } target { id } } } } } }`;
    for (const id of [DUVANOV, 'person:maria-pulman']) {
      const { node } = await data(api.yoga, both, { id });
      const asRelated = node.neighbours.map((n: any) => ({
        id: n.id,
        relationshipId: n.relationship.id,
        direction: n.direction,
        other: n.other,
      }));
      expect(asRelated).toEqual(node.related);
      for (const n of node.neighbours) {
        const [start, end] = [n.relationship.source.id, n.relationship.target.id];
        expect(n.direction === 'OUT' ? [start, end] : [end, start]).toEqual([id, n.other.id]);
      }
    }
  });
});
