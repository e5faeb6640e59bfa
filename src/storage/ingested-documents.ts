import type { EditRecord } from '../domain/editing.js';

/**
 * The part of the storage port that keeps what a dump needs to replay a store: every extraction document
 * as it was ingested, and every edit in the order the store applied it. Both stores implement it;
 * tests/storage/contract/ingested-documents.ts is its contract.
 */
export interface IngestedDocumentStore {
  /** The documents kept by writes (DocumentWrite.document), in the order they were written, after position `after`. */
  listIngestedDocuments(args: { after: number | null; first: number }): Promise<IngestedDocument[]>;
  /** Every edit, oldest first in the history's order, after the edit with id `after`, at most `first`. */
  listEdits(args: { after: string | null; first: number }): Promise<EditRecord[]>;
  /** Articles with no kept document: ingested before documents were kept, or bulk-loaded. */
  countArticlesWithoutDocument(): Promise<number>;
}

export interface IngestedDocument {
  /** grows with every document written; a replaced article's versions each keep their own */
  position: number;
  articleId: string;
  /** the document as given to ingest (JSON text) */
  document: string;
  /** the INGEST edit written with it (an editor's ingest), or null */
  editId: string | null;
  /**
   * The newest edit (in listEdits order) when the document was written, before its own edit: a replay
   * ingests it after that edit and before the next. Null when the history was empty.
   */
  afterEdit: string | null;
}
