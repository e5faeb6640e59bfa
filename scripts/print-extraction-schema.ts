// Writes schema/extraction.schema.json from the zod definition (tests fail when it is stale).
import { writeFileSync } from 'node:fs';
import { extractionJsonSchema } from '../src/ingest/extraction-format.js';

writeFileSync(new URL('../schema/extraction.schema.json', import.meta.url), `${JSON.stringify(extractionJsonSchema(), null, 2)}\n`);
console.log('wrote schema/extraction.schema.json');
