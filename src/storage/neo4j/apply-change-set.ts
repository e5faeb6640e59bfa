import type { ChangeSet, ChangeStep, FactsWrite, MentionsWrite, RelationshipWrite, WriteCounts } from '../../domain/change-set.js';
import type { Verdict } from '../../domain/editing.js';
import type { RelationshipRecord } from '../../domain/relationship.js';
import { searchKeysOf } from '../../resolution/names.js';
import { DELETE_UNHELD_ENTITIES, DROP_OLD_MENTIONS, SET_MENTIONS, putClaimsStatement } from './claim-statements.js';
import { putDisputes } from './disputes.js';
import type { WriteTransaction } from './driver.js';
import {
  ADD_REDIRECTS,
  APPEND_HISTORY,
  CREATE_RELATIONSHIPS,
  DELETE_ENTITIES,
  DELETE_MENTIONS,
  DELETE_REDIRECTS,
  DELETE_RELATIONSHIPS,
} from './editor-statements.js';
import { historyRows } from './history-rows.js';
import { MOVE_FACTS, deleteEntityFacts, putDocumentFacts, replaceEntityFacts } from './facts.js';
import { keepDocuments } from './ingested-documents.js';
import { articleProps, citationDetailJson, entityProps, flattenDate } from './records.js';
import { REKEY_EDGES, RENAME_NODES, TURN_EDGES } from './rekey-statements.js';
import { markDistinctIn, recordCandidatesIn } from './review-items.js';
import { ADD_MENTIONS, UPSERT_ARTICLES, entityStatementKey, upsertEntitiesStatement } from './write-statements.js';

/*
 * The Neo4j adapter's one way to write: a change set (src/domain/change-set.ts) applied in the caller's
 * write transaction, part by part in the order the change set documents, each part as batched UNWIND
 * statements (one per label set or relationship type, which Cypher needs in a statement's text). It
 * decides nothing: every id, row and marker comes worked out.
 */

type OnStep = (step: ChangeStep) => void;

export async function applyChangeSet(tx: WriteTransaction, set: ChangeSet, onStep: OnStep = () => {}): Promise<WriteCounts> {
  const counts: WriteCounts = { relationshipsCreated: 0, citationsAdded: 0, mentionsAdded: 0 };
  if (set.articles.length > 0) await tx.run(UPSERT_ARTICLES, { rows: set.articles.map(articleProps) });
  await renameEntities(tx, set);
  onStep('article');
  await deleteRelationships(tx, set.deleteRelationships);
  if (set.deleteEntities.length > 0) await tx.run(DELETE_ENTITIES, { ids: set.deleteEntities });
  await deleteEntityFacts(tx, set.deleteEntities);
  onStep('deleted');
  await putEntities(tx, set);
  await writeFacts(tx, set.facts);
  onStep('entities');
  for (const write of set.mentions) counts.mentionsAdded += await writeMentions(tx, write);
  onStep('mentions');
  await writeRelationships(tx, set.relationships, counts);
  await putDisputes(tx, set.disputes.subjectIds, set.disputes.markers);
  await dropUnheldEntities(tx, set.dropUnheldEntities);
  onStep('relationships');
  await recordCandidatesIn(tx, set.reviewItems);
  await markDistinctIn(tx, set.distinctPairs);
  if (set.redirects.length > 0) await tx.run(ADD_REDIRECTS, { rows: set.redirects });
  // a document is placed after the newest edit before it, so it is kept before its own ingest's record
  await keepDocuments(tx, set.documents);
  for (const edit of set.history) await tx.run(APPEND_HISTORY, { rows: historyRows(edit) });
  onStep('history');
  return counts;
}

async function renameEntities(tx: WriteTransaction, set: ChangeSet): Promise<void> {
  if (set.renames.length === 0) return;
  await tx.run(RENAME_NODES, { rows: set.renames });
  await tx.run(MOVE_FACTS, { rows: set.renames });
  for (const [type, rekeys] of groupBy(set.rekeys, (k) => k.type)) {
    const rows = (flipped: boolean) => rekeys.filter((k) => k.flipped === flipped).map(({ from, to }) => ({ from, to }));
    if (rows(false).length > 0) await tx.run(REKEY_EDGES.get(type)!, { rows: rows(false) });
    if (rows(true).length > 0) await tx.run(TURN_EDGES.get(type)!, { rows: rows(true) });
  }
}

async function deleteRelationships(tx: WriteTransaction, deletes: ChangeSet['deleteRelationships']): Promise<void> {
  for (const [type, rows] of groupBy(deletes, (d) => d.type)) await tx.run(DELETE_RELATIONSHIPS.get(type)!, { ids: rows.map((d) => d.id) });
}

