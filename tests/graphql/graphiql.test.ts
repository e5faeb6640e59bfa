import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY } from '../../src/server/graphiql.js';
import { testStores } from '../support/stores.js';
import { gql, useSeededYoga } from './harness.js';

const CDN_HOSTS = /unpkg\.com|jsdelivr|cdnjs|esm\.sh|skypack|googleapis|gstatic|cloudflare/i;

describe.each(testStores())('GraphiQL ($name store)', (testStore) => {
  const api = useSeededYoga(testStore);

  it('is served on GET /graphql to browsers, with every asset inline rather than from a CDN', async () => {
    const response = await api.yoga.fetch('http://kg.test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('<title>Knowledge graph</title>');
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
    // nothing is loaded from elsewhere: no external scripts, styles, fonts or module imports
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?https?:\/\//i);
    expect(html).not.toMatch(CDN_HOSTS);
  });

  it('opens on a query about Duvanov that runs cleanly on the seed', async () => {
    const response = await api.yoga.fetch('http://kg.test/graphql', { headers: { accept: 'text/html' } });
    expect(await response.text()).toContain(JSON.stringify(DEFAULT_QUERY));
    const r = await gql(api.yoga, DEFAULT_QUERY);
    expect(r.errors).toBeUndefined();
    expect(r.data.search[0].entity.id).toBe('person:sergei-duvanov');
    expect(r.data.duvanov.related.some((rel: any) => rel.status && rel.citations.length > 0)).toBe(true);
    expect(r.data.neighbourhood.nodes.length).toBeGreaterThan(5);
  });

  it('API clients asking for JSON still get GraphQL on GET', async () => {
    const url = `http://kg.test/graphql?query=${encodeURIComponent('{ node(id: "place:kazakhstan") { id } }')}`;
    const response = await api.yoga.fetch(url, { headers: { accept: 'application/json' } });
    expect(await response.json()).toMatchObject({ data: { node: { id: 'place:kazakhstan' } } });
  });
});
