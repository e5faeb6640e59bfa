// Checks extraction documents by hand while writing them: every problem with its JSON path, or a summary
// (counts by type and status, quotes, entities nothing refers to).
//   npx tsx scripts/check-extraction.ts FILE...
import { readFileSync } from 'node:fs';
import { ValidationError } from '../src/domain/errors.js';
import { validateExtraction } from '../src/ingest/validate.js';

type Json = Record<string, unknown>;

function check(file: string): boolean {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Json;
  try {
    const parsed = validateExtraction(doc, file);
    const participations = parsed.events.reduce((n, e) => n + e.participants.length, 0);
    const byType = (list: { type: string }[]) =>
      Object.entries(list.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x.type]: (acc[x.type] ?? 0) + 1 }), {}))
        .map(([t, n]) => `${t} ${n}`)
        .join(', ');
    const statuses = byType([...parsed.relationships, ...parsed.events.flatMap((e) => e.participants)].map((x) => ({ type: x.status })));
    const quotes =
      parsed.entities.reduce((n, e) => n + e.mentions.length, 0) +
      parsed.events.reduce((n, e) => n + e.mentions.length + e.participants.reduce((m, p) => m + (p.quotes?.length ?? 0), 0), 0) +
      parsed.relationships.reduce((n, r) => n + r.quotes.length, 0);
    const referenced = new Set([
      ...parsed.relationships.flatMap((r) => [r.from, r.to]),
      ...parsed.events.flatMap((e) => [...e.participants.map((p) => p.entity), ...(e.place ? [e.place] : [])]),
    ]);
    const isolated = parsed.entities.filter((e) => !referenced.has(e.key)).map((e) => e.key);
    console.log(`${file}: OK`);
    console.log(`  entities      ${parsed.entities.length} (${byType(parsed.entities)})`);
    console.log(`  events        ${parsed.events.length} (${participations} participations)`);
    console.log(`  relationships ${parsed.relationships.length} (${byType(parsed.relationships)})`);
    console.log(`  statuses      ${statuses} (relationships and participations)`);
    console.log(`  quotes        ${quotes}`);
    if (isolated.length > 0) console.log(`  not connected to anything: ${isolated.join(', ')}`);
    return true;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    console.log(`${file}: ${error.problems.length} problem(s)`);
    for (const p of error.problems) console.log(`  ${p.path}: ${p.message}`);
    return false;
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx scripts/check-extraction.ts FILE...');
  process.exit(2);
}
let ok = true;
for (const file of files) ok = check(file) && ok;
process.exit(ok ? 0 : 1);
