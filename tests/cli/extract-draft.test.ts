import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/extract/read-article.js';
import { kgProcess, repositoryRoot } from './kg-process.js';

// `kg extract` from an article to a draft that `kg ingest` accepts. These need the offline engine.
const root = mkdtempSync(join(tmpdir(), 'kg-extract-'));
const env = { KG_DATA_DIR: join(root, 'data'), NEO4J_URI: '', KG_LLM_BASE_URL: '', KG_LLM_MODEL: '' };
const seedArticle = join(repositoryRoot, 'seed/kazakhstan-duvanov-beaten-in-prison.md');
const newsPage = join(repositoryRoot, 'tests/fixtures/articles/saved-news-page.html');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('kg extract', () => {
  it('drafts the seed article into a file that kg ingest --dry-run accepts', async () => {
    const out = join(root, 'drafts', 'seed.json');
    mkdirSync(join(root, 'drafts'));
    const extract = await kgProcess(env, 'extract', seedArticle, '--out', out, '--no-graph');
    expect(extract.stderr).toContain(`next: review ${out}, then: kg ingest --dry-run ${out}`);
    expect(extract.code).toBe(0);
    expect(extract.stdout).toBe('');
    expect(extract.stderr).toMatch(
      /^kg: drafted .* with the offline engine in [\d.]+ s\n {2}\d+ people?, \d+ organisations?, \d+ places?; \d+ events?; \d+ relationships?; \d+ unnamed actors?\n/,
    );
    expect(readdirSync(join(root, 'drafts'))).toEqual(['seed.json']); // no temporary file left beside it
    const draft = JSON.parse(readFileSync(out, 'utf8'));
    expect(draft.format).toBe('kg-extraction/2');
    expect(draft.article.text).toBe(readArticle(seedArticle, {}, { maxBytes: 5 << 20, followSymlinks: false }).text);
    expect(draft.entities.map((e: { name: string }) => e.name)).toContain('Sergei Duvanov');
    const ingest = await kgProcess(env, 'ingest', '--dry-run', out);
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toContain('1 document(s) checked (dry run, nothing written), 0 failed');
  }, 120_000);

  it('writes the draft to stdout with the flags over the page, and creates no store to look names up in', async () => {
    const empty = { ...env, KG_DATA_DIR: join(root, 'no-data-yet') };
    const { code, stdout, stderr } = await kgProcess(
      empty,
      'extract',
      newsPage,
      '--title',
      'Lawyers to visit Duvanov',
      '--published',
      '2003-06-11',
      '--url',
      'https://example.org/duvanov',
    );
    expect(code).toBe(0);
    const draft = JSON.parse(stdout);
    expect(draft.article).toMatchObject({
      title: 'Lawyers to visit Duvanov',
      author: 'Aigerim Bekova',
      publisher: 'The Steppe Courier',
      url: 'https://example.org/duvanov',
      publishedAt: { year: 2003, month: 6, day: 11 },
    });
    expect(stdout).toBe(`${JSON.stringify(draft, null, 2)}\n`);
    expect(stderr).toContain(`no graph in ${empty.KG_DATA_DIR} yet, so names were not matched against one`);
    expect(stderr).toContain('next: save the draft (--out FILE), review it, then: kg ingest --dry-run FILE');
    expect(existsSync(empty.KG_DATA_DIR)).toBe(false);
  }, 120_000);

  it("matches names against the graph's own: the page's Duvanov is the stored person:sergei-duvanov", async () => {
    expect((await kgProcess(env, 'seed')).code).toBe(0);
    const { code, stdout, stderr } = await kgProcess(env, 'extract', newsPage);
    expect(code).toBe(0);
    expect(stderr).not.toContain('no graph');
    const draft = JSON.parse(stdout);
    const duvanov = draft.entities.find((e: { name: string }) => /Duvanov/.test(e.name));
    expect(duvanov.draft.matches).toContainEqual({ id: 'person:sergei-duvanov', name: 'Sergei Duvanov' });
  }, 180_000);
});
