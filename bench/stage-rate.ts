// The rate of kg bulk-load's staging on a grown graph: N documents of a corpus, from an offset, ingested onto a
// copy of a staged store opened as kg bulk-load opens it (no fsync, its entity cache); docs/s per 100 and in all.
// For comparing two versions of the code side by side: copy the store twice, run each version's script on
// its own copy with the same documents, and compare the warm figures (the first hundred fill the cache):
//   cp -r bench/.data/stage-1m /tmp/stage-a; cp -r bench/.data/stage-1m /tmp/stage-b
//   npx tsx bench/stage-rate.ts bench/.data/corpus-1m-kg.jsonl /tmp/stage-a 82354 600      (in one worktree)
//   npx tsx bench/stage-rate.ts bench/.data/corpus-1m-kg.jsonl /tmp/stage-b 82354 600      (in the other)
// The store given is written to.
import { STAGING_STORE_OPTIONS } from '../src/cli/bulk-load-command.js';
import { ingestDocument } from '../src/ingest/ingest.js';
import { EmbeddedGraphStore } from '../src/storage/embedded/index.js';
import { readDocuments } from './harness/corpus-file.js';
import { ingestPrintingRates } from './harness/rates.js';

const [corpus, storeDir, from, count = '600'] = process.argv.slice(2);
if (!corpus || !storeDir || from === undefined)
  throw new Error('usage: stage-rate.ts <corpus.jsonl> <a copy of a staged store> <first document> [documents]');
const store = await EmbeddedGraphStore.open(storeDir, STAGING_STORE_OPTIONS);
try {
  const docs = [...readDocuments(corpus, { from: Number(from), count: Number(count) })];
  const seconds = await ingestPrintingRates(docs, (doc) => ingestDocument(store, doc));
  console.log(`${docs.length} documents in ${seconds.toFixed(1)} s (${(docs.length / seconds).toFixed(1)} docs/s)`);
} finally {
  await store.close();
}
