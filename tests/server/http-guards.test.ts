import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../support/server-process.js';

/** A real server process on a fresh embedded store, with `env` on top. */
function useServer(env: Record<string, string>) {
  let server: ServerProcess | null = null;
  const dir = mkdtempSync(join(tmpdir(), 'kg-guards-'));
  beforeAll(async () => {
    server = await startServer({ KG_DATA_DIR: dir, NEO4J_URI: '', ...env });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => server!;
}

const ask = (url: string, init: RequestInit = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', ...init, headers: { 'content-type': 'application/json', ...(init.headers ?? {}) } });
const QUERY = JSON.stringify({ query: '{ node(id: "person:sergei-duvanov") { id } }' });

describe('over HTTP, with the default settings', () => {
  const server = useServer({});

  it('sends no CORS headers: another site cannot read answers, with or without credentials', async () => {
    const preflight = await fetch(`${server().url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const r = await ask(server().url, { body: QUERY, headers: { origin: 'https://evil.example' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers malformed JSON with 400 and an oversized body with 413, and keeps serving', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const malformed = await ask(server().url, { body: '{"query": ', headers: { accept } });
      expect(malformed.status).toBe(400);
      // the message and code, never the JSON parser's own error ("Unexpected end of JSON input")
      const { errors } = (await malformed.json()) as any;
      expect(errors).toEqual([{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }]);
    }
    const huge = await ask(server().url, { body: JSON.stringify({ query: `{ search(query: "${'x'.repeat(1_200_000)}") { score } }` }) });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as any).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
    const ok = await ask(server().url, { body: QUERY });
    expect(await ok.json()).toEqual({ data: { node: { id: 'person:sergei-duvanov' } } });
  });

  it('redirects the site root to the explorer, keeping the query string', async () => {
    const root = await fetch(`${server().url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/explore');
    const shared = await fetch(`${server().url}/?focus=person:sergei-duvanov`, { redirect: 'manual' });
    expect(shared.headers.get('location')).toBe('/explore?focus=person:sergei-duvanov');
    const followed = await fetch(`${server().url}/`);
    expect(followed.url).toBe(`${server().url}/explore`);
    expect(await followed.text()).toMatch(/<html/i);
  });

  it('serves GraphiQL and suggests field names while developing', async () => {
    const page = await fetch(`${server().url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toMatch(/graphiql/i);
    const typo = (await (await ask(server().url, { body: JSON.stringify({ query: '{ serch(query: "x") { score } }' }) })).json()) as any;
    expect(typo.errors[0].message).toMatch(/Did you mean "search"/);
  });
});

const preflight = (url: string, origin: string) =>
  fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });

describe('over HTTP, with a CORS allow-list of one origin', () => {
  const server = useServer({ KG_CORS_ORIGINS: 'https://desk.example.org' });

  it('allows the listed origin without credentials, and no other', async () => {
    const allowed = await ask(server().url, { body: QUERY, headers: { origin: 'https://desk.example.org' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://desk.example.org');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect(allowed.headers.get('vary')).toMatch(/\bOrigin\b/);
    for (const origin of ['https://evil.example', 'null']) {
      const other = await ask(server().url, { body: QUERY, headers: { origin } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      expect(other.headers.get('vary')).toMatch(/\bOrigin\b/);
    }
  });
});

describe('over HTTP, with a CORS allow-list of two origins', () => {
  // the second as an operator might write it; browsers send https://wire.example.org
  const server = useServer({ KG_CORS_ORIGINS: 'https://desk.example.org, https://Wire.example.org:443' });

  it('lets each listed origin preflight and read, sending Authorization, without cookies', async () => {
    for (const origin of ['https://desk.example.org', 'https://wire.example.org']) {
      const pre = await preflight(server().url, origin);
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
      expect(pre.headers.get('access-control-allow-methods')).toBe('GET, POST');
      expect(pre.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
      expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
      const r = await ask(server().url, { body: QUERY, headers: { origin } });
      expect(await r.json()).toEqual({ data: { node: { id: 'person:sergei-duvanov' } } });
      expect(r.headers.get('access-control-allow-origin')).toBe(origin);
      expect(r.headers.get('access-control-expose-headers')).toBe('x-request-id');
      expect(r.headers.get('vary')).toMatch(/\bOrigin\b/);
    }
  });

  it('gives any other origin, "null" (a sandboxed iframe, a file:// page) included, no CORS headers at all', async () => {
    for (const origin of ['https://evil.example', 'null', 'https://desk.example.org.evil.example', 'http://desk.example.org']) {
      const pre = await preflight(server().url, origin);
      const r = await ask(server().url, { body: QUERY, headers: { origin } });
      for (const response of [pre, r]) {
        expect(
          [...response.headers.keys()].filter((h) => h.startsWith('access-control-')),
          origin,
        ).toEqual([]);
        // caches must not hand an allowed origin's answer to this one, or the other way round
        expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
      }
    }
    // without an Origin (curl, a server): the answer, and still Vary
    const plain = await ask(server().url, { body: QUERY });
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/\bOrigin\b/);
  });
});

describe('over HTTP, in production (NODE_ENV=production)', () => {
  const server = useServer({ NODE_ENV: 'production' });

  it('serves no GraphiQL and gives no field suggestions', async () => {
    const page = await fetch(`${server().url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    const typo = (await (await ask(server().url, { body: JSON.stringify({ query: '{ serch(query: "x") { score } }' }) })).json()) as any;
    expect(typo.errors[0].message).toMatch(/serch/);
    expect(typo.errors[0].message).not.toMatch(/Did you mean/);
  });
});

describe('over HTTP, in production with GraphiQL switched on (KG_GRAPHIQL=1)', () => {
  const server = useServer({ NODE_ENV: 'production', KG_GRAPHIQL: '1' });

  it('serves GraphiQL', async () => {
    const page = await fetch(`${server().url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toMatch(/graphiql/i);
  });
});

describe('over HTTP, with a CORS allow-list and KG_REQUIRE_READER_TOKEN=1', () => {
  const token = 'reader-token-0123456789abcdef';
  const server = useServer({
    KG_CORS_ORIGINS: 'https://desk.example.org',
    KG_REQUIRE_READER_TOKEN: '1',
    KG_READER_TOKENS: `Rita:${token}`,
  });

  it('answers the preflight, which browsers send without a token, and lets the page read a 401 and an answer', async () => {
    const origin = 'https://desk.example.org';
    const pre = await preflight(server().url, origin);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
    const refused = await ask(server().url, { body: QUERY, headers: { origin } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(origin);
    const answered = await ask(server().url, { body: QUERY, headers: { origin, authorization: `Bearer ${token}` } });
    expect(await answered.json()).toEqual({ data: { node: { id: 'person:sergei-duvanov' } } });
  });
});
