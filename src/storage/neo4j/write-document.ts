import { NotFoundError, UniquenessViolationError } from '../../domain/errors.js';
import type { DocumentPlan, DocumentWrite, GraphReader, WriteCounts, WriteOptions } from '../graph-store.js';
import type { Neo4jClient, WriteTransaction } from './driver.js';
import { APPEND_HISTORY } from './editor-statements.js';
import { historyRows } from './editor-writes.js';
import { articleProps } from './records.js';
import { claimRowsByType, entityRowsByStatement, mentionRows, sameClaim } from './write-plan.js';
import { CLAIMS_BY_ID, MISSING_NODES, TAKE_WRITE_LOCK, UPSERT_ARTICLE, upsertEntitiesStatement } from './write-statements.js';
import { DELETE_UNHELD_ENTITIES, DROP_OLD_MENTIONS, SET_MENTIONS, putClaimsStatement } from './claim-statements.js';
import { DELETE_RELATIONSHIPS } from './editor-statements.js';
import { relationshipTypeOf } from './labels.js';
import { entityDisputes, relationshipDisputes } from '../../domain/disputes.js';
import { putDisputes } from './disputes.js';
import { renameEntity } from './rename.js';
import { deleteEntityFacts, putDocumentFacts } from './facts.js';
import { documentFactRows } from '../fact-rows.js';
import { recordCandidatesIn } from './review-items.js';
import { keepDocument } from './ingested-documents.js';

const asNumber = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** Mentions and edges must point at stored nodes: a MATCH that finds nothing would drop them silently. */
async function assertNodesExist(tx: WriteTransaction, entityIds: string[], articleIds: string[]): Promise<void> {
  if (entityIds.length === 0 && articleIds.length === 0) return;
  const [row] = (await tx.run(MISSING_NODES, { entityIds: [...new Set(entityIds)], articleIds: [...new Set(articleIds)] })).rows;
  const [entity] = row.entities as string[];
  if (entity !== undefined) throw new NotFoundError('entity', entity);
  const [article] = row.articles as string[];
  if (article !== undefined) throw new NotFoundError('article', article);
}

/** The id of a stored edge names its claim; the same id arriving as another claim is a collision. */
async function assertSameClaims(tx: WriteTransaction, doc: DocumentWrite): Promise<void> {
  if (doc.relationships.length === 0) return;
  const incoming = new Map(doc.relationships.map((r) => [r.id, r]));
  const { rows } = await tx.run(CLAIMS_BY_ID, { ids: [...incoming.keys()] });
  for (const stored of rows as Array<{ id: string; type: string; sourceId: string; targetId: string; role: string | null }>) {
    const r = incoming.get(stored.id)!;
    if (!sameClaim(stored, r)) {
      throw new UniquenessViolationError(
        `relationship id ${r.id} already names ${stored.type} ${stored.sourceId} -> ${stored.targetId} (role ${stored.role})`,
      );
    }
  }
}

/**
 * Takes the document-write lock, runs `plan` against the transaction's own view, then writes what it
 * planned, all in one write transaction. The whole document goes in one batched statement per step (per
 * label set or type where Cypher needs it). `onStep` runs inside the transaction: when it throws, the
 * transaction function rejects, the driver rolls back and, since the error is not a transient one,
 * rethrows it without retry. A transient failure (a deadlock) reruns everything, the plan included.
 */
