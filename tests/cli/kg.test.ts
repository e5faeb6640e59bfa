import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'kg-cli-'));

/** Runs the real `kg` command on the embedded store in a temp dir; never throws on a non-zero exit. */
async function kg(...args: string[]) {
  const env = { ...process.env, KG_DATA_DIR: dataDir, NEO4J_URI: '' };
  try {
    const { stdout, stderr } = await run('node', [join(root, 'bin/kg.mjs'), ...args], { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the kg command', () => {
  it('seeds, and seeding again reports everything unchanged', async () => {
    const first = await kg('seed');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/entities: 52 created, 0 merged, 0 unchanged/);
    const again = await kg('seed', '--json');
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.store).toBe('embedded');
    expect(report.totals).toMatchObject({ documents: 1, failed: 0, created: 0, unchanged: 52, relationshipsCreated: 0, citationsAdded: 0 });
  }, 60_000);

  it('--dry-run validates, resolves and reports, and writes nothing', async () => {
    const dry = await kg('ingest', '--dry-run', 'tests/fixtures/follow-up-duvanov.json');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('[dry run: nothing written]');
    expect(dry.stdout).toContain('merged: "Sergey Duvanov" into person:sergei-duvanov');
    expect(dry.stdout).toMatch(/1 document\(s\) checked \(dry run, nothing written\), 0 failed: entities \d+ would be created/);
    const asJson = JSON.parse((await kg('ingest', '--dry-run', '--json', 'tests/fixtures/follow-up-duvanov.json')).stdout);
    expect(asJson.dryRun).toBe(true);
    // had either dry run written anything, the real ingest would find it there and create less
    const real = JSON.parse((await kg('ingest', '--json', 'tests/fixtures/follow-up-duvanov.json')).stdout);
    expect(real.totals.created).toBeGreaterThan(0);
    expect(real.totals).toEqual(asJson.totals);
    const again = JSON.parse((await kg('ingest', '--json', 'tests/fixtures/follow-up-duvanov.json')).stdout);
    expect(again.totals).toMatchObject({ created: 0, relationshipsCreated: 0, citationsAdded: 0 });
  }, 60_000);

  it('reports near misses with the mutations that settle them (again on a repeated ingest)', async () => {
    const { code, stdout } = await kg('ingest', 'tests/fixtures/follow-up-duvanov.json');
    expect(code).toBe(0);
    expect(stdout).toMatch(/near miss: "Nurbolat Masanov" ~ person:nurbulat-masanov/);
    expect(stdout).toContain(
      'same? merge: mutation { mergeEntities(into: "person:nurbulat-masanov", from: ["person:nurbolat-masanov"], note: "same entity") { id } }',
    );
    expect(stdout).toContain(
      'different? mark: mutation { markDistinct(ids: ["person:nurbulat-masanov", "person:nurbolat-masanov"], note: "different entities") { id } }',
    );
  }, 60_000);

  it('rejects an invalid document with every problem and its path, exit code 1', async () => {
    const { code, stderr, stdout } = await kg('ingest', 'tests/fixtures/invalid-extraction.json', 'no/such/file.json');
    expect(code).toBe(1);
    expect(stderr).toContain('$.relationships[0].to: unknown key "nobody"');
    expect(stderr).toContain('$.events[0].date: impossible date');
    expect(stderr).toContain('no/such/file.json: cannot read: ENOENT');
    expect(stdout).toContain('0 document(s) ingested, 2 failed');
  }, 60_000);
});
