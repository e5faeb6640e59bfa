import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundedStore } from '../../src/server/persisted-queries.js';
import { startServer, type ServerProcess } from '../support/server-process.js';

// Automatic persisted queries as Apollo Client's PersistedQueryLink sends them (its documented protocol:
// the sha256 of the query in extensions.persistedQuery, hash only first, then the query with the hash),
// over real HTTP to a real server process. Apollo Client itself is not a dependency: the requests are
// written here in the shapes the link sends.
const QUERY = '{ node(id: "person:sergei-duvanov") { id ... on Person { name } } }';
const sha256 = createHash('sha256').update(QUERY).digest('hex');
const persisted = { persistedQuery: { version: 1, sha256Hash: sha256 } };

let server: ServerProcess;
const dir = mkdtempSync(join(tmpdir(), 'kg-apq-'));
beforeAll(async () => {
  server = await startServer({ KG_DATA_DIR: dir, NEO4J_URI: '' });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: unknown) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
    async (r) => ({ status: r.status, body: await r.json() }),
  );
const getHashOnly = () => {
  const params = new URLSearchParams({ extensions: JSON.stringify(persisted) });
  return fetch(`${server.url}/graphql?${params}`, { headers: { accept: 'application/json' } }).then(async (r) => ({
    status: r.status,
    body: await r.json(),
  }));
};

describe('automatic persisted queries', () => {
  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, so the link sends the query', async () => {
    const first = await post({ extensions: persisted });
    expect(first.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(first.body.errors[0].message).not.toMatch(/Must provide query string/);
  });

  it('runs the query sent with its hash, and the hash alone after that, by POST and by GET', async () => {
    const full = await post({ query: QUERY, extensions: persisted });
    expect(full.body.data.node.name).toBe('Sergei Duvanov');
    const byHash = await post({ extensions: persisted });
    expect(byHash.body).toEqual(full.body);
    const byGet = await getHashOnly();
    expect(byGet.body).toEqual(full.body);
  });

  it('refuses a query whose hash is not its own', async () => {
    const wrong = await post({ query: '{ __typename }', extensions: persisted });
    expect(wrong.body.errors[0].message).toMatch(/PersistedQueryMismatch/);
    expect(wrong.body.data ?? null).toBeNull();
  });
});

describe('what the server remembers is bounded', () => {
  it('keeps at most its count, the least recently used going first, and no query over its size', async () => {
    const store = boundedStore(2, 10);
    await store.set('a', 'query a');
    await store.set('b', 'query b');
    await store.get('a');
    await store.set('c', 'query c');
    expect(await store.get('b')).toBeNull();
    expect(await store.get('a')).toBe('query a');
    await store.set('long', 'a query longer than ten characters');
    expect(await store.get('long')).toBeNull();
  });
});
