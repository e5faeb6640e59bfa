import type { ChangeSet, ChangeStep, FactsWrite, MentionsWrite, RelationshipWrite, WriteCounts } from '../../domain/change-set.js';
import type { DisputeMarker } from '../../domain/disputes.js';
import type { Verdict } from '../../domain/editing.js';
import {
  ADD_MENTION,
  ADD_REDIRECT,
  CITATION_EXISTS,
  DELETE_ENTITY,
  DELETE_GONE_ENTITY_MENTIONS,
  DELETE_REDIRECT,
  DELETE_RELATIONSHIP,
  DELETE_UNHELD_ENTITY,
  DROP_OLD_CITATIONS,
  DROP_OLD_MENTIONS,
  PUT_CITATION,
  PUT_VERDICT,
  REKEY,
  RELATIONSHIP_EXISTS,
  RENAME,
  UPSERT_ARTICLE,
  UPSERT_ENTITY,
  UPSERT_RELATIONSHIP,
} from './change-statements.js';
import type { PreparedStatements } from './connection.js';
import { putDisputes } from './disputes.js';
import { deleteDigest, deleteEntityFacts, deleteOrphanFacts, putDocumentFacts, replaceEntityFacts } from './facts.js';
import { appendHistory } from './history.js';
import { keepDocuments } from './ingested-documents.js';
import { markDistinctIn, recordCandidatesIn } from './review-items.js';
import { articleParams, citationParams, entityParams, relationshipParams } from './rows.js';

/*
 * The embedded store's one way to write: a change set (src/domain/change-set.ts) applied inside the
 * caller's transaction, part by part in the order the change set documents, as prepared statements. It
 * decides nothing: every id, row and marker comes worked out.
 */

export function applyChangeSet(statements: PreparedStatements, set: ChangeSet, onStep: (step: ChangeStep) => void = () => {}): WriteCounts {
  const counts: WriteCounts = { relationshipsCreated: 0, citationsAdded: 0, mentionsAdded: 0 };
  for (const article of set.articles) statements.get(UPSERT_ARTICLE).run(articleParams(article));
  renameEntities(statements, set);
  onStep('article');
  for (const { id } of set.deleteRelationships) for (const sql of Object.values(DELETE_RELATIONSHIP)) statements.get(sql).run(id);
  for (const id of set.deleteEntities) {
    deleteEntityFacts(statements, id);
    for (const sql of Object.values(DELETE_ENTITY)) statements.get(sql).run(id);
  }
  onStep('deleted');
  for (const entity of set.putEntities) statements.get(UPSERT_ENTITY).run(entityParams(entity));
  for (const id of set.clearRedirects) statements.get(DELETE_REDIRECT).run(id);
  for (const write of set.facts) writeFacts(statements, write);
  onStep('entities');
  for (const write of set.mentions) counts.mentionsAdded += writeMentions(statements, write);
  onStep('mentions');
  for (const write of set.relationships) writeRelationship(statements, write, counts);
  putAllDisputes(statements, set.disputes);
  for (const id of set.dropUnheldEntities) dropUnheldEntity(statements, id);
  onStep('relationships');
  recordCandidatesIn(statements, set.reviewItems);
  markDistinctIn(statements, set.distinctPairs);
  for (const redirect of set.redirects) statements.get(ADD_REDIRECT).run(redirect);
  // a document is placed after the newest edit before it, so it is kept before its own ingest's record
  keepDocuments(statements, set.documents);
  for (const edit of set.history) appendHistory(statements, edit);
  onStep('history');
  return counts;
}

function renameEntities(statements: PreparedStatements, set: ChangeSet): void {
  if (set.renames.length === 0) return;
  // ids change under foreign keys that point at them; they are checked again at commit
  statements.get('PRAGMA defer_foreign_keys = ON').run();
  for (const rename of set.renames) for (const sql of Object.values(RENAME)) statements.get(sql).run(rename);
  for (const { from, to, sourceId, targetId } of set.rekeys) {
    for (const sql of Object.values(REKEY)) statements.get(sql).run({ from, to, sourceId, targetId });
  }
}

function writeFacts(statements: PreparedStatements, write: FactsWrite): void {
  if (write.replace === 'source') putDocumentFacts(statements, write.sourceId, write.rows);
  else replaceEntityFacts(statements, write.entityId, write.rows);
}

/** Returns the number of quotes the write added. */
function writeMentions(statements: PreparedStatements, write: MentionsWrite): number {
  if (write.replace === 'article') {
    const keep = JSON.stringify(write.rows.flatMap((row) => row.quotes.map((quote) => [row.entityId, quote])));
    statements.get(DROP_OLD_MENTIONS).run({ articleId: write.articleId, keep });
  } else if (write.replace === 'entity') {
    for (const id of write.entityIds) statements.get(DELETE_ENTITY.mentions).run(id);
  }
  let added = 0;
  for (const { entityId, articleId, quotes } of write.rows) {
    for (const quote of quotes) added += statements.get(ADD_MENTION).run({ entityId, articleId, quote }).changes;
  }
  return added;
}

function writeRelationship(statements: PreparedStatements, write: RelationshipWrite, counts: WriteCounts): void {
  const r = write.record;
  if (!statements.get(RELATIONSHIP_EXISTS).get(r.id)) counts.relationshipsCreated++;
  statements.get(UPSERT_RELATIONSHIP).run(relationshipParams(r));
  if (write.replace === 'article') {
    statements
      .get(DROP_OLD_CITATIONS)
      .run({ relationshipId: r.id, articleId: write.articleId, keep: JSON.stringify(r.citations.map((c) => c.quote)) });
  } else {
    statements.get(DELETE_RELATIONSHIP.citations).run(r.id);
    putVerdict(statements, r.id, write.verdict);
  }
  for (const c of r.citations) {
    const params = citationParams(r.id, c);
    if (!statements.get(CITATION_EXISTS).get(params)) counts.citationsAdded++;
    statements.get(PUT_CITATION).run(params);
  }
}

function putVerdict(statements: PreparedStatements, relationshipId: string, verdict: Verdict | null): void {
  statements.get(DELETE_RELATIONSHIP.verdict).run(relationshipId);
  if (verdict) statements.get(PUT_VERDICT).run({ relationshipId, ...verdict });
}

function putAllDisputes(statements: PreparedStatements, { subjectIds, markers }: ChangeSet['disputes']): void {
  const bySubject = new Map<string, DisputeMarker[]>(subjectIds.map((id) => [id, []]));
  for (const m of markers) bySubject.set(m.subjectId, [...(bySubject.get(m.subjectId) ?? []), m]);
  for (const [subjectId, own] of bySubject) putDisputes(statements, subjectId, own);
}

/** An entity no source mentions any more: its digest goes, and the entity with the rest unless a relationship holds it. */
function dropUnheldEntity(statements: PreparedStatements, id: string): void {
  deleteDigest(statements, id);
  statements.get(DELETE_UNHELD_ENTITY).run({ id });
  statements.get(DELETE_GONE_ENTITY_MENTIONS).run({ id });
  deleteOrphanFacts(statements, id);
}
