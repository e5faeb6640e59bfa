import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

// Lint and format (Biome, rules in biome.json) over the whole tree, as `npm run lint` runs them.
describe('the tree', () => {
  it('is formatted and passes the linter', async () => {
    const result = await run('npx', ['biome', 'ci', '--colors=off', '.'], { cwd: root, maxBuffer: 16 * 1024 * 1024 }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
    );
    expect(result.code, result.output.slice(0, 4000)).toBe(0);
  }, 120_000);
});
