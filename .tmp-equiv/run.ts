import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { planDocument as oldPlan } from './ingest/plan-document.js';
import { planDocument as newPlan } from '../src/ingest/plan-document.js';
import { EmbeddedGraphStore } from '../src/storage/embedded/index.js';
import { validateExtraction } from '../src/ingest/validate.js';
import { generateCorpus } from '../bench/corpus/generate.js';
import { mergeEntities } from '../src/editing/merge-entities.js';

const files = process.argv.slice(2);
const docs: unknown[] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
let i = 0;
for (const d of generateCorpus({ entities: 1000, seed: 'equiv' })) {
  docs.push(d);
  if (++i >= Number(process.env.N ?? 150)) break;
}
const dir = mkdtempSync(join(tmpdir(), 'equiv-'));
const store = await EmbeddedGraphStore.open(dir, { durable: false });
const author = { editor: 'e', note: 'n', recorded: { id: 'edit:x', at: '2020-01-01T00:00:00Z' } } as any;
let n = 0;
let bad = 0;
const cov: Record<string, number> = {};
async function once(input: unknown, withAuthor: boolean) {
  const doc = validateExtraction(input, 'x');
  await store.planAndWriteDocument(async (view) => {
    const a = await oldPlan(view, doc, withAuthor ? author : undefined);
    const b = await newPlan(view, doc, withAuthor ? author : undefined);
    n++;
    for (const k of ['renames', 'deleteEntities', 'deleteRelationships', 'duplicateCandidates'] as const) if ((b.write as any)[k]?.length) cov[k] = (cov[k] ?? 0) + 1;
    if (b.result.warnings.length) cov.warnings = (cov.warnings ?? 0) + 1;
    if (b.result.replaced) cov.replaced = (cov.replaced ?? 0) + 1;
    for (const o of b.result.outcomes) cov[o.outcome] = (cov[o.outcome] ?? 0) + 1;
    if (!isDeepStrictEqual(a, b) || JSON.stringify(a) !== JSON.stringify(b)) {
      bad++;
      if (bad < 3) console.log('DIFF', JSON.stringify(a).slice(0, 400), '\n', JSON.stringify(b).slice(0, 400));
    }
    return { ...b, write: { ...b.write, document: JSON.stringify(input) } };
  }, {});
}
for (const [k, d] of docs.entries()) await once(d, k % 2 === 0);
// again: every article is replaced
for (const [k, d] of docs.entries()) await once(d, k % 2 === 1);
for (const [k, d] of docs.slice(0, 40).entries()) {
  const full = d as any;
  await once({ ...full, entities: full.entities.slice(0, 1), events: [], relationships: [], ...(full.actors ? { actors: [] } : {}) }, k % 2 === 0);
  await once(full, k % 2 === 1);
}
console.log({ plans: n, differing: bad }, cov);
await store.close();
rmSync(dir, { recursive: true, force: true });
