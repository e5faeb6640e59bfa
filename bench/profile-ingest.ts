// Profiles kg ingest into a fresh embedded store over the first N documents of a corpus; prints docs/s per
// 100 documents and the bytes of the writes (each document's DocumentWrite as JSON, what the store is given):
//   node --cpu-prof --cpu-prof-dir bench/.data/profiles --import tsx bench/profile-ingest.ts bench/.data/corpus-10k-kg.jsonl 400
// With a third argument, onto a copy of a filled store, from a document offset: what a document costs on a
// grown graph, e.g. the last 200 documents of the 100k corpus onto the bench's store of the rest:
//   ... bench/profile-ingest.ts bench/.data/corpus-100k-kg.jsonl 200 bench/.data/embedded-100k-kg 22559
// With a fifth argument `new`, each document comes as a new article (its URL and title changed) naming the
// same people: what a new source costs on that graph, e.g. the 100k corpus's last 200 onto the whole of it:
//   ... bench/profile-ingest.ts bench/.data/corpus-100k-kg.jsonl 200 bench/.data/embedded-100k-kg 22589 new
import { cpSync, rmSync } from 'node:fs';
import { ingestDocument } from '../src/ingest/ingest.js';
import { openEmbeddedStore } from '../src/storage/embedded/index.js';
import type { DocumentPlan } from '../src/storage/graph-store.js';
import { readDocuments } from './harness/corpus-file.js';
import { ingestPrintingRates } from './harness/rates.js';

const [path, count = '300', onto, from = '0', asNew] = process.argv.slice(2);
const dir = 'bench/.data/profile-ingest-store';
rmSync(dir, { recursive: true, force: true });
if (onto) cpSync(onto, dir, { recursive: true });
const store = await openEmbeddedStore(dir);
await store.migrate();
// counts what each planned write would send to the store (the plan's output, serialised)
let bytes = 0;
let largest = 0;
const planAndWrite = store.planAndWriteDocument.bind(store);
store.planAndWriteDocument = <T>(plan: DocumentPlan<T>, options?: Parameters<typeof planAndWrite>[1]) =>
  planAndWrite(async (view) => {
    const planned = await plan(view);
    const size = Buffer.byteLength(JSON.stringify(planned.write));
    bytes += size;
    largest = Math.max(largest, size);
    return planned;
  }, options);
const docs = [...readDocuments(path, { from: Number(from), count: Number(count) })].map((doc) =>
  asNew === 'new' ? anotherArticle(doc) : doc,
);
const seconds = await ingestPrintingRates(docs, (doc) => ingestDocument(store, doc));
console.log(
  `${docs.length} documents in ${seconds.toFixed(1)} s (${(docs.length / seconds).toFixed(1)} docs/s); writes ${(bytes / 1e6).toFixed(1)} MB, ${(bytes / docs.length / 1e3).toFixed(1)} KB/document, largest ${(largest / 1e3).toFixed(1)} KB`,
);
await store.close();

/** The document as another article (another URL and title, so another id) saying the same of the same people. */
function anotherArticle(doc: unknown): unknown {
  const { article, ...rest } = doc as { article: { url?: string; title: string } };
  return { ...rest, article: { ...article, title: `${article.title} (again)`, url: `${article.url ?? 'https://example.org/'}/again` } };
}
