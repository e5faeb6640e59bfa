import { readFileSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { parseTokenList, type AccessConfig } from '../../src/access/tokens.js';
import { createKgYoga } from '../../src/server/yoga.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import type { TestStore } from '../support/stores.js';
import { memoryLogger, seed, type GraphQLResponse, type KgYoga } from './harness.js';

export const EDITOR_TOKEN = 'editor-token-0123456789abcdef';
export const READER_TOKEN = 'reader-token-0123456789abcdef';

export function accessWith(options: { editors?: string; readers?: string; requireReaderToken?: boolean } = {}): AccessConfig {
  return {
    editors: parseTokenList(options.editors ?? `Ada Editor:${EDITOR_TOKEN}`).tokens,
    readers: parseTokenList(options.readers ?? `Rita Reader:${READER_TOKEN}`).tokens,
    requireReaderToken: options.requireReaderToken ?? false,
  };
}

/** The follow-up article: it names "Nurbolat Masanov", a near miss of the seed's "Nurbulat Masanov". */
export const FOLLOW_UP = JSON.parse(readFileSync(new URL('../fixtures/follow-up-duvanov.json', import.meta.url), 'utf8'));

export async function call<T = any>(
  yoga: KgYoga,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T> & { status: number }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const response = await yoga.fetch('http://kg.test/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { ...((await response.json()) as GraphQLResponse<T>), status: response.status };
}

/** As `call` with the editor's token, failing on any error. */
export async function edit<T = any>(yoga: KgYoga, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await call<T>(yoga, query, variables, EDITOR_TOKEN);
  if (r.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(r.errors, null, 2)}`);
  return r.data as T;
}

const SETUP_TIMEOUT_MS = 10 * 60_000;

/** A freshly seeded store for every test (editors' writes change it), with yoga over it and its log lines. */
export function useFreshSeededYoga(testStore: TestStore, access: AccessConfig = accessWith()) {
  let state: { store: GraphStore; yoga: KgYoga; lines: Array<Record<string, any>> } | null = null;
  beforeEach(async () => {
    const store = await testStore.open();
    await seed(store);
    const { logger, lines } = memoryLogger();
    state = { store, lines, yoga: createKgYoga({ store, logger, access }) };
  }, SETUP_TIMEOUT_MS);
  afterEach(async () => {
    await state?.store.close();
    state = null;
  }, 60_000);
  const get = () => {
    if (!state) throw new Error('only inside a test');
    return state;
  };
  return {
    get yoga() {
      return get().yoga;
    },
    get store() {
      return get().store;
    },
    get lines() {
      return get().lines;
    },
  };
}
