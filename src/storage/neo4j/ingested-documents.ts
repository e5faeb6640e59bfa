import type { EditRecord } from '../../domain/editing.js';
import type { ChangeSet } from '../../domain/change-set.js';
import type { IngestedDocument } from '../ingested-documents.js';
import { readRows, type Neo4jClient, type WriteTransaction } from './driver.js';
import { EDIT_ENTRY_LABEL } from './editor-statements.js';
import { editsById } from './editor-reads.js';
import { ARTICLE_LABEL, WRITE_LOCK_LABEL } from './labels.js';
import { num, optStr, str } from './rows.js';

export const INGESTED_DOCUMENT_LABEL = 'IngestedDocument';

// Every document write holds the lock node and has just counted itself on it, so its count is this
// write's place in write order. The newest edit is found as the history orders edits (at, then id).
const KEEP_DOCUMENT = `
MATCH (l:${WRITE_LOCK_LABEL} {name: 'documents'})
CALL () {
  OPTIONAL MATCH (h:${EDIT_ENTRY_LABEL}) WHERE h.at IS NOT NULL
  WITH h ORDER BY h.at DESC, h.editId DESC LIMIT 1
  RETURN h.editId AS afterEdit
}
CREATE (:${INGESTED_DOCUMENT_LABEL} {position: l.writes, articleId: $articleId, document: $document, editId: $editId, afterEdit: afterEdit})`;

const DOCUMENTS_AFTER = `
MATCH (d:${INGESTED_DOCUMENT_LABEL}) WHERE d.position > $after
RETURN d.position AS position, d.articleId AS articleId, d.document AS document, d.editId AS editId, d.afterEdit AS afterEdit
ORDER BY position LIMIT $first`;

// the edits after the cursor edit, in the history's order; every entry of one edit has the same `at`
const EDITS_AFTER = `
OPTIONAL MATCH (c:${EDIT_ENTRY_LABEL} {editId: $after})
WITH coalesce(min(c.at), '') AS at
MATCH (h:${EDIT_ENTRY_LABEL}) WHERE h.at > at OR (h.at = at AND h.editId > $after)
WITH DISTINCT h.at AS at, h.editId AS editId
RETURN editId ORDER BY at, editId LIMIT $first`;

const ARTICLES_WITHOUT_DOCUMENT = `
MATCH (a:${ARTICLE_LABEL}) WHERE NOT EXISTS { MATCH (d:${INGESTED_DOCUMENT_LABEL} {articleId: a.id}) }
RETURN count(a) AS n`;

export const INGESTED_DOCUMENT_MIGRATIONS = [
  {
    name: 'ingested_document_position',
    statement: `CREATE CONSTRAINT ingested_document_position IF NOT EXISTS FOR (n:${INGESTED_DOCUMENT_LABEL}) REQUIRE n.position IS UNIQUE`,
  },
  {
    name: 'ingested_document_article',
    statement: `CREATE INDEX ingested_document_article IF NOT EXISTS FOR (n:${INGESTED_DOCUMENT_LABEL}) ON (n.articleId)`,
  },
  // the newest edit, read by every kept document, and the edits in order for a dump
  { name: 'edit_at', statement: `CREATE INDEX edit_at IF NOT EXISTS FOR (n:${EDIT_ENTRY_LABEL}) ON (n.at)` },
];

/** Called inside the document's write transaction (after the lock, before its own history record). */
/** Keeps the change set's documents as ingested, each at the write's position (see KEEP_DOCUMENT). */
export async function keepDocuments(tx: WriteTransaction, documents: ChangeSet['documents']): Promise<void> {
  for (const d of documents) await tx.run(KEEP_DOCUMENT, { articleId: d.articleId, document: d.document, editId: d.editId });
}

export async function documentsAfter(client: Neo4jClient, after: number | null, first: number): Promise<IngestedDocument[]> {
  return readRows(client, DOCUMENTS_AFTER, { after: after ?? 0, first }, (r) => ({
    position: num(r, 'position'),
    articleId: str(r, 'articleId'),
    document: str(r, 'document'),
    editId: optStr(r, 'editId'),
    afterEdit: optStr(r, 'afterEdit'),
  }));
}

export async function editsAfter(client: Neo4jClient, after: string | null, first: number): Promise<EditRecord[]> {
  const ids = await readRows(client, EDITS_AFTER, { after: after ?? '', first }, (r) => str(r, 'editId'));
  const edits = await editsById(client, ids);
  return ids.map((id) => edits.get(id)!);
}

export async function articlesWithoutDocument(client: Neo4jClient): Promise<number> {
  const [row] = await client.read(ARTICLES_WITHOUT_DOCUMENT, {});
  return row ? num(row, 'n') : 0;
}
