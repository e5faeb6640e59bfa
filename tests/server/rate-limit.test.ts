import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postQuery, startServer, type ServerProcess } from '../support/server-process.js';

/** A real server process on a fresh embedded store, with `env` on top. */
function useServer(env: Record<string, string>) {
  let server: ServerProcess | null = null;
  const dir = mkdtempSync(join(tmpdir(), 'kg-rate-'));
  beforeAll(async () => {
    server = await startServer({ KG_DATA_DIR: dir, NEO4J_URI: '', KG_RATE_LIMIT: '1', ...env });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => server!;
}

const ANA = 'ana-reader-token-0123456789';
const BO = 'bo-reader-token-0123456789';
const CY = 'cy-reader-token-0123456789';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** costs 303 (README: Limits, Cost) */
const ORDINARY =
  '{ node(id: "person:sergei-duvanov") { ... on Person { name related(first: 20) { type status other { name } citations { quote } } } } }';
/** costs far past KG_MAX_COST: refused before it runs */
const COST_BOMB =
  '{ node(id: "person:sergei-duvanov") { ... on Person { related(first: 100) { other { related(first: 100) { other { name } } } } } } }';

function expectRateLimited(answer: { status: number; body: any; headers: Headers }, windowS: number): number {
  expect(answer.status).toBe(429);
  const retryAfter = Number(answer.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= windowS).toBe(true);
  expect(answer.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
  expect(answer.body.errors[0].message).toMatch(/spent its budget of \d+ .*KG_RATE_BUDGET/);
  return retryAfter;
}

describe('per-client rate limits, keyed by token, else by the socket address', () => {
  const server = useServer({
    // a long window, so that next to nothing refills while the test runs
    KG_MAX_COST: '5000',
    KG_RATE_BUDGET: '5000',
    KG_RATE_WINDOW_S: '600',
    KG_READER_TOKENS: `Ana:${ANA},Bo:${BO},Cy:${CY}`,
    KG_CORS_ORIGINS: 'https://desk.example.org',
  });

  it('answers 429 with Retry-After once a client has spent its budget, and no other client notices', async () => {
    let answered = 0;
    let last = await postQuery(server().url, ORDINARY, bearer(ANA));
    while (last.status === 200) {
      expect(last.body.data.node.name).toBe('Sergei Duvanov');
      answered++;
      last = await postQuery(server().url, ORDINARY, bearer(ANA));
    }
    // 5000 / 303: the 17th query overdraws the budget, the 18th waits
    expect(answered).toBe(17);
    expectRateLimited(last, 600);
    // another token, and the same address without a token, each have their own budget
    expect((await postQuery(server().url, ORDINARY, bearer(BO))).body.data.node.name).toBe('Sergei Duvanov');
    expect((await postQuery(server().url, ORDINARY)).body.data.node.name).toBe('Sergei Duvanov');
    // still refused, and a listed origin's page may read the refusal and when to retry
    const fromDesk = await postQuery(server().url, ORDINARY, { ...bearer(ANA), origin: 'https://desk.example.org' });
    expectRateLimited(fromDesk, 600);
    expect(fromDesk.headers.get('access-control-allow-origin')).toBe('https://desk.example.org');
    expect(fromDesk.headers.get('access-control-expose-headers')).toContain('retry-after');
    // the probes answer whatever the budgets
    expect((await fetch(`${server().url}/health`)).status).toBe(200);
  });

  it('charges a refused request the cost of the largest allowed query, and refuses the next before reading its body', async () => {
    const bomb = await postQuery(server().url, COST_BOMB, bearer(CY));
    expect(bomb.body.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    // the budget is spent to the last unit: the next request may be let in on what refilled meanwhile, and overdraws
    const second = await postQuery(server().url, COST_BOMB, bearer(CY));
    if (second.status === 200) expectRateLimited(await postQuery(server().url, ORDINARY, bearer(CY)), 600);
    const started = performance.now();
    // 2 MB: past KG_MAX_BODY_BYTES, yet the answer is 429, not 413: the body was never read
    const huge = await postQuery(server().url, `{ search(query: "${'x'.repeat(2_000_000)}") { score } }`, bearer(CY));
    expectRateLimited(huge, 600);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('does not believe X-Forwarded-For unless told there is a proxy', async () => {
    // the address 127.0.0.1 spends its own budget, then claims to be someone else
    let last = await postQuery(server().url, COST_BOMB);
    while (last.status !== 429) last = await postQuery(server().url, COST_BOMB);
    expectRateLimited(await postQuery(server().url, ORDINARY, { 'x-forwarded-for': '203.0.113.9' }), 600);
  });
});

describe('per-client rate limits behind one trusted proxy', () => {
  const server = useServer({ KG_MAX_COST: '1000', KG_RATE_BUDGET: '1000', KG_RATE_WINDOW_S: '2', KG_TRUST_PROXY: '1' });
  const from = (address: string) => ({ 'x-forwarded-for': address });

  it('keys clients by the address the proxy wrote, and lets a limited client back in after Retry-After', async () => {
    let refused = 0;
    let last = await postQuery(server().url, COST_BOMB, from('198.51.100.1'));
    for (; last.status === 200; refused++) {
      expect(last.body.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
      last = await postQuery(server().url, COST_BOMB, from('198.51.100.1'));
    }
    // each refusal costs the whole budget: a second is let in only on what refilled in the meantime
    expect(refused).toBeLessThanOrEqual(2);
    const retryAfter = expectRateLimited(last, 2);
    // an entry the client wrote itself, left of the proxy's, buys no fresh budget
    expectRateLimited(await postQuery(server().url, ORDINARY, from('198.51.100.2, 198.51.100.1')), 2);
    expect((await postQuery(server().url, ORDINARY, from('198.51.100.2'))).status).toBe(200);
    // malformed JSON (400, refused before anything ran) spends the whole budget too
    const malformed = () =>
      fetch(`${server().url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...from('198.51.100.3') },
        body: '{"query": ',
      });
    let status = (await malformed()).status;
    for (let tries = 1; status === 400; tries++) {
      expect(tries).toBeLessThanOrEqual(2);
      status = (await malformed()).status;
    }
    expect(status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    const again = await postQuery(server().url, ORDINARY, from('198.51.100.1'));
    expect(again.status).toBe(200);
    expect(again.body.data.node.name).toBe('Sergei Duvanov');
  });
});
