import { describe, expect, it } from 'vitest';
import { testStores } from '../support/stores.js';
import { accessWith, call, EDITOR_TOKEN, FOLLOW_UP, READER_TOKEN, useFreshSeededYoga } from './editor-harness.js';

const INGEST = 'mutation($d: JSON!) { ingestArticle(document: $d, note: "new article") { articleId } }';
const MERGE = 'mutation { mergeEntities(into: "person:nurbulat-masanov", from: ["person:pyotr-svoik"], note: "n") { id } }';
const READ = '{ node(id: "person:sergei-duvanov") { id } }';
const COUNT = '{ entities { totalCount } articles { totalCount } }';

describe.each(testStores())('editor access ($name store)', (testStore) => {
  describe('with editor and reader tokens configured', () => {
    const api = useFreshSeededYoga(testStore);

    it.each([
      ['no token', undefined, 'UNAUTHENTICATED'],
      ['a token nobody holds', 'not-a-token-0123456789abcdef', 'UNAUTHENTICATED'],
      ['a malformed header value', '', 'UNAUTHENTICATED'],
      ["a reader's token", READER_TOKEN, 'FORBIDDEN'],
    ])('refuses a mutation with %s (%s), changing nothing', async (_what, token, code) => {
      const before = await call(api.yoga, COUNT);
      for (const [query, variables] of [
        [INGEST, { d: FOLLOW_UP }],
        [MERGE, {}],
      ] as const) {
        const r = await call(api.yoga, query, variables, token);
        expect(r.data).toBeNull();
        expect(r.errors).toHaveLength(1);
        expect(r.errors![0].extensions).toMatchObject({ code });
      }
      expect(await call(api.yoga, COUNT)).toEqual(before);
    });

    it('answers a refused mutation 401 or 403 under application/graphql-response+json, and 200 under application/json', async () => {
      const refused = async (token: string | undefined, accept: string) => {
        const headers: Record<string, string> = { 'content-type': 'application/json', accept };
        if (token !== undefined) headers.authorization = `Bearer ${token}`;
        const response = await api.yoga.fetch('http://kg.test/graphql', {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: MERGE }),
        });
        return { status: response.status, challenge: response.headers.get('www-authenticate'), body: (await response.json()) as any };
      };
      for (const [token, status, code] of [
        [undefined, 401, 'UNAUTHENTICATED'],
        ['not-a-token-0123456789abcdef', 401, 'UNAUTHENTICATED'],
        [READER_TOKEN, 403, 'FORBIDDEN'],
      ] as const) {
        const spec = await refused(token, 'application/graphql-response+json');
        expect(spec.status).toBe(status);
        expect(spec.challenge).toBe(status === 401 ? 'Bearer' : null);
        expect(spec.body).toEqual({ data: null, errors: [expect.objectContaining({ extensions: { code } })] });
        // legacy JSON clients read errors only from a 200
        const legacy = await refused(token, 'application/json');
        expect(legacy.status).toBe(200);
        expect(legacy.body.errors[0].extensions).toEqual({ code });
      }
      // an editor's mutation that fails for another reason is no refusal of credentials
      const headers = {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        authorization: `Bearer ${EDITOR_TOKEN}`,
      };
      const missing = await api.yoga.fetch('http://kg.test/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({
          query: 'mutation { mergeEntities(into: "person:nobody", from: ["person:pyotr-svoik"], note: "n") { id } }',
        }),
      });
      expect(missing.status).toBe(200);
      expect(((await missing.json()) as any).errors[0].extensions.code).not.toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    });

    it("accepts an editor's token and records the editor's name, never the token", async () => {
      const r = await call(api.yoga, INGEST, { d: FOLLOW_UP }, EDITOR_TOKEN);
      expect(r.errors).toBeUndefined();
      const history = await call(
        api.yoga,
        '{ history(id: $id) { editor note action } }'.replace('$id', JSON.stringify(r.data.ingestArticle.articleId)),
      );
      expect(history.data.history).toEqual([{ editor: 'Ada Editor', note: 'new article', action: 'INGEST' }]);
      expect(JSON.stringify(api.lines)).not.toContain(EDITOR_TOKEN);
    });

    it('keeps reads public, whatever token comes with them', async () => {
      for (const token of [undefined, READER_TOKEN, 'not-a-token-0123456789abcdef']) {
        expect((await call(api.yoga, READ, {}, token)).data).toEqual({ node: { id: 'person:sergei-duvanov' } });
      }
    });
  });

  describe('with no editor token configured', () => {
    const api = useFreshSeededYoga(testStore, accessWith({ editors: '' }));

    it('refuses every mutation as FORBIDDEN, whatever token is sent', async () => {
      for (const token of [undefined, EDITOR_TOKEN, READER_TOKEN]) {
        const r = await call(api.yoga, INGEST, { d: FOLLOW_UP }, token);
        expect(r.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
        expect(r.errors![0].message).toContain('KG_EDITOR_TOKENS');
      }
      expect((await call(api.yoga, COUNT)).data.articles.totalCount).toBe(1);
    });
  });

  describe('with KG_REQUIRE_READER_TOKEN=1', () => {
    const api = useFreshSeededYoga(testStore, accessWith({ requireReaderToken: true }));

    it('answers 401 UNAUTHENTICATED to a request without a valid token, and reads for readers and editors', async () => {
      for (const token of [undefined, 'not-a-token-0123456789abcdef']) {
        const r = await call(api.yoga, READ, {}, token);
        expect(r.status).toBe(401);
        expect(r.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
        expect(r.data ?? null).toBeNull();
      }
      for (const token of [READER_TOKEN, EDITOR_TOKEN]) {
        expect((await call(api.yoga, READ, {}, token)).data).toEqual({ node: { id: 'person:sergei-duvanov' } });
      }
      // the explorer's page holds no data and must load for a reader to sign in; its exports are reads
      expect((await api.yoga.fetch('http://kg.test/explore')).status).toBe(200);
      expect((await api.yoga.fetch('http://kg.test/export?format=json&id=person:sergei-duvanov')).status).toBe(401);
    });
  });
});
