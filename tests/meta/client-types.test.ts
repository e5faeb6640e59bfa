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

  it('keep the header that has Biome leave them as gql.tada writes them', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toMatch(/^\/\/ biome-ignore-all format: .*\n\/\/ biome-ignore-all lint: /);
  });
});
