import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testStores } from '../support/stores.js';
import { call, edit, EDITOR_TOKEN, READER_TOKEN, useFreshSeededYoga } from './editor-harness.js';

const ARTICLE = readFileSync(new URL('../fixtures/desk/short-article.txt', import.meta.url), 'utf8');
const DRAFT = `mutation($input: DraftArticleInput!) { draftArticle(input: $input) { draft warnings articleId alreadyIngested relationshipTypes } }`;
const CHECK = 'query($d: JSON!) { checkArticleDraft(document: $d) { problems { path message } problemCount articleId alreadyIngested } }';
const INGEST = 'mutation($d: JSON!) { ingestArticle(document: $d, note: "reviewed draft") { articleId } }';
const input = { content: ARTICLE, title: 'Duvanov has a new lawyer', publishedAt: '2003-06-10' };

describe.each(testStores())('drafting an article through the API ($name store)', (testStore) => {
  const api = useFreshSeededYoga(testStore);

  it("drafts pasted text with the graph's names as matches, and tells when the article is ingested since", async () => {
    const { draftArticle } = await edit(api.yoga, DRAFT, { input });
    const { draft } = draftArticle;
    expect(draft.format).toBe('kg-extraction/2');
    expect(draft.article).toMatchObject({ title: input.title, text: ARTICLE.trim(), publishedAt: { year: 2003, month: 6, day: 10 } });
    const duvanov = draft.entities.find((e: any) => e.name === 'Sergei Duvanov');
    expect(duvanov.draft.matches).toEqual([{ id: 'person:sergei-duvanov', name: 'Sergei Duvanov' }]);
    expect(draftArticle.alreadyIngested).toBe(false);
    expect(draftArticle.relationshipTypes).toContain('REPRESENTS');

    const before = (await edit(api.yoga, CHECK, { d: draft })).checkArticleDraft;
    expect(before).toEqual({ problems: [], problemCount: 0, articleId: draftArticle.articleId, alreadyIngested: false });
    expect((await edit(api.yoga, INGEST, { d: draft })).ingestArticle.articleId).toBe(draftArticle.articleId);
    expect((await edit(api.yoga, CHECK, { d: draft })).checkArticleDraft.alreadyIngested).toBe(true);
  });

  it("reports a document's problems with the CLI's messages", async () => {
    const {
      draftArticle: { draft },
    } = await edit(api.yoga, DRAFT, { input });
    draft.relationships[0].quotes = ['words that are not in the article'];
    draft.relationships[0].saidBy = 'nobody';
    const { checkArticleDraft } = await edit(api.yoga, CHECK, { d: draft });
    expect(checkArticleDraft.problems).toEqual(
      expect.arrayContaining([
        { path: '$.relationships[0].quotes[0]', message: 'quote not found verbatim in article.text: "words that are not in the article"' },
        { path: '$.relationships[0].saidBy', message: expect.stringMatching(/^unknown key "nobody"/) },
      ]),
    );
  });

  it('reads Markdown with front matter and a saved page, and refuses bad input with one clear message', async () => {
    const markdown = readFileSync(new URL('../fixtures/articles/front-matter.md', import.meta.url), 'utf8');
    const md = await edit(api.yoga, DRAFT, { input: { content: markdown, kind: 'MARKDOWN' } });
    expect(md.draftArticle.draft.article).toMatchObject({
      title: "Journalist's lawyer says he was beaten in Zarechnoye prison",
      author: 'Alexander Zakharov',
    });
    expect(md.draftArticle.draft.article.text).not.toContain('**');

    const refusals: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ content: '   ' }, 'EXTRACTION_FAILED', /is empty/],
      [{ content: ARTICLE }, 'EXTRACTION_FAILED', /has no title/],
      [{ ...input, publishedAt: 'June' }, 'BAD_USER_INPUT', /is not a date/],
      [{ ...input, url: 'ftp://x' }, 'BAD_USER_INPUT', /not an http\(s\) URL/],
      [{ ...input, content: 'x'.repeat(600 * 1024) }, 'BAD_USER_INPUT', /longer than/],
      [
        { ...input, content: readFileSync(new URL('../fixtures/articles/no-article.html', import.meta.url), 'utf8'), kind: 'HTML' },
        'EXTRACTION_FAILED',
        /no article found/,
      ],
      [
        { ...input, content: readFileSync(new URL('../fixtures/articles/german.txt', import.meta.url), 'utf8') },
        'EXTRACTION_FAILED',
        /does not read as English/,
      ],
    ];
    for (const [bad, code, message] of refusals) {
      const r = await call(api.yoga, DRAFT, { input: bad }, EDITOR_TOKEN);
      expect(r.errors?.[0].extensions?.code, JSON.stringify(r.errors)).toBe(code);
      expect(r.errors![0].message).toMatch(message);
    }
  });

  it("is for editors: a reader's token is refused, and the viewer query says who is asking", async () => {
    const refused = await call(api.yoga, DRAFT, { input }, READER_TOKEN);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'This token may read but not edit; an editor token is needed.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await call(api.yoga, CHECK, { d: {} }, READER_TOKEN)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const who = '{ viewer { role name mayEdit editingEnabled } }';
    expect((await call(api.yoga, who, {}, READER_TOKEN)).data).toEqual({
      viewer: { role: 'READER', name: 'Rita Reader', mayEdit: false, editingEnabled: true },
    });
    expect((await call(api.yoga, who, {}, EDITOR_TOKEN)).data).toEqual({
      viewer: { role: 'EDITOR', name: 'Ada Editor', mayEdit: true, editingEnabled: true },
    });
    expect((await call(api.yoga, who, {}, 'no-such-token-0123456789')).data).toEqual({
      viewer: { role: 'INVALID', name: null, mayEdit: false, editingEnabled: true },
    });
    expect((await call(api.yoga, who)).data).toEqual({ viewer: { role: 'ANONYMOUS', name: null, mayEdit: false, editingEnabled: true } });
  });
});
