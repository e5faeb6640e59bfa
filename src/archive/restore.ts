import type { EditRecord } from '../domain/editing.js';
import type { GraphStore } from '../storage/graph-store.js';
import { ArchiveError, type ArchiveEntry } from './format.js';
import { readArchive } from './read-archive.js';
import { planReplay } from './replay.js';

export interface RestoreSummary {
  entries: number;
  documents: number;
  edits: number;
}

/** A restore replays a whole history, which only means the same thing from the start. */
async function checkEmpty(store: GraphStore): Promise<void> {
  const articles = await store.countArticles();
  const entities = await store.countEntities(null);
  const edits = (await store.listEdits({ after: null, first: 1 })).length;
  if (articles + entities + edits > 0) {
    throw new ArchiveError(
      `restore needs an empty store, and this ${store.kind} store holds ${articles} article(s), ${entities} entities and ${edits > 0 ? 'an editing history' : 'no history'}; restore into a new data directory (KG_DATA_DIR) or an empty Neo4j database`,
    );
  }
}

/** The first pass: every line read and every entry planned, so bad input fails before any write. */
async function checkArchive(path: string): Promise<RestoreSummary> {
  const summary: RestoreSummary = { entries: 0, documents: 0, edits: 0 };
  for await (const { where, entry } of readArchive(path)) {
    planReplay(entry, where);
    summary.entries++;
    if (entry.kind === 'document') summary.documents++;
    else summary.edits++;
  }
  return summary;
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** The replayed edit must be the recorded one: otherwise the graph it leaves is not the dumped graph. */
async function checkSameEdit(store: GraphStore, recorded: EditRecord | null): Promise<void> {
  if (!recorded) return;
  const replayed = await store.getEdit(recorded.id);
  if (stable(replayed) !== stable(recorded)) {
    throw new Error(
      `replaying ${recorded.action} ${recorded.id} did not give the recorded edit (${replayed ? `it says "${replayed.summary}"` : 'none was written'}, the dump "${recorded.summary}")`,
    );
  }
}

const editOf = (entry: ArchiveEntry): EditRecord | null => entry.edit;

/**
 * Replays a dump into an empty store: each document ingested and each edit re-applied, in order, through
 * the functions the API uses. Bad input (truncated, unknown version, invalid document) is found by a first
 * pass and changes nothing. A failure while writing (the store down, a replay that differs) stops at that
 * line; the store then holds the entries before it, and the way on is to empty it and restore again.
 */
export async function restoreStore(store: GraphStore, path: string): Promise<RestoreSummary> {
  await checkEmpty(store);
  const summary = await checkArchive(path);
  let done = 0;
  for await (const { where, entry } of readArchive(path)) {
    try {
      await planReplay(entry, where)(store);
      await checkSameEdit(store, editOf(entry));
    } catch (error) {
      throw new ArchiveError(
        `${where}: restore stopped: ${(error as Error).message.replace(/\s*\n\s*/g, '; ')}. The store holds the ${done} of ${summary.entries} entries before this line; empty it and restore again`,
        { cause: error },
      );
    }
    done++;
  }
  return summary;
}
