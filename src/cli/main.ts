import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { openConfiguredStore } from '../composition/open-store.js';
import { loadConfig } from '../config/config.js';
import { KgError } from '../domain/errors.js';
import { seedPaths } from '../ingest/seed.js';
import { registerExportCommand } from './export-command.js';
import { registerExtractCommand } from './extract-command.js';
import { byteCount, ingestEach, readLimits, type IngestFlags, type IngestRun } from './ingest-files.js';
import { registerBulkLoadCommand } from './bulk-load-command.js';
import { registerDumpCommands } from './dump-command.js';
import { formatTotals } from './report.js';

// Composition root of the `kg` command: Neo4j when NEO4J_URI is set, the embedded store otherwise.
async function ingestAll(paths: string[], options: IngestFlags): Promise<number> {
  const config = loadConfig();
  const store = await openConfiguredStore(config.store);
  let run: IngestRun;
  try {
    run = await ingestEach(store, paths, options, readLimits(config, options));
  } finally {
    await store.close();
  }
  const dryRun = options.dryRun === true;
  if (options.json)
    console.log(
      JSON.stringify({ store: config.store.kind, dryRun, totals: run.totals, reports: run.reports, errors: run.errors }, null, 2),
    );
  else console.log(`${formatTotals(run.totals, dryRun)} (store: ${config.store.kind})`);
  return run.totals.failed > 0 ? 1 : 0;
}

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const program = new Command('kg').version(version).description('knowledge-graph tools: ingest extracted articles into the store');
program
  .command('ingest')
  .description('validate and ingest extraction documents (JSON), each atomically')
  .argument('<files...>', 'extraction documents (regular files; a .jsonl file holds one document per line)')
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
registerExtractCommand(program);
registerBulkLoadCommand(program);
registerDumpCommands(program);

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof KgError ? `kg: ${error.message}` : error);
  process.exitCode = 1;
});
