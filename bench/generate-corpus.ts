// Writes a synthetic corpus for the benchmark (see bench/corpus/): one extraction document per line.
//   npx tsx bench/generate-corpus.ts --size 10k [--seed kg] [--out bench/data/corpus-10k.jsonl]
// Sizes: 1k, 10k, 100k, 1m entities. The same seed and size give byte-identical output.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { SIZES } from './corpus/generate.js';
import { writeCorpus } from './corpus/write.js';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '10k' }, seed: { type: 'string', default: 'kg' }, out: { type: 'string' } },
});
const entities = SIZES[values.size.toLowerCase()];
if (!entities) {
  console.error(`--size must be one of ${Object.keys(SIZES).join(', ')}; got "${values.size}"`);
  process.exit(2);
}
const out = values.out ?? `bench/data/corpus-${values.size.toLowerCase()}-${values.seed}.jsonl`;
mkdirSync(dirname(out), { recursive: true });
const started = performance.now();
const manifest = await writeCorpus({ entities, seed: values.seed }, out);
console.log(`${out}: ${JSON.stringify(manifest.expected)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
