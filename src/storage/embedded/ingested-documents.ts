import type { EditRecord } from '../../domain/editing.js';
import type { ChangeSet } from '../../domain/change-set.js';
import type { IngestedDocument } from '../ingested-documents.js';
import type { PreparedStatements } from './connection.js';
import { editById } from './editor-reads.js';

// history rows are appended in write order under SQLite's one writer, so the newest row names the newest edit
const KEEP_DOCUMENT = `INSERT INTO ingested_documents (article_id, document, edit_id, after_edit)
  VALUES (@articleId, @document, @editId, (SELECT edit_id FROM edit_history ORDER BY seq DESC LIMIT 1))`;
const DOCUMENTS_AFTER = `SELECT seq, article_id, document, edit_id, after_edit FROM ingested_documents
  WHERE seq > @after ORDER BY seq LIMIT @first`;
// an edit's rows are consecutive (appended in one transaction), so the edit's first row orders it
const EDITS_AFTER = `SELECT edit_id, min(seq) AS first_seq FROM edit_history
  WHERE seq > coalesce((SELECT max(seq) FROM edit_history WHERE edit_id = @after), 0)
  GROUP BY edit_id ORDER BY first_seq LIMIT @first`;
const ARTICLES_WITHOUT_DOCUMENT = `SELECT count(*) AS n FROM articles a
  WHERE NOT EXISTS (SELECT 1 FROM ingested_documents d WHERE d.article_id = a.id)`;

interface DocumentRow {
  seq: number;
  article_id: string;
  document: string;
  edit_id: string | null;
  after_edit: string | null;
}

/** Called inside the document's write transaction, before its own history record is appended. */
export function keepDocuments(statements: PreparedStatements, documents: ChangeSet['documents']): void {
  for (const d of documents) statements.get(KEEP_DOCUMENT).run({ articleId: d.articleId, document: d.document, editId: d.editId });
}

export function documentsAfter(statements: PreparedStatements, after: number | null, first: number): IngestedDocument[] {
  const rows = statements.get(DOCUMENTS_AFTER).all({ after: after ?? 0, first }) as DocumentRow[];
  return rows.map((r) => ({ position: r.seq, articleId: r.article_id, document: r.document, editId: r.edit_id, afterEdit: r.after_edit }));
}

export function editsAfter(statements: PreparedStatements, after: string | null, first: number): EditRecord[] {
  const rows = statements.get(EDITS_AFTER).all({ after, first }) as Array<{ edit_id: string }>;
  return rows.map((r) => editById(statements, r.edit_id)!);
}

export function articlesWithoutDocument(statements: PreparedStatements): number {
  return (statements.get(ARTICLES_WITHOUT_DOCUMENT).get() as { n: number }).n;
}
