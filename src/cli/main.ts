import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { openConfiguredStore } from '../composition/open-store.js';
import { loadConfig } from '../config/config.js';
import { KgError } from '../domain/errors.js';
import { ingestDocument, type IngestReport } from '../ingest/ingest.js';
import { readDocument, seedPaths } from '../ingest/seed.js';
import { registerExportCommand } from './export-command.js';
import { addToTotals, formatReport, formatTotals, type Totals } from './report.js';

/** Above this many files a progress bar shows on a terminal; below, the reports are enough. */
const PROGRESS_BAR_FROM = 5;

// Composition root of the `kg` command: Neo4j when NEO4J_URI is set, the embedded store otherwise.
async function ingestAll(paths: string[], options: { json?: boolean }): Promise<number> {
  const config = loadConfig();
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
        const doc = readDocument(path);
        const report = await ingestDocument(store, doc.json, { source: doc.path });
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
  if (options.json) console.log(JSON.stringify({ store: config.store.kind, totals, reports, errors }, null, 2));
  else console.log(`${formatTotals(totals)} (store: ${config.store.kind})`);
  return totals.failed > 0 ? 1 : 0;
}

const program = new Command('kg').description('knowledge-graph tools: ingest extracted articles into the store');
program
  .command('ingest')
  .description('validate and ingest extraction documents (JSON), each atomically')
  .argument('<files...>', 'extraction documents')
  .option('--json', 'print the reports as JSON')
  .action(async (files: string[], options: { json?: boolean }) => {
    process.exitCode = await ingestAll(files, options);
  });
program
  .command('seed')
  .description('ingest the documents in seed/ (safe to repeat: nothing changes the second time)')
  .option('--json', 'print the reports as JSON')
  .action(async (options: { json?: boolean }) => {
    process.exitCode = await ingestAll(seedPaths(), options);
  });
registerExportCommand(program);

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof KgError ? `kg: ${error.message}` : error);
  process.exitCode = 1;
});
