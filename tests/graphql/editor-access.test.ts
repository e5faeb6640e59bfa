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
      for (const [query, variables] of [[INGEST, { d: FOLLOW_UP }], [MERGE, {}]] as const) {
        const r = await call(api.yoga, query, variables, token);
        expect(r.data).toBeNull();
        expect(r.errors).toHaveLength(1);
        expect(r.errors![0].extensions).toMatchObject({ code });
      }
      expect(await call(api.yoga, COUNT)).toEqual(before);
    });

    it("accepts an editor's token and records the editor's name, never the token", async () => {
      const r = await call(api.yoga, INGEST, { d: FOLLOW_UP }, EDITOR_TOKEN);
      expect(r.errors).toBeUndefined();
      const history = await call(api.yoga, '{ history(id: $id) { editor note action } }'.replace('$id', JSON.stringify(r.data.ingestArticle.articleId)));
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
      // the explorer and its exports are reads too
      expect((await api.yoga.fetch('http://kg.test/explore')).status).toBe(401);
    });
  });
});
