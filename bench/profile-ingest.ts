// Profiles kg ingest into a fresh embedded store over the first N documents of a corpus:
//   node --cpu-prof --cpu-prof-dir bench/.data/profiles --import tsx bench/profile-ingest.ts bench/.data/corpus-10k-kg.jsonl 400
import { rmSync } from 'node:fs';
import { ingestDocument } from '../src/ingest/ingest.js';
import { openEmbeddedStore } from '../src/storage/embedded/index.js';
import { readDocuments } from './harness/corpus-file.js';

const [path, count = '300'] = process.argv.slice(2);
const dir = 'bench/.data/profile-ingest-store';
rmSync(dir, { recursive: true, force: true });
const store = await openEmbeddedStore(dir);
await store.migrate();
const docs = readDocuments(path).slice(0, Number(count));
let last = performance.now();
for (const [i, doc] of docs.entries()) {
  await ingestDocument(store, doc);
  if ((i + 1) % 100 === 0) {
    console.log(`${i + 1}: ${(100 / ((performance.now() - last) / 1000)).toFixed(1)} docs/s`);
    last = performance.now();
  }
}
await store.close();
