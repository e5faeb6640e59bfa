import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kgProcess, repositoryRoot } from './kg-process.js';

// What `kg ingest` agrees to read, and how it says no: one line naming the file, never its contents.
const root = mkdtempSync(join(tmpdir(), 'kg-reading-'));
const docs = join(root, 'docs');
mkdirSync(docs);
const env = { KG_DATA_DIR: join(root, 'data'), NEO4J_URI: '' };
const followUp = join(repositoryRoot, 'tests/fixtures/follow-up-duvanov.json');

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A file that looks like a secret: its lines must never reach the terminal. */
const SECRET = 'root:x:0:0:TOP-SECRET-LINE:/root:/bin/bash\n';

describe('kg ingest reads only what it should', () => {
  it('refuses a symbolic link, even to a readable file, without echoing the target', async () => {
    const secret = join(root, 'passwd');
    writeFileSync(secret, SECRET);
    symlinkSync(secret, join(docs, 'link.json'));
    const { code, stdout, stderr } = await kgProcess(env, 'ingest', join(docs, 'link.json'));
    expect(code).toBe(1);
    expect(stderr).toContain(`${join(docs, 'link.json')}: is a symbolic link; kg reads only regular files (pass --follow-symlinks`);
    expect(stdout + stderr).not.toContain('TOP-SECRET');
  }, 60_000);

  it('never quotes a regular file that is not JSON, and gives line and column', async () => {
    writeFileSync(join(docs, 'secret.json'), SECRET);
    const broken = join(docs, 'broken.json');
    writeFileSync(broken, '{\n  "format": "kg-extraction/1",\n  "entities": [1, 2,, 3]\n}\n');
    const { code, stdout, stderr } = await kgProcess(env, 'ingest', join(docs, 'secret.json'), broken);
    expect(code).toBe(1);
    expect(stdout + stderr).not.toContain('TOP-SECRET');
    expect(stderr).toContain(`${join(docs, 'secret.json')}: not valid JSON: line 1, column 1: unexpected character`);
    expect(stderr).toContain(`${broken}: not valid JSON: line 3, column 21: expected a value`);
  }, 60_000);

  it('follows a link with --follow-symlinks', async () => {
    symlinkSync(followUp, join(docs, 'follow-up-link.json'));
    const { code, stdout } = await kgProcess(env, 'ingest', '--follow-symlinks', join(docs, 'follow-up-link.json'));
    expect(code).toBe(0);
    expect(stdout).toContain('1 document(s) ingested, 0 failed');
  }, 60_000);

  it('refuses directories and named pipes without hanging', async () => {
    const fifo = join(root, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const { code, stderr } = await kgProcess(env, 'ingest', docs, fifo);
    expect(code).toBe(1);
    expect(stderr).toContain(`${docs}: is a directory; kg reads only regular files`);
    expect(stderr).toContain(`${fifo}: is a named pipe; kg reads only regular files`);
  }, 60_000);

  it('rejects invalid UTF-8 with the byte offset', async () => {
    const file = join(docs, 'latin1.json');
    // "café" in Latin-1: é is the lone byte 0xE9, the fifteenth byte (offset 14)
    writeFileSync(file, Buffer.concat([Buffer.from('{"title": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]));
    const { code, stderr } = await kgProcess(env, 'ingest', file);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}: not valid UTF-8: byte offset 14 (0xe9)`);
  }, 60_000);

  it('bounds the size of one document, from KG_MAX_DOCUMENT_BYTES or --max-document-bytes', async () => {
    const copy = join(docs, 'follow-up.json');
    copyFileSync(followUp, copy);
    const size = readFileSync(copy).length;
    const fromEnv = await kgProcess({ ...env, KG_MAX_DOCUMENT_BYTES: String(size - 1) }, 'ingest', copy);
    expect(fromEnv.code).toBe(1);
    expect(fromEnv.stderr).toContain(`${copy}: is ${size} bytes, over the limit of ${size - 1} bytes for one document`);
    const fromFlag = await kgProcess({ ...env, KG_MAX_DOCUMENT_BYTES: '10' }, 'ingest', '--max-document-bytes', String(size), copy);
    expect(fromFlag.code).toBe(0);
    const badSetting = await kgProcess({ ...env, KG_MAX_DOCUMENT_BYTES: 'lots' }, 'ingest', copy);
    expect(badSetting.code).toBe(1);
    expect(badSetting.stderr).toContain('KG_MAX_DOCUMENT_BYTES: must be a number');
  }, 60_000);
});
