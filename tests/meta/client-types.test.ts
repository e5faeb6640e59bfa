import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

const root = new URL('../../', import.meta.url).pathname;
const COMMITTED = join(root, 'src/explore/graphql-env.d.ts');

// The explorer's queries are typed from the schema's introspection in src/explore/graphql-env.d.ts
// (gql.tada); `tsc` checks them only as well as that file matches schema/schema.graphql.
describe("the explorer's client types", () => {
  it('are generated from the schema as it is (npm run schema:client-types)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-client-types-'));
    try {
      const fresh = join(dir, 'graphql-env.d.ts');
      // gql.tada keeps the header comments of the file it overwrites: regenerating a copy changes nothing unless the schema did
      copyFileSync(COMMITTED, fresh);
      // the CLI as `npm run schema:client-types` runs it, the schema's path read from tsconfig.json's gql.tada plugin
      await run('npx', ['gql-tada', 'generate', 'output', '--output', fresh], { cwd: root });
      const stale = readFileSync(fresh, 'utf8') !== readFileSync(COMMITTED, 'utf8');
      expect(stale, 'src/explore/graphql-env.d.ts is stale: run npm run schema:client-types').toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  // tsc types each result from the schema but lets a misspelt field through (typed unknown); GraphQLSP's
  // check (the tsconfig plugin, run by `gql-tada check`) validates every document. Other trees' `gql(...)`
  // strings (bench/ asks other servers too) are not the explorer's and are left out.
  it('come only from documents the schema answers (gql-tada check)', async () => {
    const output = await run('npx', ['gql-tada', 'check', '--level', 'error'], { cwd: root, maxBuffer: 16 * 1024 * 1024 }).then(
      ({ stdout, stderr }) => stdout + stderr,
      (error: { stdout: string; stderr: string }) => error.stdout + error.stderr,
    );
    const problems = explorerProblems(output);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 180_000);

  it('keep the header that has Biome leave them as gql.tada writes them', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toMatch(/^\/\/ biome-ignore-all format: .*\n\/\/ biome-ignore-all lint: /);
  });
});

/** The check's report (a file's path, then its problems indented below it) for the files under src/explore. */
function explorerProblems(report: string): string[] {
  let file = '';
  const found: string[] = [];
  for (const line of report.split('\n')) {
    if (/^\S/.test(line)) file = line.trim();
    else if (file.startsWith('src/explore/') && line.trim() !== '') found.push(`${file} ${line.trim()}`);
  }
  return found;
}
