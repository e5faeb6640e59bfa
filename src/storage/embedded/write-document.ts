import { UniquenessViolationError } from '../../domain/errors.js';
import type { RelationshipRecord } from '../../domain/relationship.js';
import type { DocumentPlan, DocumentWrite, GraphReader, WriteCounts, WriteOptions } from '../graph-store.js';
import type { Db, PreparedStatements } from './connection.js';
import type { EntityRecordCache } from './entity-cache.js';
import { appendHistory } from './history.js';
import { keepDocument } from './ingested-documents.js';
import { entityDisputes, relationshipDisputes } from '../../domain/disputes.js';
import { putDisputes } from './disputes.js';
import { renameEntity } from './rename.js';
import { deleteDigest, deleteOrphanFacts, putDocumentFacts } from './facts.js';
import { documentFactRows } from '../fact-rows.js';
import { recordCandidatesIn } from './review-items.js';
import { articleParams, citationParams, entityParams, relationshipParams } from './rows.js';

const UPSERT_ARTICLE = `INSERT INTO articles (id, title, url, author, publisher, published_at, text)
  VALUES (@id, @title, @url, @author, @publisher, @publishedAt, @text)
  ON CONFLICT (id) DO UPDATE SET title = excluded.title, url = excluded.url, author = excluded.author,
    publisher = excluded.publisher, published_at = excluded.published_at, text = excluded.text`;

// the planner summarised the entity from all its sources, so its state replaces ours whole (its sources'
// facts are rows of their own, see facts.ts)
export const UPSERT_ENTITY = `INSERT INTO entities (id, type, name, aliases, roles, kind, date, search_keys, date_claims, disputed, details)
  VALUES (@id, @type, @name, @aliases, @roles, @kind, @date, @searchKeys, @dateClaims, @disputed, @details)
  ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, aliases = excluded.aliases,
    roles = excluded.roles, kind = excluded.kind, date = excluded.date, search_keys = excluded.search_keys,
    date_claims = excluded.date_claims, disputed = excluded.disputed, details = excluded.details`;

const ADD_MENTION = `INSERT INTO mentions (entity_id, article_id, quote) VALUES (@entityId, @articleId, @quote)
  ON CONFLICT DO NOTHING`;
// the article's mentions that its current version no longer makes
const DROP_OLD_MENTIONS = `DELETE FROM mentions WHERE article_id = @articleId
  AND json_array(entity_id, quote) NOT IN (SELECT value FROM json_each(@keep))`;

// the planner worked out the summary (status, disputed, dates) over every source, so it replaces ours
export const UPSERT_RELATIONSHIP = `INSERT INTO relationships (id, type, source_id, target_id, status, disputed, role, start_date, end_date)
  VALUES (@id, @type, @sourceId, @targetId, @status, @disputed, @role, @start, @end)
  ON CONFLICT (id) DO UPDATE SET status = excluded.status, disputed = excluded.disputed,
    start_date = excluded.start_date, end_date = excluded.end_date`;

const STORED_CLAIM = 'SELECT type, source_id, target_id, role FROM relationships WHERE id = ?';

// an article's citation that its current version still makes keeps its row (and counts as nothing new)
export const PUT_CITATION = `INSERT INTO citations (relationship_id, article_id, quote, status, said_by, start_date, end_date, as_of)
  VALUES (@relationshipId, @articleId, @quote, @status, @saidBy, @start, @end, @asOf)
  ON CONFLICT (relationship_id, article_id, quote) DO UPDATE SET status = excluded.status, said_by = excluded.said_by,
    start_date = excluded.start_date, end_date = excluded.end_date, as_of = excluded.as_of`;
const CITATION_EXISTS = 'SELECT 1 FROM citations WHERE relationship_id = @relationshipId AND article_id = @articleId AND quote = @quote';
const DROP_OLD_CITATIONS = `DELETE FROM citations WHERE relationship_id = @relationshipId AND article_id = @articleId
  AND quote NOT IN (SELECT value FROM json_each(@keep))`;

const DELETE_RELATIONSHIP_CITATIONS = 'DELETE FROM citations WHERE relationship_id = ?';
const DELETE_VERDICT = 'DELETE FROM verdicts WHERE relationship_id = ?';
const DELETE_RELATIONSHIP = 'DELETE FROM relationships WHERE id = ?';
// an entity some relationship still holds stays (a relationship never dangles)
const DELETE_UNHELD_ENTITY = `DELETE FROM entities WHERE id = @id
  AND NOT EXISTS (SELECT 1 FROM relationships WHERE source_id = @id OR target_id = @id)`;
const DELETE_ENTITY_MENTIONS = `DELETE FROM mentions WHERE entity_id = @id
  AND NOT EXISTS (SELECT 1 FROM entities WHERE id = @id)`;

interface StoredClaim {
  type: string;
  source_id: string;
  target_id: string;
  role: string | null;
}

