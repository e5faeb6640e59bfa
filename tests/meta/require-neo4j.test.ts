import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

/** Runs one Neo4j suite in a child vitest with the given Neo4j settings; returns its exit code and output. */
async function runNeo4jSuite(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && k !== 'KG_REQUIRE_NEO4J' && !k.startsWith('VITEST')),
  );
  try {
    const { stdout } = await run('npx', ['vitest', 'run', 'tests/storage/neo4j-adapter.test.ts'], { cwd: root, env: { ...clean, ...env } });
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('the Neo4j suites', () => {
  it('skip, and say so, when NEO4J_URI is not set', async () => {
    const { code, output } = await runNeo4jSuite({});
    expect(code).toBe(0);
    expect(output).toContain('the Neo4j suites are SKIPPED');
    expect(output).toMatch(/skipped/);
  }, 120_000);

  it('fail, not skip, with KG_REQUIRE_NEO4J=1 and no NEO4J_URI', async () => {
    const { code, output } = await runNeo4jSuite({ KG_REQUIRE_NEO4J: '1' });
    expect(code).not.toBe(0);
    expect(output).toContain('KG_REQUIRE_NEO4J=1 but NEO4J_URI is not set');
  }, 120_000);

  it('fail when NEO4J_URI points at no server', async () => {
    const { code, output } = await runNeo4jSuite({ KG_REQUIRE_NEO4J: '1', NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'irrelevant' });
    expect(code).not.toBe(0);
    expect(output).toContain('is not reachable');
  }, 120_000);
});
