import type { EditAuthor } from '../domain/editing.js';
import type { GraphReader, GraphStore, WriteOptions } from '../storage/graph-store.js';
import type { EntityOutcome } from './plan-document.js';
import { planDocument } from './plan-document.js';
import type { Merge, NearMiss } from '../resolution/best-match.js';
import { validateExtraction } from './validate.js';

export interface IngestReport {
  source: string;
  articleId: string;
  entities: { created: number; merged: number; unchanged: number };
  relationshipsCreated: number;
  citationsAdded: number;
  mentionsAdded: number;
  merges: Merge[];
  nearMisses: NearMiss[];
  warnings: string[];
  outcomes: EntityOutcome[];
  /** the article was already stored: this version replaced what it said before */
  replaced: boolean;
  /** true when nothing was written: the counts say what the write would have done */
  dryRun: boolean;
}

export interface IngestOptions extends WriteOptions {
  /** a file name or other label for messages */
  source?: string;
  /** an editor's ingest (through the API) is recorded in the history of everything it touches */
  edit?: EditAuthor;
  /** validate, resolve and run the write, then roll it back: the report without the change */
  dryRun?: boolean;
}

/**
 * Validates, resolves and writes one extraction document. Nothing is written unless the whole document
 * is valid. Resolution and the write are one transaction under the store's write lock, so two concurrent
 * ingests of overlapping documents (two processes included) neither create namesakes nor both report an
 * entity as created: the second resolves against what the first wrote. Ingesting twice changes nothing.
 */
export async function ingestDocument(store: GraphStore, input: unknown, options: IngestOptions = {}): Promise<IngestReport> {
  const source = options.source ?? 'document';
  const doc = validateExtraction(input, source);
  const { dryRun = false, edit, source: _source, ...writeOptions } = options;
  // the document is kept as given, so that a dump replays exactly what was ingested
  const document = JSON.stringify(input);
  const plan = async (view: GraphReader) => {
    const planned = await planDocument(view, doc, edit);
    return { ...planned, write: { ...planned.write, document } };
  };
  const { result, counts } = await store.planAndWriteDocument(plan, { ...writeOptions, rollback: dryRun });
  return { source, ...result, ...counts, dryRun };
}
