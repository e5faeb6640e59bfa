import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY } from '../../src/server/graphiql.js';
import { testStores } from '../support/stores.js';
import { data, useSeededYoga } from './harness.js';

// The README's queries and GraphiQL's default query are the first things users run: they must work.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const readmeQueries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

describe.each(testStores())('the queries users are shown first ($name store)', (testStore) => {
  const api = useSeededYoga(testStore);

  it('the README shows at least five queries', () => {
    expect(readmeQueries.length).toBeGreaterThanOrEqual(5);
  });

  it.each(readmeQueries.map((q, i) => [i + 1, q]))('README query %i answers without errors and finds something', async (_n, query) => {
    const result = await data(api.yoga, query as string);
    const firstField = Object.values(result as Record<string, unknown>)[0];
    expect(firstField).toBeTruthy();
    // an empty list or an empty subgraph names no entity (nor article)
    expect(JSON.stringify(firstField)).toMatch(/"(name|title)":"[^"]+"/);
  });

  it('GraphiQL default query answers without errors', async () => {
    const result = await data(api.yoga, DEFAULT_QUERY);
    expect(JSON.stringify(result)).toContain('Sergei Duvanov');
  });
});

describe('the README', () => {
  it('documents every relationship type of the vocabulary', async () => {
    const { RELATIONSHIP_TYPE_NAMES } = await import('../../src/domain/vocabulary.js');
    for (const type of RELATIONSHIP_TYPE_NAMES) expect(readme).toContain(`| \`${type}\` |`);
  });
});
