// Checks extraction documents: `npx tsx scripts/check-extraction.ts FILE...`
// Prints every problem with its JSON path, or a summary of what the document holds. Exit code 1 on problems.
//
// validateExtraction stops at the structural (zod) stage when that fails, so semantic problems (unknown keys,
// quotes, dates) in the same document stay hidden until the structure is fixed. To show them all in one run,
// this script then drops the array elements that failed structurally and validates again, mapping the paths of
// the second pass back to the original indexes. Problems caused only by that pruning are not possible to tell
// apart, so keep structurally broken entities unreferenced when writing fixtures.
import { readFileSync } from 'node:fs';
import { ValidationError, type ValidationProblem } from '../src/domain/errors.js';
import { extractionDocument } from '../src/ingest/extraction-format.js';
import { validateExtraction } from '../src/ingest/validate.js';

type Json = Record<string, unknown>;
const ARRAYS = ['entities', 'events', 'relationships'] as const;

function prune(doc: Json, problems: ValidationProblem[]): { pruned: Json; originalIndex: Record<string, number[]> } | null {
  const drop: Record<string, Set<number>> = {};
  for (const p of problems) {
    const m = /^\$\.(entities|events|relationships)\[(\d+)\]/.exec(p.path);
    if (!m) return null; // a problem outside the three arrays: no second pass
    (drop[m[1]] ??= new Set()).add(Number(m[2]));
  }
  const pruned: Json = { ...doc };
  const originalIndex: Record<string, number[]> = {};
  for (const name of ARRAYS) {
    const list = Array.isArray(doc[name]) ? (doc[name] as unknown[]) : [];
    originalIndex[name] = list.map((_, i) => i).filter((i) => !drop[name]?.has(i));
    pruned[name] = originalIndex[name].map((i) => list[i]);
  }
  return { pruned, originalIndex };
}

function remap(path: string, originalIndex: Record<string, number[]>): string {
  return path.replace(/^\$\.(entities|events|relationships)\[(\d+)\]/, (_, name: string, i: string) => `$.${name}[${originalIndex[name][Number(i)]}]`);
}

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
    const structural = !extractionDocument.safeParse(doc).success;
    console.log(`${file}: ${error.problems.length} ${structural ? 'structural' : ''} problem(s)`);
    for (const p of error.problems) console.log(`  ${p.path}: ${p.message}`);
    // semantic problems are all reported in one pass; only a structural failure hides the rest
    const second = structural ? prune(doc, error.problems) : null;
    if (second) {
      try {
        validateExtraction(second.pruned, file);
      } catch (again) {
        if (!(again instanceof ValidationError)) throw again;
        console.log(`  and, with the elements above left out, ${again.problems.length} more:`);
        for (const p of again.problems) console.log(`  ${remap(p.path, second.originalIndex)}: ${p.message}`);
      }
    }
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