export async function planAndWriteDocument<T>(
  client: Neo4jClient,
  viewOf: (tx: WriteTransaction) => GraphReader,
  plan: DocumentPlan<T>,
  options: WriteOptions = {},
): Promise<{ result: T; counts: WriteCounts }> {
  try {
    return await client.write(async (tx) => {
      await tx.run(TAKE_WRITE_LOCK);
      const { write, result } = await plan(viewOf(tx));
      const done = { result, counts: await writeInTransaction(tx, write, options) };
      // throwing is how a transaction function rolls back; the driver rethrows what is not transient
      if (options.rollback) throw new RolledBack(done);
      return done;
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.done as { result: T; counts: WriteCounts };
    throw error;
  }
}

/** Carries a dry run's outcome out of the transaction it rolled back. */
class RolledBack extends Error {
  constructor(readonly done: unknown) {
    super('rolled back on request (dry run)');
  }
}

async function writeInTransaction(tx: WriteTransaction, doc: DocumentWrite, options: WriteOptions): Promise<WriteCounts> {
  // planned before the first write: a bad type or a clash inside the document fails without a round trip
  const entityGroups = entityRowsByStatement(doc);
  const mentions = mentionRows(doc);
  const claimGroups = claimRowsByType(doc);
  const factRows = documentFactRows(doc);
  const articleId = doc.article.id;
  if (mentions.some((m) => m.articleId !== articleId))
    throw new UniquenessViolationError(`a mention cites another article than the document's ${articleId}`);

  const counts: WriteCounts = { relationshipsCreated: 0, citationsAdded: 0, mentionsAdded: 0 };
  await tx.run(UPSERT_ARTICLE, { props: articleProps(doc.article) });
  for (const { from, to } of doc.renames ?? []) await renameEntity(tx, from, to);
  options.onStep?.('article');

  await deleteRelationships(tx, doc.deleteRelationships ?? []);
  for (const [key, rows] of entityGroups) await tx.run(upsertEntitiesStatement(key), { rows });
  await putDisputes(
    tx,
    doc.entities.map((e) => e.id),
    doc.entities.flatMap(entityDisputes),
  );
  await putDocumentFacts(tx, articleId, factRows);
  options.onStep?.('entities');

  await tx.run(DROP_OLD_MENTIONS, { articleId, entityIds: [...new Set(mentions.map((m) => m.entityId))] });
  if (mentions.length > 0) {
    await assertNodesExist(
      tx,
      mentions.map((m) => m.entityId),
      [articleId],
    );
    const [row] = (await tx.run(SET_MENTIONS, { rows: mentions })).rows;
    counts.mentionsAdded = asNumber(row?.added);
  }
  options.onStep?.('mentions');

  if (claimGroups.size > 0) {
    await assertNodesExist(
      tx,
      doc.relationships.flatMap((r) => [r.sourceId, r.targetId]),
      [],
    );
    await assertSameClaims(tx, doc);
  }
  for (const [type, rows] of claimGroups) {
    const result = await tx.run(putClaimsStatement(type), { rows });
    counts.relationshipsCreated += result.relationshipsCreated;
    counts.citationsAdded += asNumber(result.rows[0]?.citationsAdded);
  }
  await putDisputes(
    tx,
    doc.relationships.map((r) => r.id),
    doc.relationships.flatMap(relationshipDisputes),
  );
  if ((doc.deleteEntities ?? []).length > 0) {
    await tx.run(DELETE_UNHELD_ENTITIES, { ids: doc.deleteEntities });
    await deleteEntityFacts(tx, doc.deleteEntities!);
    await putDisputes(tx, doc.deleteEntities!, []);
  }
  await recordCandidatesIn(tx, doc.duplicateCandidates ?? []);
  await keepDocument(tx, doc);
  if (doc.edit) await tx.run(APPEND_HISTORY, { rows: historyRows(doc.edit) });
  options.onStep?.('relationships');
  return counts;
}

/** Relationships no source cites any more, found by id in every type (the id names one fact). */
async function deleteRelationships(tx: WriteTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const { rows } = await tx.run(CLAIMS_BY_ID, { ids });
  const byType = new Map<string, string[]>();
  for (const row of rows) byType.set(row.type as string, [...(byType.get(row.type as string) ?? []), row.id as string]);
  for (const [type, typed] of byType) await tx.run(DELETE_RELATIONSHIPS.get(relationshipTypeOf(type))!, { ids: typed });
  await putDisputes(tx, ids, []);
}