async function putEntities(tx: WriteTransaction, set: ChangeSet): Promise<void> {
  for (const [key, entities] of groupBy(set.putEntities, (e) => entityStatementKey(e.type, e.kind))) {
    await tx.run(upsertEntitiesStatement(key), { rows: entities.map((e) => entityProps(e, searchKeysOf(e))) });
  }
  if (set.clearRedirects.length > 0) await tx.run(DELETE_REDIRECTS, { ids: set.clearRedirects });
}

async function writeFacts(tx: WriteTransaction, writes: readonly FactsWrite[]): Promise<void> {
  const whole = writes.filter((w) => w.replace === 'entity');
  // one read of the stored rows for every entity replaced whole
  await replaceEntityFacts(
    tx,
    whole.map((w) => w.entityId),
    whole.flatMap((w) => w.rows),
  );
  for (const w of writes) if (w.replace === 'source') await putDocumentFacts(tx, w.sourceId, w.rows);
}

/** Returns the number of quotes the write added. */
async function writeMentions(tx: WriteTransaction, write: MentionsWrite): Promise<number> {
  if (write.replace === 'article') {
    await tx.run(DROP_OLD_MENTIONS, { articleId: write.articleId, entityIds: [...new Set(write.rows.map((m) => m.entityId))] });
    if (write.rows.length === 0) return 0;
    return asNumber((await tx.run(SET_MENTIONS, { rows: write.rows })).rows[0]?.added);
  }
  if (write.replace === 'entity' && write.entityIds.length > 0) await tx.run(DELETE_MENTIONS, { ids: write.entityIds });
  if (write.rows.length === 0) return 0;
  return asNumber((await tx.run(ADD_MENTIONS, { rows: write.rows })).rows[0]?.added);
}

async function writeRelationships(tx: WriteTransaction, writes: readonly RelationshipWrite[], counts: WriteCounts): Promise<void> {
  const byArticle = groupBy(
    writes.filter((w) => w.replace === 'article'),
    (w) => w.type,
  );
  for (const [type, group] of byArticle) {
    const result = await tx.run(putClaimsStatement(type), { rows: group.map(claimRow) });
    counts.relationshipsCreated += result.relationshipsCreated;
    counts.citationsAdded += asNumber(result.rows[0]?.citationsAdded);
  }
  // written whole: the change set deleted any stored edge of this id first
  const whole = groupBy(
    writes.filter((w) => w.replace === 'all'),
    (w) => w.type,
  );
  for (const [type, group] of whole) {
    const rows = group.map((w) => ({ sourceId: w.record.sourceId, targetId: w.record.targetId, props: wholeProps(w) }));
    const result = await tx.run(CREATE_RELATIONSHIPS.get(type)!, { rows });
    counts.relationshipsCreated += result.relationshipsCreated;
    counts.citationsAdded += group.reduce((n, w) => n + w.record.citations.length, 0);
  }
}

/** A row of the claims statement: the edge's summary and one article's citations (see putClaims). */
function claimRow(write: RelationshipWrite): Record<string, unknown> {
  const r = write.record;
  return {
    id: r.id,
    sourceId: r.sourceId,
    targetId: r.targetId,
    role: r.role,
    status: r.status,
    disputed: r.disputed,
    dates: dateProps(r),
    articleId: write.replace === 'article' ? write.articleId : null,
    quotes: r.citations.map((c) => c.quote),
    details: r.citations.map(citationDetailJson),
  };
}

/** All properties of an edge written whole: its summary, its citations as three parallel lists, the verdict. */
function wholeProps(write: RelationshipWrite): Record<string, unknown> {
  const r = write.record;
  const props: Record<string, unknown> = {
    id: r.id,
    status: r.status,
    disputed: r.disputed,
    role: r.role,
    ...dateProps(r),
    citation_articles: r.citations.map((c) => c.articleId),
    citation_quotes: r.citations.map((c) => c.quote),
    citation_details: r.citations.map(citationDetailJson),
    ...verdictProps(write.replace === 'all' ? write.verdict : null),
  };
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
}

const dateProps = (r: RelationshipRecord) => ({ ...flattenDate('start', r.start), ...flattenDate('end', r.end) });

/** The editor's verdict as edge properties (Neo4j properties cannot be maps). */
function verdictProps(verdict: Verdict | null): Record<string, string> {
  if (!verdict) return {};
  return {
    verdict_status: verdict.status,
    verdict_editor: verdict.editor,
    verdict_note: verdict.note,
    verdict_at: verdict.at,
    verdict_edit: verdict.editId,
  };
}

async function dropUnheldEntities(tx: WriteTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.run(DELETE_UNHELD_ENTITIES, { ids });
  await deleteEntityFacts(tx, ids);
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(item);
  }
  return groups;
}

const asNumber = (value: unknown): number => (typeof value === 'number' ? value : 0);
