import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDocumentLines } from '../../src/cli/read-lines.js';
import { DEFAULT_MAX_DOCUMENT_BYTES } from '../../src/config/config.js';
import { SIZES } from '../corpus/generate.js';
import { writeCorpus, type CorpusManifest } from '../corpus/write.js';

/** Where the bench keeps what it generates (gitignored). */
export const DATA_DIR = 'bench/.data';

/** Extra sizes for the harness's own test: a few hundred entities, seconds to load. */
const SMALL_SIZES: Record<string, number> = { tiny: 300 };

export function entitiesFor(size: string): number {
  const entities = SIZES[size.toLowerCase()] ?? SMALL_SIZES[size.toLowerCase()];
  if (!entities) throw new Error(`--size must be one of ${[...Object.keys(SMALL_SIZES), ...Object.keys(SIZES)].join(', ')}; got "${size}"`);
  return entities;
}

/** The corpus of this size and seed, generated on first use and cached under `dataDir`. */
export async function corpusFile(size: string, seed: string, dataDir = DATA_DIR): Promise<{ path: string; manifest: CorpusManifest }> {
  const path = join(dataDir, `corpus-${size.toLowerCase()}-${seed}.jsonl`);
  if (!existsSync(path) || !existsSync(`${path}.manifest.json`)) {
    mkdirSync(dirname(path), { recursive: true });
    console.log(`generating ${path}`);
    await writeCorpus({ entities: entitiesFor(size), seed }, path);
  }
  return { path, manifest: JSON.parse(readFileSync(`${path}.manifest.json`, 'utf8')) as CorpusManifest };
}

// a generated document is a few KB: kg's own default limit only keeps a corrupt line from being read whole
const GENERATED_DOCUMENT_LIMITS = { maxBytes: DEFAULT_MAX_DOCUMENT_BYTES, followSymlinks: false };

/**
 * The corpus's documents from line `from` on, at most `count`, parsed as they are reached (through kg's own
 * JSON Lines reader): the 1M corpus is larger than one string can hold, and a profile needs only a slice.
 */
export function* readDocuments(path: string, { from = 0, count = Infinity } = {}): Generator<unknown> {
  let index = 0;
  for (const take of readDocumentLines(path, GENERATED_DOCUMENT_LIMITS)) {
    if (index >= from + count) return;
    if (index++ >= from) yield take().json;
  }
}
