import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const repositoryRoot = new URL('../../', import.meta.url).pathname;

export interface KgRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `kg` command with `env` over the test's own; never throws on a non-zero exit. */
export async function kgProcess(env: Record<string, string>, ...args: string[]): Promise<KgRun> {
  try {
    const { stdout, stderr } = await run('node', [join(repositoryRoot, 'bin/kg.mjs'), ...args], {
      cwd: repositoryRoot,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
