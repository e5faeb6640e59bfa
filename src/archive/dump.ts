import { once } from 'node:events';
import { closeSync, createWriteStream, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { KgError } from '../domain/errors.js';
import type { GraphStore } from '../storage/graph-store.js';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, ArchiveError, type ArchiveHeader } from './format.js';
import { storeJournal } from './journal.js';

export interface DumpSummary {
  entries: number;
  documents: number;
  edits: number;
}

/** Refuses a store a dump could not bring back whole: articles whose documents were never kept. */
async function checkDumpable(store: GraphStore): Promise<void> {
  const missing = await store.countArticlesWithoutDocument();
  if (missing > 0) {
    throw new ArchiveError(
      `${missing} article(s) in the store have no kept extraction document (ingested before kg kept them, or bulk-loaded), so a dump could not restore them; ingest their documents again (kg ingest) and dump then`,
    );
  }
}

/**
 * Writes the store's journal to `path` as a dump (format.ts), whole or not at all: into a temporary file
 * beside it, renamed over `path` only once the closing line is written and flushed.
 */
export async function dumpStore(store: GraphStore, path: string): Promise<DumpSummary> {
  await checkDumpable(store);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const out = createWriteStream(temporary, { flags: 'wx' });
  const failed = once(out, 'error').then(([error]) => {
    throw error;
  });
  failed.catch(() => undefined);
  const put = async (value: unknown): Promise<void> => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await Promise.race([once(out, 'drain'), failed]);
  };
  try {
    const header: ArchiveHeader = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      store: store.kind,
      createdAt: new Date().toISOString(),
    };
    await put(header);
    const summary: DumpSummary = { entries: 0, documents: 0, edits: 0 };
    for await (const entry of storeJournal(store)) {
      await put(entry);
      summary.entries++;
      if (entry.kind === 'document') summary.documents++;
      else summary.edits++;
    }
    await put({ kind: 'end', entries: summary.entries });
    out.end();
    await Promise.race([once(out, 'close'), failed]);
    flushToDisk(temporary);
    renameSync(temporary, path);
    return summary;
  } catch (error) {
    out.destroy();
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof KgError) && code)
      throw new ArchiveError(`${path}: cannot write the dump: ${code}; check the path and its permissions`, { cause: error });
    throw error;
  }
}

/** A backup is only one once it is on the disk, not in the page cache. */
function flushToDisk(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
