import type { Command } from 'commander';
import { dumpStore } from '../archive/dump.js';
import { restoreStore } from '../archive/restore.js';
import { openConfiguredStore } from '../composition/open-store.js';
import { loadConfig } from '../config/config.js';
import type { GraphStore } from '../storage/graph-store.js';

async function withStore<T>(work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openConfiguredStore(loadConfig().store);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/** `kg dump FILE` and `kg restore FILE`: a portable backup of the documents and the editing history. */
export function registerDumpCommands(program: Command): void {
  program
    .command('dump')
    .description('write the store to FILE as a portable dump: every extraction document as ingested and every edit, in order (JSON Lines)')
    .argument('<file>', 'the dump to write (replaced only once it is complete)')
    .action(async (file: string) => {
      const started = performance.now();
      const s = await withStore((store) => dumpStore(store, file));
      console.error(`kg: dumped ${s.documents} documents and ${s.edits} edits to ${file} in ${seconds(started)} s`);
    });
  program
    .command('restore')
    .description('replay a dump into an empty store (embedded or Neo4j): the same graph and the same history')
    .argument('<file>', 'a dump written by kg dump')
    .action(async (file: string) => {
      const started = performance.now();
      const s = await withStore((store) => restoreStore(store, file));
      console.error(`kg: restored ${s.documents} documents and ${s.edits} edits from ${file} in ${seconds(started)} s`);
    });
}
