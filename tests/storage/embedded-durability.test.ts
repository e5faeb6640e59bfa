import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import { DOCUMENT_A, DUVANOV, REPRESENTS } from './fixtures.js';

const CHILD = fileURLToPath(new URL('./durability-child.ts', import.meta.url));

/** Starts the child writer and resolves with it once it has printed "written". */
function writeInChildProcess(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise<typeof child>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('written\n')) resolve(child);
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('exit', (code, signal) => reject(new Error(`child exited (${code ?? signal}) before writing:\n${stderr}`)));
    child.on('error', reject);
  });
}

describe('embedded store durability', () => {
  let dataDir = '';
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps an acknowledged write when the writing process is killed with SIGKILL', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kg-durability-'));
    const child = await writeInChildProcess(dataDir);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // the killed process never closed the database, so its commit lives in the write-ahead log
    expect(existsSync(join(dataDir, 'kg.sqlite-wal'))).toBe(true);

    const store = await openEmbeddedStore(dataDir);
    try {
      expect(await store.countEntities(null)).toBe(DOCUMENT_A.entities.length);
      const [duvanov] = await store.getNodes([DUVANOV.id]);
      expect(duvanov).toEqual(expect.objectContaining({ name: DUVANOV.name, aliases: DUVANOV.aliases }));
      const [[represents]] = await store.getRelations([{ entityId: DUVANOV.id, types: ['REPRESENTS'], direction: 'IN', first: 1 }]);
      expect(represents.citations).toEqual(REPRESENTS.citations);
    } finally {
      await store.close();
    }
  }, 30_000);
});
