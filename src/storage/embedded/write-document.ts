import { UniquenessViolationError } from '../../domain/errors.js';
import type { RelationshipRecord } from '../../domain/relationship.js';
import type { DocumentPlan, DocumentWrite, GraphReader, WriteCounts, WriteOptions } from '../graph-store.js';
import type { Db, PreparedStatements } from './connection.js';
import { appendHistory } from './history.js';
import { articleParams, entityParams, relationshipParams } from './rows.js';

const UPSERT_ARTICLE = `INSERT INTO articles (id, title, url, author, publisher, published_at, text)
  VALUES (@id, @title, @url, @author, @publisher, @publishedAt, @text)
  ON CONFLICT (id) DO UPDATE SET title = excluded.title, url = excluded.url, author = excluded.author,
    publisher = excluded.publisher, published_at = excluded.published_at, text = excluded.text`;

// the caller has merged the entity with what we had, so its state replaces ours whole
export const UPSERT_ENTITY = `INSERT INTO entities (id, type, name, aliases, roles, kind, date, search_keys)
  VALUES (@id, @type, @name, @aliases, @roles, @kind, @date, @searchKeys)
  ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, aliases = excluded.aliases,
    roles = excluded.roles, kind = excluded.kind, date = excluded.date, search_keys = excluded.search_keys`;

const ADD_MENTION = `INSERT INTO mentions (entity_id, article_id, quote) VALUES (@entityId, @articleId, @quote)
  ON CONFLICT DO NOTHING`;

const CREATE_RELATIONSHIP = `INSERT INTO relationships (id, type, source_id, target_id, status, role, start_date, end_date)
  VALUES (@id, @type, @sourceId, @targetId, @status, @role, @start, @end)
  ON CONFLICT (id) DO NOTHING`;

const STORED_CLAIM = 'SELECT type, source_id, target_id, status, role FROM relationships WHERE id = ?';

// a later source may know a date an earlier one did not; it never overwrites one already known
const FILL_MISSING_DATES = `UPDATE relationships
  SET start_date = coalesce(start_date, @start), end_date = coalesce(end_date, @end) WHERE id = @id`;

const ADD_CITATION = `INSERT INTO citations (relationship_id, article_id, quote) VALUES (@relationshipId, @articleId, @quote)
  ON CONFLICT DO NOTHING`;

interface StoredClaim { type: string; source_id: string; target_id: string; status: string; role: string | null }

/** The id names the claim (type, ends, role, status); the same id for another claim is a collision. */
function assertSameClaim(stored: StoredClaim, r: RelationshipRecord): void {
  const same = stored.type === r.type && stored.source_id === r.sourceId && stored.target_id === r.targetId
    && stored.status === r.status && stored.role === r.role;
  if (!same) {
    throw new UniquenessViolationError(
      `relationship id ${r.id} already names ${stored.type} ${stored.source_id} -> ${stored.target_id} (${stored.status}, role ${stored.role})`,
    );
  }
}

/** The document's statements; the caller holds the transaction (see planAndWrite). */
function writeInTransaction(statements: PreparedStatements, doc: DocumentWrite, options: WriteOptions): WriteCounts {
  const counts: WriteCounts = { relationshipsCreated: 0, citationsAdded: 0, mentionsAdded: 0 };
  statements.get(UPSERT_ARTICLE).run(articleParams(doc.article));
  options.onStep?.('article');

  for (const entity of doc.entities) statements.get(UPSERT_ENTITY).run(entityParams(entity));
  options.onStep?.('entities');

  for (const m of doc.mentions) counts.mentionsAdded += statements.get(ADD_MENTION).run(m).changes;
  options.onStep?.('mentions');

  for (const r of doc.relationships) {
    const params = relationshipParams(r);
    if (statements.get(CREATE_RELATIONSHIP).run(params).changes > 0) {
      counts.relationshipsCreated++;
    } else {
      assertSameClaim(statements.get(STORED_CLAIM).get(r.id) as StoredClaim, r);
      statements.get(FILL_MISSING_DATES).run(params);
    }
    for (const c of r.citations) {
      counts.citationsAdded += statements.get(ADD_CITATION).run({ relationshipId: r.id, articleId: c.articleId, quote: c.quote }).changes;
    }
  }
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
export function documentWriter(db: Db, statements: PreparedStatements, view: GraphReader, queue: WriteQueue) {
  const planAndWrite = async <T>(plan: DocumentPlan<T>, options: WriteOptions): Promise<{ result: T; counts: WriteCounts }> => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const { write, result } = await plan(view);
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
