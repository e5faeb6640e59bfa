import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { assertEmpty, COPY_TRANSACTION_TIMEOUT_MS, copyGraph } from '../bulk/copy-graph.js';
import { loadConfig, type Config, type StoreConfig } from '../config/config.js';
import { ConfigError } from '../domain/errors.js';
import type { DatabaseOptions } from '../storage/embedded/connection.js';
import { EmbeddedGraphStore } from '../storage/embedded/index.js';
import { createNeo4jClient, openNeo4jStore, type Neo4jClient } from '../storage/neo4j/index.js';
import { byteCount, ingestEach, readLimits, type IngestFlags, type IngestRun } from './ingest-files.js';
import type { ReadLimits } from './read-document.js';
import { formatTotals } from './report.js';

interface BulkFlags extends IngestFlags {
  staging?: string;
}

/**
 * How the staging store is opened. A scratch store: lost, it is staged again from the same files, so its
 * commits skip the fsync. It keeps more parsed entity records between documents than a server does: the
 * events of the busiest people and the candidates of recurring names, read again by nearly every
 * document (the staging rate with and without: docs/benchmarks.md, measured by bench/stage-rate.ts).
 */
export const STAGING_STORE_OPTIONS: DatabaseOptions = { durable: false, entityCacheSize: 100_000 };

const rate = (n: number, seconds: number) => `${(n / Math.max(seconds, 1e-3)).toFixed(1)}/s`;

type Neo4jStoreConfig = Extract<StoreConfig, { kind: 'neo4j' }>;
type CopyReport = Awaited<ReturnType<typeof copyGraph>>;

/** The Neo4j database a bulk load fills; refused where the configuration names none. */
function neo4jTarget(config: Config): Neo4jStoreConfig {
  if (config.store.kind === 'neo4j') return config.store;
  throw new ConfigError([
    {
      path: 'NEO4J_URI',
      message: 'kg bulk-load fills a Neo4j database: set NEO4J_URI and NEO4J_PASSWORD (kg ingest fills the embedded store)',
    },
  ]);
}

/** A client for the target, once it has its constraints and indexes (the copy relies on them) and is found empty. */
async function openEmptyTarget(store: Neo4jStoreConfig): Promise<Neo4jClient> {
  const target = await openNeo4jStore(store);
  try {
    await target.migrate();
  } finally {
    await target.close();
  }
  const client = createNeo4jClient({ ...store, transactionTimeoutMs: COPY_TRANSACTION_TIMEOUT_MS });
  try {
    await assertEmpty(client);
  } catch (error) {
    await client.close();
    throw error;
  }
  return client;
}

function printSummary(run: IngestRun, copy: CopyReport, seconds: { staged: number; total: number }, json: boolean | undefined): void {
  if (json) {
    const summary = {
      store: 'neo4j',
      totals: run.totals,
      errors: run.errors,
      alreadyStaged: run.alreadyStaged,
      stagedSeconds: seconds.staged,
      copySeconds: copy.seconds,
      totalSeconds: seconds.total,
      counts: copy.counts,
    };
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  console.log(`${formatTotals(run.totals)} (store: neo4j, bulk load)`);
  console.log(
    `staged in ${seconds.staged.toFixed(1)} s, copied in ${copy.seconds.toFixed(1)} s (${copy.batches} batches): ${run.totals.documents} documents in ${seconds.total.toFixed(1)} s, ${rate(run.totals.documents, seconds.total)}`,
  );
  console.log(`Neo4j holds ${JSON.stringify(copy.counts)}`);
}

/** Stages the documents (skipping those an earlier run's ledger holds), copies the graph and reports; the exit code. */
async function stageAndCopy(
  { staging, stagingDir, client }: { staging: EmbeddedGraphStore; stagingDir: string; client: Neo4jClient },
  files: string[],
  options: BulkFlags,
  limits: ReadLimits,
): Promise<number> {
  const ledger = staging.stagingLedger();
  const resumed = ledger.count();
  if (resumed > 0 && !options.json)
    console.error(`kg: ${stagingDir} holds ${resumed} documents staged by an earlier run: going on from there`);
  const started = performance.now();
  const run = await ingestEach(staging, files, { ...options, quietReports: true }, limits, ledger);
  const stagedSeconds = (performance.now() - started) / 1000;
  if (!options.json)
    console.error(
      `kg: staged ${formatTotals(run.totals)} in ${stagedSeconds.toFixed(1)} s (${rate(run.totals.documents, stagedSeconds)})${run.alreadyStaged > 0 ? `; ${run.alreadyStaged} already staged` : ''}`,
    );
  const copy = await copyGraph(staging, client, {
    onBatch: (_batch, i) => {
      if (!options.json && i % 20 === 19) console.error(`kg: copied ${i + 1} batches`);
    },
  });
  printSummary(run, copy, { staged: stagedSeconds, total: (performance.now() - started) / 1000 }, options.json);
  return run.totals.failed > 0 ? 1 : 0;
}

/**
 * `kg bulk-load`: the fast way to fill an empty Neo4j database with many documents. Each document is
 * ingested on its own, all or nothing, into an embedded staging store by the same planner as `kg ingest`
 * (same resolution, same reports, same graph); the finished graph is then copied into Neo4j a few
 * thousand rows per statement, instead of a few dozen statements per document. Given a staging directory
 * that an earlier run left (stopped, or failed at the copy), it skips the documents that run staged.
 */
async function bulkLoad(files: string[], options: BulkFlags): Promise<number> {
  const config = loadConfig();
  // a refusal (no Neo4j, or one that is not empty) comes before any staging work
  const client = await openEmptyTarget(neo4jTarget(config));
  const stagingDir = options.staging ?? mkdtempSync(join(tmpdir(), 'kg-staging-'));
  try {
    const staging = await EmbeddedGraphStore.open(stagingDir, STAGING_STORE_OPTIONS);
    try {
      return await stageAndCopy({ staging, stagingDir, client }, files, options, readLimits(config, options));
    } finally {
      await staging.close();
    }
  } finally {
    await client.close();
    if (!options.staging) rmSync(stagingDir, { recursive: true, force: true });
  }
}

export function registerBulkLoadCommand(program: Command): void {
  program
    .command('bulk-load')
    .description(
      'fill an EMPTY Neo4j database with many documents fast: each is resolved exactly as kg ingest does, in an embedded staging store, then the graph is copied in batches',
    )
    .argument('<files...>', 'extraction documents (a .jsonl file holds one document per line)')
    .option(
      '--staging <dir>',
      'keep the staging store in this directory (default: a temporary one, removed afterwards); given again after a run stopped, the load goes on from where it stopped',
    )
    .option('--json', 'print totals, failures and timings as JSON')
    .option('--follow-symlinks', 'read a document given as a symbolic link (refused by default)')
    .option('--max-document-bytes <bytes>', 'refuse a document larger than this (default: KG_MAX_DOCUMENT_BYTES)', byteCount)
    .action(async (files: string[], options: BulkFlags) => {
      process.exitCode = await bulkLoad(files, options);
    });
}
