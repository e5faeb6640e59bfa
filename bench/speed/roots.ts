// Loads the project's modules from a source tree, so one run can measure two versions side by side:
//   --before /path/to/an/older/checkout (its node_modules linked) and this checkout as "after".
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';

export interface Version {
  label: string;
  openNeo4jStore: (c: { uri: string; user: string; password: string; database?: string }) => Promise<any>;
  openEmbeddedStore: (dir: string) => Promise<any>;
  ingestDocument: (store: any, input: unknown, options?: unknown) => Promise<any>;
}

export async function loadVersion(label: string, root: string): Promise<Version> {
  const url = (p: string) => pathToFileURL(resolve(root, p)).href;
  const neo4j = await import(url('src/storage/neo4j/index.ts'));
  const embedded = await import(url('src/storage/embedded/index.ts'));
  const ingest = await import(url('src/ingest/ingest.ts'));
  return {
    label,
    openNeo4jStore: neo4j.openNeo4jStore,
    openEmbeddedStore: embedded.openEmbeddedStore,
    ingestDocument: ingest.ingestDocument,
  };
}

export function readCorpus(path: string, limit = Infinity): unknown[] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return lines.slice(0, limit).map((l) => JSON.parse(l));
}

export const SPEED_NEO4J = {
  uri: process.env.SPEED_NEO4J_URI ?? 'bolt://127.0.0.1:7698',
  user: 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? 'kg-dev-password',
};