/** The id names the fact (type, ends, role); the same id for another fact is a collision. */
function assertSameClaim(stored: StoredClaim, r: RelationshipRecord): void {
  const same = stored.type === r.type && stored.source_id === r.sourceId && stored.target_id === r.targetId && stored.role === r.role;
  if (!same) {
    throw new UniquenessViolationError(
      `relationship id ${r.id} already names ${stored.type} ${stored.source_id} -> ${stored.target_id} (role ${stored.role})`,
    );
  }
}

/** The document's statements; the caller holds the transaction (see planAndWrite). */
function writeInTransaction(statements: PreparedStatements, doc: DocumentWrite, options: WriteOptions): WriteCounts {
  const counts: WriteCounts = { relationshipsCreated: 0, citationsAdded: 0, mentionsAdded: 0 };
  const articleId = doc.article.id;
  const factRows = documentFactRows(doc);
  statements.get(UPSERT_ARTICLE).run(articleParams(doc.article));
  for (const { from, to } of doc.renames ?? []) renameEntity(statements, from, to);
  options.onStep?.('article');

  for (const id of doc.deleteRelationships ?? []) {
    for (const sql of [DELETE_RELATIONSHIP_CITATIONS, DELETE_VERDICT, DELETE_RELATIONSHIP]) statements.get(sql).run(id);
    putDisputes(statements, id, []);
  }
  for (const entity of doc.entities) {
    statements.get(UPSERT_ENTITY).run(entityParams(entity));
    putDisputes(statements, entity.id, entityDisputes(entity));
  }
  putDocumentFacts(statements, articleId, factRows);
  options.onStep?.('entities');

  const keep = JSON.stringify(doc.mentions.map((m) => [m.entityId, m.quote]));
  statements.get(DROP_OLD_MENTIONS).run({ articleId, keep });
  for (const m of doc.mentions) {
    if (m.articleId !== articleId)
      throw new UniquenessViolationError(`a mention of ${m.entityId} cites ${m.articleId}, not the document's article ${articleId}`);
    counts.mentionsAdded += statements.get(ADD_MENTION).run(m).changes;
  }
  options.onStep?.('mentions');

  for (const r of doc.relationships) {
    const stored = statements.get(STORED_CLAIM).get(r.id) as StoredClaim | undefined;
    if (stored) assertSameClaim(stored, r);
    else counts.relationshipsCreated++;
    statements.get(UPSERT_RELATIONSHIP).run(relationshipParams(r));
    statements.get(DROP_OLD_CITATIONS).run({ relationshipId: r.id, articleId, keep: JSON.stringify(r.citations.map((c) => c.quote)) });
    for (const c of r.citations) {
      if (c.articleId !== articleId)
        throw new UniquenessViolationError(`a citation of ${r.id} cites ${c.articleId}, not the document's article ${articleId}`);
      const params = citationParams(r.id, c);
      if (!statements.get(CITATION_EXISTS).get(params)) counts.citationsAdded++;
      statements.get(PUT_CITATION).run(params);
    }
    putDisputes(statements, r.id, relationshipDisputes(r));
  }
  for (const id of doc.deleteEntities ?? []) {
    deleteDigest(statements, id);
    statements.get(DELETE_UNHELD_ENTITY).run({ id });
    statements.get(DELETE_ENTITY_MENTIONS).run({ id });
    deleteOrphanFacts(statements, id);
    putDisputes(statements, id, []);
  }
  recordCandidatesIn(statements, doc.duplicateCandidates ?? []);
  keepDocument(statements, doc);
  if (doc.edit) appendHistory(statements, doc.edit);
  options.onStep?.('relationships');
  return counts;
}

/**
 * Plans and writes a document in one SQLite transaction. BEGIN IMMEDIATE takes the database's write lock
 * before the plan reads, so another process's writer waits (busy_timeout) until we commit and then
 * plans against our entities; any throw, `onStep` included, rolls the whole document back. Within this
 * process one connection serves everyone, so writes queue here: a second BEGIN on the same connection
 * would fail. (Reads by other requests while a plan awaits share the connection and may see the
 * uncommitted document; the plan's own reads are synchronous underneath, so that window is microtasks.)
 */
export function documentWriter(db: Db, statements: PreparedStatements, view: GraphReader, queue: WriteQueue, cache: EntityRecordCache) {
  const planAndWrite = async <T>(plan: DocumentPlan<T>, options: WriteOptions): Promise<{ result: T; counts: WriteCounts }> => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const { write, result } = await cache.whilePlanning(() => plan(view));
      const counts = writeInTransaction(statements, write, options);
      db.exec(options.rollback ? 'ROLLBACK' : 'COMMIT');
      return { result, counts };
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };
  return <T>(plan: DocumentPlan<T>, options: WriteOptions = {}): Promise<{ result: T; counts: WriteCounts }> =>
    queue(() => planAndWrite(plan, options));
}

/** Runs the connection's writes one after another (a write whose plan awaits must not be interleaved). */
export type WriteQueue = <T>(work: () => T | Promise<T>) => Promise<T>;

export function writeQueue(): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => T | Promise<T>): Promise<T> => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}
