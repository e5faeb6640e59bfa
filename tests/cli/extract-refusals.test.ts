import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kgProcess, repositoryRoot } from './kg-process.js';

// Bad input to `kg extract`: one line naming the file, what is wrong and what to do; a non-zero exit;
// no draft (and no temporary file) left where --out pointed; never a line of the file itself.
const root = mkdtempSync(join(tmpdir(), 'kg-extract-bad-'));
const noLlm = { KG_LLM_BASE_URL: '', KG_LLM_MODEL: '', KG_LLM_API_KEY: '' };
const env = { KG_DATA_DIR: join(root, 'data'), NEO4J_URI: '', ...noLlm };
const fixture = (name: string) => join(repositoryRoot, 'tests/fixtures/articles', name);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const big = join(root, 'five-megabytes.txt');
writeFileSync(big, 'Sergei Duvanov was arrested in October 2002 and charged with a crime he denies. '.repeat(66_000));
const link = join(root, 'link.md');
symlinkSync(fixture('front-matter.md'), link);

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let runs = 0;
/** Runs `kg extract` with --out in a fresh directory; returns what it printed and what it left there. */
async function extract(article: string, extraEnv: Record<string, string> = {}, ...flags: string[]) {
  const outDir = join(root, `out-${runs++}`);
  mkdirSync(outDir);
  const run = await kgProcess({ ...env, ...extraEnv }, 'extract', article, '--out', join(outDir, 'draft.json'), ...flags);
  return { ...run, left: readdirSync(outDir) };
}

/** Lines of the file long enough to be recognised, none of which may reach the terminal. */
const contentLines = (path: string) =>
  readFileSync(path, 'latin1')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 12);

describe('kg extract refuses bad input in one line, and writes nothing', () => {
  it.each([
    ['an empty file', fixture('empty.md'), /is empty; give a file with the article's text/],
    ['a file of whitespace', fixture('whitespace.txt'), /is empty; give a file with the article's text/],
    [
      'front matter and no text',
      fixture('only-front-matter.md'),
      /has front matter but no text after it; put the article's text after the closing ---/,
    ],
    [
      'a binary file (NUL bytes)',
      fixture('nul-bytes.txt'),
      /is a binary file \(a NUL byte at offset 18\), not an article; give the article as/,
    ],
    [
      'a file that is not UTF-8',
      fixture('latin1.txt'),
      /is not valid UTF-8 \(byte offset 3, 0xe9, starts no valid character\); save the article as UTF-8 text/,
    ],
    [
      'a web page with no article',
      fixture('no-article.html'),
      /no article found in this page \(only \d+ characters of article text outside its menus and footers\); save the article's own page, or copy its text/,
    ],
    [
      'a text over the size limit',
      big,
      /is \d+ bytes, over the limit of 5242880 bytes for one document \(raise KG_MAX_DOCUMENT_BYTES or --max-document-bytes\)/,
    ],
    [
      'a text in Russian',
      fixture('russian.txt'),
      /the text is written mostly in Cyrillic script, and the offline engine reads English; use --engine llm with a model that reads Cyrillic script/,
    ],
    [
      'a text in German',
      fixture('german.txt'),
      /the text does not read as English \(0% of its words .*\), and the offline engine reads English; use --engine llm with a model that reads this language/,
    ],
    [
      'front matter with a date that is not one',
      fixture('bad-front-matter-date.md'),
      /the front matter's published date is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY \(or give --published\)/,
    ],
    ['a symbolic link', link, /is a symbolic link; kg reads only regular files \(pass --follow-symlinks to follow links\)/],
  ])(
    '%s',
    async (_what, article, message) => {
      const { code, stdout, stderr, left } = await extract(article);
      expect(code).not.toBe(0);
      expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(new RegExp(`^kg: ${escaped(article)}: ${message.source}`))]);
      expect(stdout).toBe('');
      expect(left).toEqual([]);
      for (const line of contentLines(article)) expect(stderr).not.toContain(line);
    },
    60_000,
  );

  it('refuses a --published that is not a date, before reading anything', async () => {
    const { code, stderr, left } = await extract(fixture('front-matter.md'), {}, '--published', '28 May 2003');
    expect(code).not.toBe(0);
    expect(stderr.trim()).toBe('kg: --published "28 May 2003" is not a date; give it as YYYY-MM-DD, YYYY-MM or YYYY');
    expect(left).toEqual([]);
  }, 60_000);

  it("passes on the LLM engine's message when it is not configured, naming the file", async () => {
    const { code, stderr, left } = await extract(fixture('front-matter.md'), {}, '--engine', 'llm');
    expect(code).not.toBe(0);
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^kg: ${escaped(fixture('front-matter.md'))}: .*KG_LLM_BASE_URL`)),
    ]);
    expect(left).toEqual([]);
  }, 60_000);

  it("passes on the LLM engine's message when its endpoint cannot be reached, naming the file", async () => {
    const unreachable = { KG_LLM_BASE_URL: 'http://127.0.0.1:9/v1', KG_LLM_MODEL: 'test-model' };
    const { code, stderr, left } = await extract(fixture('front-matter.md'), unreachable, '--engine', 'llm');
    expect(code).not.toBe(0);
    expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(new RegExp(`^kg: ${escaped(fixture('front-matter.md'))}: `))]);
    expect(left).toEqual([]);
  }, 120_000);

  it('refuses an --out that would overwrite the article or sits in no directory', async () => {
    const article = join(root, 'article.md');
    writeFileSync(article, readFileSync(fixture('front-matter.md')));
    const same = await kgProcess(env, 'extract', article, '--out', article);
    expect(same.stderr.trim()).toBe(`kg: ${article}: is the article itself; give --out another file`);
    expect(readFileSync(article, 'utf8')).toBe(readFileSync(fixture('front-matter.md'), 'utf8'));
    const nowhere = join(root, 'no-such-dir', 'draft.json');
    const missing = await kgProcess(env, 'extract', article, '--out', nowhere);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim()).toBe(
      `kg: ${nowhere}: the directory ${join(root, 'no-such-dir')} does not exist; create it or give --out another path`,
    );
  }, 60_000);
});
