import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postQuery, startServer, type ServerProcess } from '../support/server-process.js';
import { parseExposition, totalOf, valueOf, type Sample } from './prometheus-text.js';

const EDITOR = 'editor-token-0123456789abcdef';
const READER = 'reader-token-0123456789abcdef';
const SCRAPE = 'scrape-token-0123456789abcdef';
const FOLLOW_UP = JSON.parse(readFileSync(new URL('../fixtures/follow-up-duvanov.json', import.meta.url), 'utf8'));

/** A real server process on a fresh embedded store, with `env` on top. */
function useServer(env: Record<string, string>) {
  let server: ServerProcess | null = null;
  const dir = mkdtempSync(join(tmpdir(), 'kg-metrics-'));
  beforeAll(async () => {
    server = await startServer({ KG_DATA_DIR: dir, NEO4J_URI: '', ...env });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => server!;
}

async function scrape(url: string, token?: string): Promise<Sample[]> {
  const response = await fetch(`${url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect(response.status).toBe(200);
  return parseExposition(await response.text());
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** costs 303 (README: Limits, Cost): four of them spend a budget of 1000 */
const ORDINARY =
  '{ node(id: "person:sergei-duvanov") { ... on Person { name related(first: 20) { type status other { name } citations { quote } } } } }';

const requests = (s: Sample[], operation: string) => valueOf(s, 'kg_graphql_requests_total', { operation });
const refusals = (s: Sample[], guard: string) => valueOf(s, 'kg_refusals_total', { guard });

describe('GET /metrics with KG_METRICS=off (the default)', () => {
  const server = useServer({});

  it('is not served', async () => {
    expect((await fetch(`${server().url}/metrics`)).status).toBe(404);
  });
});

describe('GET /metrics with KG_METRICS=on', () => {
  const server = useServer({ KG_METRICS: 'on', KG_TRACE: '1', KG_MAX_DEPTH: '4', KG_EDITOR_TOKENS: `Ada Editor:${EDITOR}` });

  it("serves Prometheus's text format, the process's metrics included", async () => {
    const response = await fetch(`${server().url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE kg_graphql_requests_total counter');
    expect(valueOf(parseExposition(text), 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('counts a named query, its duration and its store round trips', async () => {
    const before = await scrape(server().url);
    const answer = await postQuery(server().url, 'query FindDuvanov { search(query: "Duvanov", first: 1) { entity { id } } }');
    const roundTrips = answer.body.extensions.kg.roundTrips;
    expect(roundTrips).toBeGreaterThan(0);
    const after = await scrape(server().url);
    expect(requests(after, 'FindDuvanov') - requests(before, 'FindDuvanov')).toBe(1);
    expect(valueOf(after, 'kg_graphql_duration_seconds_count', { operation: 'FindDuvanov' })).toBe(1);
    expect(valueOf(after, 'kg_graphql_duration_seconds_sum', { operation: 'FindDuvanov' })).toBeGreaterThan(0);
    expect(valueOf(after, 'kg_graphql_errors_total', { operation: 'FindDuvanov', kind: 'client' })).toBe(0);
    // every round trip the request made, as its trace reports them, and their time
    expect(totalOf(after, 'kg_store_call_duration_seconds_count') - totalOf(before, 'kg_store_call_duration_seconds_count')).toBe(
      roundTrips,
    );
    expect(totalOf(after, 'kg_store_call_duration_seconds_sum')).toBeGreaterThan(totalOf(before, 'kg_store_call_duration_seconds_sum'));
  });

  it('counts an erroring query as an error of its operation, and an unnamed one as anonymous', async () => {
    const before = await scrape(server().url);
    expect((await postQuery(server().url, 'query Misspelt { serch(query: "x") { score } }')).body.errors).toHaveLength(1);
    await postQuery(server().url, '{ node(id: "person:sergei-duvanov") { id } }');
    const after = await scrape(server().url);
    expect(requests(after, 'Misspelt') - requests(before, 'Misspelt')).toBe(1);
    expect(valueOf(after, 'kg_graphql_errors_total', { operation: 'Misspelt', kind: 'client' })).toBe(1);
    expect(requests(after, 'anonymous') - requests(before, 'anonymous')).toBe(1);
  });

  it('counts refusals by the guard that refused', async () => {
    const before = await scrape(server().url);
    const deep =
      '{ node(id: "person:sergei-duvanov") { ... on Entity { related(first: 1) { other { ... on Entity { related(first: 1) { other { name } } } } } } } }';
    expect((await postQuery(server().url, deep)).body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    const huge = await post(server().url, { query: `{ search(query: "${'x'.repeat(1_100_000)}") { score } }` });
    expect(huge.status).toBe(413);
    const after = await scrape(server().url);
    expect(refusals(after, 'depth') - refusals(before, 'depth')).toBe(1);
    expect(refusals(after, 'body_limit') - refusals(before, 'body_limit')).toBe(1);
    expect(refusals(after, 'cost')).toBe(refusals(before, 'cost'));
  });

  it('counts documents ingested through ingestArticle, and refused ones', async () => {
    const ingest = 'mutation Ingest($d: JSON!) { ingestArticle(document: $d, note: "from the metrics test") { articleId } }';
    const before = await scrape(server().url);
    const refused = await post(server().url, { query: ingest, variables: { d: FOLLOW_UP } });
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const done = await post(server().url, { query: ingest, variables: { d: FOLLOW_UP } }, { authorization: `Bearer ${EDITOR}` });
    expect(done.body.data.ingestArticle.articleId).toBeTruthy();
    const after = await scrape(server().url);
    expect(valueOf(after, 'kg_ingests_total', { outcome: 'ingested' }) - valueOf(before, 'kg_ingests_total', { outcome: 'ingested' })).toBe(
      1,
    );
    expect(valueOf(after, 'kg_ingests_total', { outcome: 'failed' }) - valueOf(before, 'kg_ingests_total', { outcome: 'failed' })).toBe(1);
    expect(refusals(after, 'unauthenticated') - refusals(before, 'unauthenticated')).toBe(1);
  });

  it('keeps at most 100 operation names as labels, counting the rest as "other"', async () => {
    for (let i = 0; i < 110; i++) await postQuery(server().url, `query Invented${i} { __typename }`);
    const after = await scrape(server().url);
    const series = after.filter((s) => s.name === 'kg_graphql_requests_total');
    expect(series.length).toBe(101);
    expect(requests(after, 'other')).toBeGreaterThanOrEqual(10);
  });
});

describe('GET /metrics with KG_METRICS=token, reader tokens required and rate limits on', () => {
  const server = useServer({
    KG_METRICS: 'token',
    KG_METRICS_TOKEN: SCRAPE,
    KG_REQUIRE_READER_TOKEN: '1',
    KG_READER_TOKENS: `Rita Reader:${READER}`,
    KG_RATE_LIMIT: '1',
    KG_MAX_COST: '1000',
    KG_RATE_BUDGET: '1000',
    KG_RATE_WINDOW_S: '3600',
  });

  it('answers 401 without its own token (a reader token is not it) and 200 with it', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { authorization: 'Bearer wrong-token-0123456789abc' },
      { authorization: `Bearer ${READER}` },
    ]) {
      const refused = await fetch(`${server().url}/metrics`, { headers });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer');
    }
    expect((await fetch(`${server().url}/metrics`, { headers: { authorization: `Bearer ${SCRAPE}` } })).status).toBe(200);
    expect(server().logs()).not.toContain(SCRAPE);
  });

  it('counts 401s and 429s, and is still served to a client that is rate-limited', async () => {
    const before = await scrape(server().url, SCRAPE);
    expect((await postQuery(server().url, '{ __typename }')).status).toBe(401);
    let status = 200;
    for (let i = 0; i < 20 && status !== 429; i++) {
      status = (await postQuery(server().url, ORDINARY, { authorization: `Bearer ${READER}` })).status;
    }
    expect(status).toBe(429);
    // the address that sent the refused request has spent its budget too (a refusal costs KG_MAX_COST)
    expect((await postQuery(server().url, '{ __typename }')).status).toBe(429);
    const after = await scrape(server().url, SCRAPE);
    expect(refusals(after, 'unauthenticated') - refusals(before, 'unauthenticated')).toBe(1);
    expect(refusals(after, 'rate_limit') - refusals(before, 'rate_limit')).toBe(2);
  });
});
