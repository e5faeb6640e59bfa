import type { EditRecord } from '../domain/editing.js';
import type { GraphStore } from '../storage/graph-store.js';
import type { IngestedDocument } from '../storage/ingested-documents.js';
import type { ArchiveEntry } from './format.js';

const PAGE = 500;

async function* pages<T, C>(read: (after: C | null) => Promise<T[]>, cursor: (item: T) => C): AsyncGenerator<T> {
  for (let after: C | null = null; ; ) {
    const page = await read(after);
    yield* page;
    if (page.length < PAGE) return;
    after = cursor(page[page.length - 1]);
  }
}

/**
 * Every write the store has kept, in the order it applied them: each document goes after the edit it
 * was written after (IngestedDocument.afterEdit) and before the next; an editor's ingest carries its
 * INGEST record, which is not listed again as an edit of its own.
 */
export async function* storeJournal(store: GraphStore): AsyncGenerator<ArchiveEntry> {
  const documents = pages<IngestedDocument, number>(
    (after) => store.listIngestedDocuments({ after, first: PAGE }),
    (d) => d.position,
  )[Symbol.asyncIterator]();
  let next = await documents.next();
  const seen = new Set<string>();
  const attached = new Set<string>();
  async function* documentsDue(): AsyncGenerator<ArchiveEntry> {
    while (!next.done && (next.value.afterEdit === null || seen.has(next.value.afterEdit))) {
      yield await documentEntry(store, next.value);
      if (next.value.editId) attached.add(next.value.editId);
      next = await documents.next();
    }
  }
  const edits = pages<EditRecord, string>(
    (after) => store.listEdits({ after, first: PAGE }),
    (e) => e.id,
  );
  for await (const edit of edits) {
    yield* documentsDue();
    if (!attached.has(edit.id)) yield { kind: 'edit', edit };
    seen.add(edit.id);
  }
  yield* documentsDue();
  // a document after an edit the history no longer lists: keep it, in write order, rather than lose it
  for (; !next.done; next = await documents.next()) yield await documentEntry(store, next.value);
}

async function documentEntry(store: GraphStore, d: IngestedDocument): Promise<ArchiveEntry> {
  return { kind: 'document', document: JSON.parse(d.document), edit: d.editId ? await store.getEdit(d.editId) : null };
}
