import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

// The layering of src/ (.dependency-cruiser.cjs: domain <- storage <- ingest, extract, graphql, ... <-
// server, cli; explore apart) and no import cycles, checked by dependency-cruiser over the real tree.
describe('the arrows of src/', () => {
  it('point one way, with no cycles', async () => {
    const result = await run('npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
      cwd: root,
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.stdout).not.toMatch(/error/);
    expect(result.code).toBe(0);
  }, 120_000);
});
