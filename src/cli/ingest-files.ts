import cliProgress from 'cli-progress';
import { InvalidArgumentError } from 'commander';
import { KgError } from '../domain/errors.js';
import { ingestDocument, type IngestReport } from '../ingest/ingest.js';
import type { SourceDocument } from '../ingest/seed.js';
import { stagingKeys } from '../bulk/staging-keys.js';
import type { StagingLedger } from '../storage/embedded/staged-extras.js';
import type { GraphStore } from '../storage/graph-store.js';
import { readDocumentFile, type ReadLimits } from './read-document.js';
import { JSON_LINES, readDocumentLines } from './read-lines.js';
import { addToTotals, formatReport, type Totals } from './report.js';

/** Above this many files a progress bar shows on a terminal; below, the reports are enough. */
const PROGRESS_BAR_FROM = 5;

export interface IngestFlags {
  json?: boolean;
  /** totals and failures only (a bulk load of many thousand documents) */
  quietReports?: boolean;
  dryRun?: boolean;
  followSymlinks?: boolean;
  maxDocumentBytes?: number;
}

/** Each document of the files given, as a thunk that reads it (a bad one fails alone, when taken). */
function* documentsOf(paths: readonly string[], limits: ReadLimits): Generator<{ source: string; read: () => SourceDocument }> {
  for (const path of paths) {
    if (!JSON_LINES.test(path)) {
      yield { source: path, read: () => readDocumentFile(path, limits) };
      continue;
    }
    let lines: Generator<() => SourceDocument>;
    try {
      lines = readDocumentLines(path, limits);
      for (const read of lines) yield { source: path, read };
    } catch (error) {
      yield {
        source: path,
        read: () => {
          throw error;
        },
      };
    }
  }
}

export interface IngestRun {
  totals: Totals;
  reports: IngestReport[];
  errors: Array<{ source: string; error: string }>;
  /** documents skipped because the ledger says an earlier run staged them */
  alreadyStaged: number;
}

/**
 * Ingests every document, each atomically: a failure leaves the store as it was, and the next still runs.
 * With a ledger (a bulk load's staging store), a document it lists is skipped and each one ingested is
 * marked in it, so the same files given again go on from where an earlier run stopped.
 */
export async function ingestEach(
  store: GraphStore,
  paths: string[],
  options: IngestFlags,
  limits: ReadLimits,
  ledger?: StagingLedger,
): Promise<IngestRun> {
  const totals: Totals = { documents: 0, failed: 0, created: 0, merged: 0, unchanged: 0, relationshipsCreated: 0, citationsAdded: 0 };
  const reports: IngestReport[] = [];
  const errors: Array<{ source: string; error: string }> = [];
  const lines = paths.some((p) => JSON_LINES.test(p));
  // JSON Lines hold an unknown number of documents: a count every thousand instead of a bar
  const bar =
    !lines && paths.length >= PROGRESS_BAR_FROM && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {file}' },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(paths.length, 0, { file: '' });
  const keyOf = stagingKeys();
  let alreadyStaged = 0;
  for (const { source, read } of documentsOf(paths, limits)) {
    try {
      const doc = read();
      const key = ledger ? keyOf(doc.json) : null;
      if (key !== null && ledger!.has(key)) {
        alreadyStaged++;
        bar?.increment(1, { file: source });
        if (lines && !options.json && alreadyStaged % 10_000 === 0) console.error(`kg: ${alreadyStaged} documents already staged, skipped`);
        continue;
      }
      const report = await ingestDocument(store, doc.json, { source: doc.path, dryRun: options.dryRun });
      if (key !== null) ledger!.mark(key);
      if (!options.quietReports) reports.push(report);
      addToTotals(totals, report);
      if (bar) bar.increment(1, { file: source });
      else if (!options.json && !options.quietReports) console.log(formatReport(report));
    } catch (error) {
      if (!(error instanceof KgError)) throw error;
      totals.failed++;
      errors.push({ source, error: error.message });
      if (!options.json) console.error(`kg: ${error.message}`);
    }
    if (lines && !options.json && (totals.documents + totals.failed) % 1000 === 0)
      console.error(`kg: ${totals.documents + totals.failed} documents`);
  }
  bar?.stop();
  return { totals, reports, errors, alreadyStaged };
}

export function readLimits(config: { maxDocumentBytes: number }, options: IngestFlags): ReadLimits {
  return { maxBytes: options.maxDocumentBytes ?? config.maxDocumentBytes, followSymlinks: options.followSymlinks ?? false };
}

export function byteCount(value: string): number {
  const bytes = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(bytes) || bytes < 1) {
    throw new InvalidArgumentError('must be a whole number of bytes, at least 1');
  }
  return bytes;
}
