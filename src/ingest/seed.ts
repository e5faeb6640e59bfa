import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DocumentReadError } from '../domain/errors.js';

const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));

export interface SourceDocument {
  path: string;
  json: unknown;
}

export { DocumentReadError };

/** Reads an extraction document, reporting a missing file or one that is not JSON with its path. */
function readDocument(path: string): SourceDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DocumentReadError(`${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return { path, json: JSON.parse(text) };
  } catch (error) {
    throw new DocumentReadError(`${path}: not valid JSON: ${(error as Error).message}`);
  }
}

/** The seed's extraction documents, in file-name order. */
export function loadSeedDocuments(dir = SEED_DIR): SourceDocument[] {
  return seedPaths(dir).map(readDocument);
}

export function seedPaths(dir = SEED_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}
