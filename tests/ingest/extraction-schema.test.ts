import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractionJsonSchema } from '../../src/ingest/extraction-format.js';

describe('schema/extraction.schema.json', () => {
  it('is generated from the zod definition (run `npm run schema:json` when this fails)', () => {
    const checkedIn = JSON.parse(readFileSync(new URL('../../schema/extraction.schema.json', import.meta.url), 'utf8'));
    expect(checkedIn).toEqual(extractionJsonSchema());
  });
});
