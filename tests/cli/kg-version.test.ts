import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kgProcess, repositoryRoot } from './kg-process.js';

const { version } = JSON.parse(readFileSync(`${repositoryRoot}package.json`, 'utf8')) as { version: string };

describe('kg --version', () => {
  it("prints the package's version and exits 0, touching no store", async () => {
    // no store settings at all: printing the version must not need one
    const run = await kgProcess({ NEO4J_URI: '', KG_DATA_DIR: '/nonexistent/kg-version-test' }, '--version');
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('answers to -V too, as commander documents', async () => {
    expect((await kgProcess({ NEO4J_URI: '' }, '-V')).stdout).toBe(`${version}\n`);
  });
});
