import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/extract/read-article.js';

const fixtures = new URL('../fixtures/articles/', import.meta.url).pathname;
const repositoryRoot = new URL('../../', import.meta.url).pathname;
const limits = { maxBytes: 5 * 1024 * 1024, followSymlinks: false };
const read = (name: string, overrides = {}) => readArticle(join(fixtures, name), overrides, limits);
const scratch = mkdtempSync(join(tmpdir(), 'kg-article-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readArticle on Markdown and plain text', () => {
  it('reads front matter as metadata and Markdown as the text a reader sees', () => {
    const article = read('front-matter.md');
    expect(article).toMatchObject({
      title: "Journalist's lawyer says he was beaten in Zarechnoye prison",
      author: 'Alexander Zakharov',
      publisher: 'Institute for War and Peace Reporting',
      url: 'https://iwpr.net/global-voices/kazakhstan-duvanov-beaten-prison',
      publishedAt: { year: 2003, month: 5, day: 28, inferred: false },
    });
    // headings, paragraphs and list items are paragraphs; links keep their text; no markers are left
    expect(article.text).toBe(
      [
        'Lawyer: Duvanov beaten in prison',
        'When attorney Maria Pulman met her client in Zarechnoye prison on May 22, she noticed that his face was "bruised and grazed", according to a statement by his supporters.',
        'The charges',
        'He was arrested in October 2002 and sentenced to three and a half years in prison at the end of January.',
        'The interior ministry declined to comment.',
        'The prison put the telephone down on our reporter.',
      ].join('\n\n'),
    );
    expect(article.text).not.toMatch(/[*#[\]]|https?:|---|tags/);
  });

  it("gives the seed article the same text as its hand extraction (less the page's source-URL footer)", () => {
    const article = readArticle(join(repositoryRoot, 'seed/kazakhstan-duvanov-beaten-in-prison.md'), {}, limits);
    const hand = JSON.parse(readFileSync(join(repositoryRoot, 'seed/kazakhstan-duvanov-beaten-in-prison.json'), 'utf8'));
    expect(article.text.startsWith(hand.article.text)).toBe(true);
    expect(article.title).toBe(hand.article.title); // the first heading, without its bold markers
  });

  it('keeps plain text exactly as written, less CR line ends and surrounding blank lines', () => {
    const article = read('plain.txt');
    const raw = readFileSync(join(fixtures, 'plain.txt'), 'utf8');
    expect(article.text).toBe(raw.replaceAll('\r\n', '\n').trim());
    expect(article.text).toContain('*Not emphasis*, [not a link](x).');
    expect(article.title).toBe('plain');
  });

  it('takes a missing title from the file name when there is no heading', () => {
    expect(read('no-front-matter-title.md').title).toBe('no front matter title');
  });

  it('lets the command line override the file field by field', () => {
    const article = read('front-matter.md', { title: 'Another title', publishedAt: { year: 2003, month: 6, inferred: false } });
    expect(article.title).toBe('Another title');
    expect(article.publishedAt).toEqual({ year: 2003, month: 6, inferred: false });
    expect(article.author).toBe('Alexander Zakharov');
  });

  it('reads partial dates, date keys and a bare year from front matter', () => {
    const file = join(scratch, 'year.md');
    writeFileSync(file, '---\ndate: 2003\nauthor: [A. One, B. Two]\n---\nSergei Duvanov was arrested in October 2002.\n');
    expect(readArticle(file, {}, limits)).toMatchObject({ publishedAt: { year: 2003, inferred: false }, author: 'A. One, B. Two' });
    writeFileSync(file, '---\npublishedAt: 2003-05\n---\nSergei Duvanov was arrested in October 2002.\n');
    expect(readArticle(file, {}, limits).publishedAt).toEqual({ year: 2003, month: 5, inferred: false });
  });

  it('refuses front matter that is not YAML with its line, without quoting it', () => {
    const file = join(scratch, 'broken.md');
    writeFileSync(file, '---\ntitle: fine\nauthor: [SECRET-VALUE\n---\nSergei Duvanov was arrested in October 2002.\n');
    expect(() => readArticle(file, {}, limits)).toThrow(
      new RegExp(`^${file}: the front matter \\(between the --- lines\\) is not valid YAML at line \\d+; fix it`),
    );
    expect(() => readArticle(file, {}, limits)).not.toThrow(/SECRET/);
  });

  it('refuses a file that is not Markdown, text or a web page, by its extension', () => {
    const file = join(scratch, 'report.docx');
    writeFileSync(file, 'PK');
    expect(() => readArticle(file, {}, limits)).toThrow(
      `${file}: kg extract reads .md, .markdown, .txt, .html, .htm files; save the article as Markdown, plain text or a web page with one of those extensions`,
    );
  });

  it('leaves a leading rule that is not front matter in the text', () => {
    const file = join(scratch, 'rule.md');
    writeFileSync(file, '---\nSergei Duvanov was arrested in October 2002.\n---\nHe denies the charges.\n');
    const article = readArticle(file, {}, limits);
    expect(article.text).toContain('Sergei Duvanov was arrested in October 2002.');
    expect(article.text).toContain('He denies the charges.');
  });
});

describe('readArticle on a saved web page', () => {
  const article = read('saved-news-page.html');

  it("takes the article's title, byline, date, site and address from the page", () => {
    expect(article).toMatchObject({
      title: 'Dutch lawyers allowed to visit jailed journalist Sergei Duvanov',
      author: 'Aigerim Bekova',
      publisher: 'The Steppe Courier',
      url: 'https://steppe-courier.example/world/2003/06/12/dutch-lawyers-duvanov',
      publishedAt: { year: 2003, month: 6, day: 12, inferred: false },
    });
  });

  it("keeps the article's paragraphs and none of the menus, advertisements, sidebars or footer", () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^The foreign ministry of Kazakhstan has agreed/);
    expect(article.text).toContain('His lawyer, Maria Pulman, said last month that she had found his face "bruised and grazed"');
    for (const boilerplate of [
      'ADVERTISEMENT',
      'cookies',
      'Subscribe',
      'Most read',
      'Related stories',
      'All rights reserved',
      'Share this story',
      'By Aigerim',
      'gtag',
    ]) {
      expect(article.text).not.toContain(boilerplate);
    }
  });

  it('falls back to meta tags for what Readability does not find', () => {
    const file = join(scratch, 'meta-only.html');
    const body =
      '<p>Sergei Duvanov, a jailed opposition journalist, has been beaten up in prison, his lawyer said after a visit.</p>'.repeat(4);
    writeFileSync(
      file,
      `<html><head><title>Page</title><meta name="author" content="By Jane Roe"><meta property="article:published_time" content="2003-05-28"></head><body><div>${body}</div></body></html>`,
    );
    expect(readArticle(file, {}, limits)).toMatchObject({
      author: 'Jane Roe',
      publishedAt: { year: 2003, month: 5, day: 28, inferred: false },
    });
  });
});

describe('a byline in the text', () => {
  it('gives the author when the metadata does not', async () => {
    const { bylineOf } = await import('../../src/extract/article-byline.js');
    expect(bylineOf('Kazakhstan: Duvanov "Beaten In Prison"\n\nAuthor: Alexander Zakharov\n\nJailed opposition journalist...')).toBe(
      'Alexander Zakharov',
    );
    expect(bylineOf('By Aysel Karimli\n\nBAKU - Police detained...')).toBe('Aysel Karimli');
    expect(bylineOf('The court said on Tuesday.\n\nBy then it was too late for the appeal to be heard in full.')).toBeUndefined();
  });
});
