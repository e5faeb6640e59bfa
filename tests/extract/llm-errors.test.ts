// These tests run the LLM engine against a real local HTTP server that speaks OpenAI's chat-completions
// protocol with recorded responses: they test how the engine handles what an endpoint can do (rate
// limits, silence, refusals, wrong key or model, nothing listening), not a model.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExtractionError } from '../../src/domain/errors.js';
import { extractArticle } from '../../src/extract/extract.js';
import { answerFrom, article, llmEnv } from './fixtures/llm/recorded.js';
import { chatCompletion, closedPortUrl, startOpenAiTestServer, type OpenAiTestServer } from '../support/openai-test-server.js';

let server: OpenAiTestServer;
beforeEach(async () => (server = await startOpenAiTestServer()));
afterEach(() => server.close());

const extract = (extra: Record<string, string> = {}, baseUrl = server.baseUrl) =>
  extractArticle(article, { engine: 'llm', env: llmEnv(baseUrl, extra) });

/** The error an extraction fails with, and how long it took to fail. */
async function failure(run: Promise<unknown>): Promise<{ error: ExtractionError; ms: number }> {
  const started = performance.now();
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExtractionError);
  expect((error as Error).message).not.toContain('\n');
  return { error: error as ExtractionError, ms: performance.now() - started };
}

const rateLimited = (headers: Record<string, string>) => ({
  status: 429,
  headers,
  body: { error: { message: 'Rate limit reached', type: 'rate_limit_error' } },
});

describe('rate limits', () => {
  it('waits what retry-after asks, then succeeds', async () => {
    server.answer(rateLimited({ 'retry-after': '1' }), answerFrom('valid-answer.json'));
    const { draft } = await extract();
    expect(server.received).toHaveLength(2);
    expect(server.received[1].at - server.received[0].at).toBeGreaterThanOrEqual(950);
    expect(draft.entities).toHaveLength(5);
  });

  it('reports a wait longer than it will honour at once, instead of sleeping for an hour', async () => {
    server.answer(rateLimited({ 'retry-after': '3600' }));
    const { error, ms } = await failure(extract());
    expect(error.message).toMatch(/rate-limiting \(429\) and asks to wait 3600 s: try again later/);
    expect(server.received).toHaveLength(1);
    expect(ms).toBeLessThan(2000);
  });

  it('gives up after its bounded retries', async () => {
    server.answer(...[0, 1, 2].map(() => rateLimited({ 'retry-after-ms': '10' })));
    const { error } = await failure(extract());
    expect(error.message).toMatch(/still rate-limiting after retries \(429: Rate limit reached\)/);
    expect(server.received).toHaveLength(3);
  });
});

describe('an endpoint that does not answer well', () => {
  it('times out after KG_LLM_TIMEOUT_MS with one request and a clear line', async () => {
    server.answer({ hang: true });
    const { error, ms } = await failure(extract({ KG_LLM_TIMEOUT_MS: '300' }));
    expect(error.message).toBe(
      `the LLM endpoint ${server.baseUrl} did not answer within 300 ms (KG_LLM_TIMEOUT_MS): raise it for a slow model, or check the server`,
    );
    expect(ms).toBeLessThan(2000);
    expect(server.received).toHaveLength(1);
  });

  it('names the URL and KG_LLM_BASE_URL when nothing listens there', async () => {
    const nowhere = await closedPortUrl();
    const { error, ms } = await failure(extract({}, nowhere));
    expect(error.message).toBe(
      `cannot reach the LLM endpoint ${nowhere} (ECONNREFUSED): check KG_LLM_BASE_URL and that the server is running`,
    );
    expect(ms).toBeLessThan(2000);
  });

  it("reports the model's refusal in its own words", async () => {
    server.answer(chatCompletion(null, { refusal: "I'm sorry, I can't help with that request." }));
    const { error } = await failure(extract());
    expect(error.message).toMatch(/refused to extract: "I'm sorry, I can't help with that request\."/);
  });

  it('says to lower KG_LLM_MAX_PART_CHARS when the answer was cut off', async () => {
    server.answer(chatCompletion('{"entities": [', { finishReason: 'length' }));
    const { error } = await failure(extract());
    expect(error.message).toMatch(/ran out of output tokens mid-answer: set KG_LLM_MAX_PART_CHARS lower/);
  });

  it.each([
    [401, 'Incorrect API key provided', /refused the API key \(401: Incorrect API key provided\): check KG_LLM_API_KEY$/],
    [403, 'Forbidden', /refused the API key \(403: Forbidden\): check KG_LLM_API_KEY$/],
    [404, 'model "recorded-model" not found', /has no model "recorded-model".*check KG_LLM_MODEL/],
    [400, "response_format 'json_schema' is not supported", /rejected the request \(400: .*json_schema.*try another KG_LLM_MODEL/],
  ])('turns HTTP %i into a line naming the setting to check', async (status, message, expected) => {
    server.answer({ status, body: { error: { message } } });
    const { error } = await failure(extract());
    expect(error.message).toMatch(expected);
    expect(server.received).toHaveLength(1);
  });

  it('sends the API key it is given as a bearer token', async () => {
    server.answer(answerFrom('valid-answer.json'));
    await extract({ KG_LLM_API_KEY: 'sk-test-123' });
    expect(server.received[0].headers.authorization).toBe('Bearer sk-test-123');
  });
});

describe('cancelling', () => {
  it('stops a request in flight when the caller aborts', async () => {
    server.answer({ hang: true });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const run = extractArticle(article, { engine: 'llm', env: llmEnv(server.baseUrl), signal: controller.signal });
    const { error, ms } = await failure(run);
    expect(error.message).toBe('LLM extraction cancelled');
    expect(ms).toBeLessThan(2000);
  });
});
