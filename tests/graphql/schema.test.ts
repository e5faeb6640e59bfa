import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../src/graphql/sdl.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the checked-in schema', () => {
  it('is the schema the code builds (run `npm run schema:print` after changing a type)', () => {
    expect(readFileSync(`${root}schema/schema.graphql`, 'utf8')).toBe(printedSchema());
  });

  it('is a superset of the public API contract', () => {
    // the shared tool, run as it runs in CI; it exits non-zero naming what is missing
    const output = execFileSync(process.execPath, ['../shared/tools/contract-check.mjs'], { cwd: root, encoding: 'utf8' });
    expect(output).toContain('schema is a superset of the API contract');
  });
});
