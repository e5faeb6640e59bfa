import { describe, expect, it } from 'vitest';
import { createKgYoga } from '../../src/server/yoga.js';
import { testStores } from '../support/stores.js';
import { gql, memoryLogger, useSeededYoga, type KgYoga } from '../graphql/harness.js';

/** POSTs a raw body and gives the status, the parsed answer (if JSON) and the time it took. */
async function post(yoga: KgYoga, body: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await yoga.fetch('http://kg.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: response.status, json, text, ms: performance.now() - started };
}

const codesOf = (json: any): string[] => (json?.errors ?? []).map((e: any) => e.extensions?.code);

/** `related(first: N) { other { ... } }` nested `levels` times. */
function nestedRelated(levels: number, first: number): string {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = `related(first: ${first}) { other { name ${inner} } }`;
  return `{ node(id: "person:sergei-duvanov") { ... on Person { ${inner} } } }`;
}

const INTERNAL_TEXT = /neo4j|cypher|sqlite|stack|at \w+ \(|Unexpected error/i;

describe.each(testStores())('hostile queries are refused before they run ($name store)', (testStore) => {
  const api = useSeededYoga(testStore);

  /** Checks what every refusal must be: a client error with a code, quick, no store work, no internals. */
  async function expectRefused(body: string, code: string | RegExp) {
    const r = await post(api.yoga, body);
    expect(r.status, r.text.slice(0, 300)).toBeLessThan(500);
    expect(r.ms).toBeLessThan(1000);
    expect(
      codesOf(r.json).some((c) => (typeof code === 'string' ? c === code : code.test(String(c)))),
      r.text.slice(0, 500),
    ).toBe(true);
    expect(JSON.stringify(r.json?.errors ?? r.text)).not.toMatch(INTERNAL_TEXT);
    // nothing reached the store
    expect(r.json?.extensions?.kg?.roundTrips ?? 0).toBe(0);
    return r;
  }

  it('related(first: 100) four levels deep is refused by its cost, before any store call', async () => {
    const r = await expectRefused(JSON.stringify({ query: nestedRelated(4, 100) }), 'QUERY_TOO_COSTLY');
    expect(r.json.errors[0].message).toMatch(/cost .*at most 25000/);
  });

  it('the seven-level query that ran the server out of heap is refused', async () => {
    await expectRefused(JSON.stringify({ query: nestedRelated(7, 100) }), /QUERY_TOO_DEEP|QUERY_TOO_COSTLY/);
  });

  it('queries nested past the depth limit are refused, even at 5,000 levels', async () => {
    await expectRefused(JSON.stringify({ query: nestedRelated(8, 1) }), 'QUERY_TOO_DEEP');
    const deep = `{ ${'node(id: "x") { ... on Person { related { other { '.repeat(800)}id${' } } } }'.repeat(800)} }`;
    await expectRefused(JSON.stringify({ query: deep }), /GRAPHQL_PARSE_FAILED|QUERY_TOO_DEEP/);
    const bare = `{ ${'a { '.repeat(5000)}b${' }'.repeat(5000)} }`;
    await expectRefused(JSON.stringify({ query: bare }), /GRAPHQL_PARSE_FAILED/);
  });

  it('alias bombs and duplicated fields are refused', async () => {
    const aliases = Array.from(
      { length: 200 },
      (_, i) => `a${i}: neighbourhood(id: "person:sergei-duvanov", depth: 4, limit: 1000) { nodes { id } }`,
    ).join(' ');
    await expectRefused(JSON.stringify({ query: `{ ${aliases} }` }), /TOO_MANY_ALIASES|GRAPHQL_PARSE_FAILED/);
    const tenThousand = Array.from(
      { length: 10_000 },
      (_, i) => `a${i}: neighbourhood(id: "person:sergei-duvanov", depth: 4, limit: 1000) { nodes { id } }`,
    ).join(' ');
    await expectRefused(JSON.stringify({ query: `{ ${tenThousand} }` }), 'GRAPHQL_PARSE_FAILED');
    await expectRefused(
      JSON.stringify({ query: `{ node(id: "person:sergei-duvanov") { ${'id '.repeat(20_000)} } }` }),
      'GRAPHQL_PARSE_FAILED',
    );
    // within the token limit, many copies of a list field are refused by breadth or cost
    const copies = Array.from(
      { length: 25 },
      (_, i) => `n${i}: neighbourhood(id: "person:sergei-duvanov", depth: 4, limit: 1000) { nodes { id } }`,
    ).join(' ');
    await expectRefused(JSON.stringify({ query: `{ ${copies} }` }), 'QUERY_TOO_COSTLY');
  });

  it('fragment cycles and directive floods are refused', async () => {
    await expectRefused(
      JSON.stringify({ query: '{ node(id: "x") { ...A } } fragment A on Person { ...B } fragment B on Person { ...A }' }),
      'GRAPHQL_VALIDATION_FAILED',
    );
    await expectRefused(
      JSON.stringify({ query: `{ node(id: "x") { id ${'@include(if: true) '.repeat(50)} } }` }),
      /TOO_MANY_DIRECTIVES|GRAPHQL_VALIDATION_FAILED/,
    );
  });

  it('malformed JSON is a 400 and a wrong variable type names the variable', async () => {
    const malformed = await post(api.yoga, '{"query": "{ node(id: \\"x\\") { id } }"');
    expect(malformed.status).toBe(400);
    const wrong = await post(
      api.yoga,
      JSON.stringify({
        query: 'query Q($d: Int!) { neighbourhood(id: "person:sergei-duvanov", depth: $d) { nodes { id } } }',
        variables: { d: 'deep' },
      }),
    );
    expect(wrong.status).toBeLessThan(500);
    expect(wrong.json.errors[0].message).toMatch(/\$d/);
  });

  it('batches are capped; a small batch is answered', async () => {
    const op = { query: '{ node(id: "person:sergei-duvanov") { id } }' };
    const ok = await post(api.yoga, JSON.stringify([op, op]));
    expect(ok.status).toBe(200);
    expect(ok.json).toHaveLength(2);
    const tooMany = await post(api.yoga, JSON.stringify(Array.from({ length: 11 }, () => op)));
    expect(tooMany.status).toBeGreaterThanOrEqual(400);
    expect(tooMany.status).toBeLessThan(500);
    expect(tooMany.text).toMatch(/Batching is limited to 10/);
  });

  it('a body past the size limit is a 413, with or without a Content-Length', async () => {
    const big = JSON.stringify({ query: `{ search(query: "${'x'.repeat(1_200_000)}") { score } }` });
    const declared = await post(api.yoga, big, { 'content-length': String(Buffer.byteLength(big)) });
    expect(declared.status).toBe(413);
    expect(codesOf(declared.json)).toContain('REQUEST_TOO_LARGE');
    const undeclared = await post(api.yoga, big);
    expect(undeclared.status).toBe(413);
  });

  it('search strings full of query syntax, NUL bytes and long Unicode change nothing and break nothing', async () => {
    const before = await gql(api.yoga, '{ entities { totalCount } articles { totalCount } }');
    const nasty = [
      '") DETACH DELETE n //',
      "' OR 1=1; DROP TABLE entities; --",
      'name:* AND type:~ OR /.*/ ^10',
      'NEAR(a b) OR "x" * - +',
      'nazar\u0000baev',
      '\u0000\u0000\u0000',
      '👩‍⚖️'.repeat(60),
      'Ж'.repeat(200),
      '\\u0000 ${x} {{y}}',
    ];
    for (const query of nasty) {
      const r = await post(
        api.yoga,
        JSON.stringify({ query: 'query S($q: String!) { search(query: $q) { entity { id } } }', variables: { q: query } }),
      );
      expect(r.status, query).toBe(200);
      if (r.json.errors) expect(codesOf(r.json), query).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(r.json.errors ?? [])).not.toMatch(INTERNAL_TEXT);
    }
    expect(await gql(api.yoga, '{ entities { totalCount } articles { totalCount } }')).toEqual(before);
  });

  it('errors never echo a huge id back whole', async () => {
    const id = `person:${'a'.repeat(100_000)}`;
    const r = await post(
      api.yoga,
      JSON.stringify({ query: 'query N($id: ID!) { neighbourhood(id: $id) { nodes { id } } }', variables: { id } }),
    );
    expect(codesOf(r.json)).toEqual(['NOT_FOUND']);
    expect(r.text.length).toBeLessThan(2000);
    const literal = await post(api.yoga, JSON.stringify({ query: `{ neighbourhood(id: 42${'9'.repeat(5000)}) { nodes { id } } }` }));
    expect(literal.status).toBeLessThan(500);
    expect(literal.text.length).toBeLessThan(2000);
  });

  it('after all of that the server still answers an ordinary query', async () => {
    const r = await gql(api.yoga, '{ node(id: "person:sergei-duvanov") { ... on Person { name related(first: 3) { type } } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.node.name).toBe('Sergei Duvanov');
  });
});

describe('the per-request time budget', () => {
  it('answers REQUEST_TIMEOUT when the store is slower than the budget', async () => {
    const [embedded] = testStores();
    const store = await embedded.open();
    try {
      const slowGetNodes = (ids: readonly string[]) => new Promise((resolve) => setTimeout(() => resolve(store.getNodes(ids)), 1500));
      const slow = new Proxy(store, {
        get: (target, key) => (key === 'getNodes' ? slowGetNodes : Reflect.get(target, key, target)),
      });
      const yoga = createKgYoga({
        store: slow,
        logger: memoryLogger().logger,
        limits: { ...(await import('../../src/config/query-limits.js')).DEFAULT_QUERY_LIMITS, requestTimeoutMs: 200 },
      });
      const started = performance.now();
      const r = await post(yoga, JSON.stringify({ query: '{ node(id: "person:sergei-duvanov") { id } }' }));
      expect(performance.now() - started).toBeLessThan(1200);
      expect(codesOf(r.json)).toEqual(['REQUEST_TIMEOUT']);
    } finally {
      await store.close();
    }
  });
});
