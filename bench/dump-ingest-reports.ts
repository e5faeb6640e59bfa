// Writes the ingest report (merges, near misses, outcomes) of each of the first N documents of a corpus,
// ingested one by one into a fresh embedded store, as JSON lines: two builds' outputs compared with diff
// show what a change to resolution changed.
//   npx tsx bench/dump-ingest-reports.ts /work/main/bench/.data/corpus-10k-kg.jsonl 300 /tmp/reports.jsonl
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestDocument } from '../src/ingest/ingest.js';
import { openEmbeddedStore } from '../src/storage/embedded/index.js';
import { readDocuments } from './harness/corpus-file.js';

const [path, count = '300', out = 'ingest-reports.jsonl'] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'kg-reports-'));
const store = await openEmbeddedStore(dir);
const lines: string[] = [];
for (const doc of readDocuments(path, { count: Number(count) })) {
  const { articleId, entities, merges, nearMisses, outcomes } = await ingestDocument(store, doc);
  lines.push(JSON.stringify({ articleId, entities, merges, nearMisses, outcomes }));
}
await store.close();
rmSync(dir, { recursive: true, force: true });
writeFileSync(out, `${lines.join('\n')}\n`);
