import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import { DOCUMENT_A } from '../storage/fixtures.js';
import { CORPUS } from '../support/follow-up-corpus.js';
import { kgProcess } from './kg-process.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-restore-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = (name: string) => ({ KG_DATA_DIR: join(dir, name), NEO4J_URI: '' });
const GOOD = join(dir, 'good.jsonl');

/** A refusal is one line on stderr naming what is wrong, and exit code 1. */
async function refused(args: string[], storeName: string): Promise<string> {
  const run = await kgProcess(env(storeName), ...args);
  expect(run.code).toBe(1);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  return run.stderr.trim();
}

/** What a store holds, read back through a dump of it (a restore that failed must leave it empty). */
async function dumpedLines(storeName: string): Promise<string[]> {
  const out = join(dir, `${storeName}-check.jsonl`);
  const run = await kgProcess(env(storeName), 'dump', out);
  expect(run.code).toBe(0);
  return readFileSync(out, 'utf8').trim().split('\n').slice(1);
}

function variant(name: string, edit: (lines: string[]) => string[] | string): string {
  const path = join(dir, name);
  const edited = edit(readFileSync(GOOD, 'utf8').split('\n'));
  writeFileSync(path, typeof edited === 'string' ? edited : edited.join('\n'));
  return path;
}

describe('kg restore refuses bad input with one line naming the file and line, and changes nothing', () => {
  beforeAll(async () => {
    for (const [, doc] of CORPUS.slice(0, 3))
      writeFileSync(join(dir, 'doc.json'), JSON.stringify(doc)), await kgProcess(env('source'), 'ingest', join(dir, 'doc.json'));
    expect((await kgProcess(env('source'), 'dump', GOOD)).code).toBe(0);
  }, 120_000);

  it('restores the good dump whole', async () => {
    expect((await kgProcess(env('whole'), 'restore', GOOD)).code).toBe(0);
    expect(await dumpedLines('whole')).toEqual(readFileSync(GOOD, 'utf8').trim().split('\n').slice(1));
  });

  it.each([
    [
      'cut inside a line',
      (l: string[]) => l.join('\n').slice(0, l.join('\n').length - 200),
      /truncated\.jsonl:4: not a complete JSON line \(the dump is truncated or damaged\)$/,
    ],
    [
      'cut at a line boundary',
      (l: string[]) => l.slice(0, 3),
      /truncated\.jsonl:3: the dump ends without its closing line; it is truncated$/,
    ],
    [
      'an unknown version',
      (l: string[]) => [l[0].replace('"version":1', '"version":99'), ...l.slice(1)],
      /truncated\.jsonl:1: dump format version 99 is not known to this kg \(it reads version 1\)/,
    ],
    [
      'an invalid document on line 3',
      (l: string[]) => [
        l[0],
        l[1],
        JSON.stringify({ kind: 'document', document: { format: 'kg-extraction/2' }, edit: null }),
        ...l.slice(3),
      ],
      /truncated\.jsonl:3: the document fails validation: /,
    ],
    ['not a dump', () => '{"entities": []}\n', /truncated\.jsonl:1: not a kg dump/],
  ])('%s', async (_what, edit, message) => {
    const path = variant('truncated.jsonl', edit);
    const line = await refused(['restore', path], 'target');
    expect(line).toMatch(/^kg: /);
    expect(line).toMatch(message);
    expect(await dumpedLines('target')).toEqual(['{"kind":"end","entries":0}']);
  });

  it('stops at an entry that cannot be replayed, saying what the store holds and what to do', async () => {
    const verdict = {
      id: 'edit:1',
      at: '2026-01-01T00:00:00.000Z',
      editor: 'Ada',
      note: 'n',
      action: 'VERDICT',
      subjectIds: ['rel:none'],
      summary: 's',
      details: { before: null, status: 'CONFIRMED' },
    };
    const path = variant('unreplayable.jsonl', (l) => [
      l[0],
      l[1],
      JSON.stringify({ kind: 'edit', edit: verdict }),
      '{"kind":"end","entries":2}',
    ]);
    const line = await refused(['restore', path], 'partial');
    expect(line).toMatch(
      /^kg: .*unreplayable\.jsonl:3: restore stopped: .*rel:none.*\. The store holds the 1 of 2 entries before this line; empty it and restore again$/,
    );
  });

  it('refuses a store that is not empty', async () => {
    expect(await refused(['restore', GOOD], 'source')).toMatch(
      /^kg: restore needs an empty store, and this embedded store holds 3 article\(s\), \d+ entities and no history; restore into a new data directory/,
    );
  });

  it('refuses to dump a store holding articles whose documents were never kept, writing no file', async () => {
    const store = await openEmbeddedStore(join(dir, 'unkept'));
    await store.writeDocument(DOCUMENT_A);
    await store.close();
    const out = join(dir, 'unkept.jsonl');
    expect(await refused(['dump', out], 'unkept')).toMatch(/^kg: 1 article\(s\) in the store have no kept extraction document/);
    expect(() => readFileSync(out)).toThrow(/ENOENT/);
  });
});
