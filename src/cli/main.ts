import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { openConfiguredStore } from '../composition/open-store.js';
import { loadConfig } from '../config/config.js';
import { KgError } from '../domain/errors.js';
import { ingestDocument, type IngestReport } from '../ingest/ingest.js';
import { seedPaths } from '../ingest/seed.js';
import { registerExportCommand } from './export-command.js';
import { readDocumentFile, type ReadLimits } from './read-document.js';
import { addToTotals, formatReport, formatTotals, type Totals } from './report.js';

/** Above this many files a progress bar shows on a terminal; below, the reports are enough. */
const PROGRESS_BAR_FROM = 5;

interface IngestFlags {
  json?: boolean;
  dryRun?: boolean;
  followSymlinks?: boolean;
  maxDocumentBytes?: number;
}

// Composition root of the `kg` command: Neo4j when NEO4J_URI is set, the embedded store otherwise.
async function ingestAll(paths: string[], options: IngestFlags): Promise<number> {
  const config = loadConfig();
  const limits: ReadLimits = {
    maxBytes: options.maxDocumentBytes ?? config.maxDocumentBytes,
    followSymlinks: options.followSymlinks ?? false,
  };
  const store = await openConfiguredStore(config.store);
  const totals: Totals = { documents: 0, failed: 0, created: 0, merged: 0, unchanged: 0, relationshipsCreated: 0, citationsAdded: 0 };
  const reports: IngestReport[] = [];
  const errors: Array<{ source: string; error: string }> = [];
  try {
    const bar = paths.length >= PROGRESS_BAR_FROM && process.stderr.isTTY
      ? new cliProgress.SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {file}' }, cliProgress.Presets.shades_classic)
      : null;
    bar?.start(paths.length, 0, { file: '' });
    for (const path of paths) {
      try {
        // atomic per document: a failure leaves the store as it was, and the next file still runs
        const doc = readDocumentFile(path, limits);
        const report = await ingestDocument(store, doc.json, { source: doc.path, dryRun: options.dryRun });
        reports.push(report);
        addToTotals(totals, report);
        if (!options.json) (bar ? bar.increment(1, { file: path }) : console.log(formatReport(report)));
      } catch (error) {
        if (!(error instanceof KgError)) throw error;
        totals.failed++;
        errors.push({ source: path, error: error.message });
        if (!options.json) console.error(`kg: ${error.message}`);
      }
    }
    bar?.stop();
  } finally {
    await store.close();
  }
  const dryRun = options.dryRun === true;
  if (options.json) console.log(JSON.stringify({ store: config.store.kind, dryRun, totals, reports, errors }, null, 2));
  else console.log(`${formatTotals(totals, dryRun)} (store: ${config.store.kind})`);
  return totals.failed > 0 ? 1 : 0;
}

function byteCount(value: string): number {
  const bytes = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(bytes) || bytes < 1) {
    throw new InvalidArgumentError('must be a whole number of bytes, at least 1');
  }
  return bytes;
}

const program = new Command('kg').description('knowledge-graph tools: ingest extracted articles into the store');
program
  .command('ingest')
  .description('validate and ingest extraction documents (JSON), each atomically')
  .argument('<files...>', 'extraction documents (regular files)')
  .option('--json', 'print the reports as JSON')
  .option('--dry-run', 'validate and resolve each document and print its report, but write nothing')
  .option('--follow-symlinks', 'read a document given as a symbolic link (refused by default)')
  .option('--max-document-bytes <bytes>', 'refuse a document larger than this (default: KG_MAX_DOCUMENT_BYTES)', byteCount)
  .action(async (files: string[], options: IngestFlags) => {
    process.exitCode = await ingestAll(files, options);
  });
program
  .command('seed')
  .description('ingest the documents in seed/ (safe to repeat: nothing changes the second time)')
  .option('--json', 'print the reports as JSON')
  .option('--dry-run', 'validate and resolve, print the reports, write nothing')
  .action(async (options: IngestFlags) => {
    process.exitCode = await ingestAll(seedPaths(), options);
  });
registerExportCommand(program);

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof KgError ? `kg: ${error.message}` : error);
  process.exitCode = 1;
});
