import { StoreUnavailableError } from '../../domain/errors.js';
import type { Db } from './connection.js';
import { rekeyRelationshipsByFact } from './legacy.js';
import { keepMatchKeysCurrent } from './match-keys.js';

/**
 * Migrations by schema version (kept in SQLite's `user_version`). Each is written to be re-runnable
 * (IF NOT EXISTS), so a half-known state never blocks a start. Append new versions; never edit old ones.
 */
export const MIGRATIONS: ReadonlyArray<string> = [
  /* v1 */ `
  CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    url TEXT,
    author TEXT,
    publisher TEXT,
    published_at TEXT, -- PartialDate as JSON
    text TEXT NOT NULL
  );

  CREATE TABLE IF NOT EXISTS entities (
    -- an explicit integer key: the full-text index refers to rows by rowid, and an implicit rowid may
    -- be renumbered by VACUUM
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('PERSON', 'ORGANISATION', 'EVENT', 'PLACE')),
    name TEXT NOT NULL,
    aliases TEXT NOT NULL, -- JSON array of strings
    roles TEXT NOT NULL,   -- JSON array of strings
    kind TEXT,
    date TEXT,             -- PartialDate as JSON
    search_keys TEXT NOT NULL -- searchKeysOf(entity): folded tokens of the name and aliases
  );
  CREATE INDEX IF NOT EXISTS entities_by_type ON entities (type, id);

  -- trigram: any three letters of a folded name match, so prefixes and misspellings find candidates
  CREATE VIRTUAL TABLE IF NOT EXISTS entity_search USING fts5 (
    search_keys, content = 'entities', content_rowid = 'seq', tokenize = 'trigram'
  );
  CREATE TRIGGER IF NOT EXISTS entities_indexed AFTER INSERT ON entities BEGIN
    INSERT INTO entity_search (rowid, search_keys) VALUES (new.seq, new.search_keys);
  END;
  CREATE TRIGGER IF NOT EXISTS entities_reindexed AFTER UPDATE OF search_keys ON entities
  WHEN old.search_keys IS NOT new.search_keys BEGIN
    INSERT INTO entity_search (entity_search, rowid, search_keys) VALUES ('delete', old.seq, old.search_keys);
    INSERT INTO entity_search (rowid, search_keys) VALUES (new.seq, new.search_keys);
  END;
  CREATE TRIGGER IF NOT EXISTS entities_unindexed AFTER DELETE ON entities BEGIN
    INSERT INTO entity_search (entity_search, rowid, search_keys) VALUES ('delete', old.seq, old.search_keys);
  END;

  CREATE TABLE IF NOT EXISTS relationships (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES entities (id),
    target_id TEXT NOT NULL REFERENCES entities (id),
    status TEXT NOT NULL CHECK (status IN ('REPORTED', 'ALLEGED', 'CONFIRMED', 'DENIED')),
    role TEXT,
    start_date TEXT, -- PartialDate as JSON
    end_date TEXT
  );
  CREATE INDEX IF NOT EXISTS relationships_by_source ON relationships (source_id);
  CREATE INDEX IF NOT EXISTS relationships_by_target ON relationships (target_id);
  CREATE INDEX IF NOT EXISTS relationships_by_type ON relationships (type);

  -- the unique indexes double as the lookup index by relationship and by entity
  CREATE TABLE IF NOT EXISTS citations (
    relationship_id TEXT NOT NULL REFERENCES relationships (id),
    article_id TEXT NOT NULL REFERENCES articles (id),
    quote TEXT NOT NULL,
    UNIQUE (relationship_id, article_id, quote)
  );
  CREATE TABLE IF NOT EXISTS mentions (
    entity_id TEXT NOT NULL REFERENCES entities (id),
    article_id TEXT NOT NULL REFERENCES articles (id),
    quote TEXT NOT NULL,
    UNIQUE (entity_id, article_id, quote)
  );
  `,
  /* v2: editors' writes */ `
  -- an id merged into another keeps resolving to its survivor
  CREATE TABLE IF NOT EXISTS merged_ids (
    id TEXT PRIMARY KEY,
    into_id TEXT NOT NULL
  );
  -- one row per (edit, subject), so the history of any id is an index seek; rows are never changed
  CREATE TABLE IF NOT EXISTS edit_history (
    seq INTEGER PRIMARY KEY,
    edit_id TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    at TEXT NOT NULL,
    editor TEXT NOT NULL,
    action TEXT NOT NULL,
    note TEXT NOT NULL,
    summary TEXT NOT NULL,
    details TEXT NOT NULL -- JSON
  );
  CREATE INDEX IF NOT EXISTS edit_history_by_subject ON edit_history (subject_id, seq);
  CREATE INDEX IF NOT EXISTS edit_history_by_edit ON edit_history (edit_id);
  -- an editor's verdict sits beside the sources' statuses, never in their place
  CREATE TABLE IF NOT EXISTS verdicts (
    relationship_id TEXT PRIMARY KEY REFERENCES relationships (id),
    status TEXT NOT NULL CHECK (status IN ('REPORTED', 'ALLEGED', 'CONFIRMED', 'DENIED')),
    editor TEXT NOT NULL,
    note TEXT NOT NULL,
    at TEXT NOT NULL,
    edit_id TEXT NOT NULL
  );
  `,
  /* review items: pairs that may be one entity, and pairs an editor ruled distinct. No foreign keys: an
     entity merged away leaves its rows behind, and reads skip them. */ `
  CREATE TABLE IF NOT EXISTS duplicate_candidates (
    id TEXT PRIMARY KEY,
    entity_a TEXT NOT NULL, -- entity_a < entity_b
    entity_b TEXT NOT NULL,
    score REAL NOT NULL,
    reason TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS duplicate_candidates_by_score ON duplicate_candidates (score DESC, id);
  CREATE TABLE IF NOT EXISTS distinct_pairs (
    entity_a TEXT NOT NULL, -- entity_a < entity_b
    entity_b TEXT NOT NULL,
    note TEXT NOT NULL,
    editor TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (entity_a, entity_b)
  );
  CREATE INDEX IF NOT EXISTS distinct_pairs_by_b ON distinct_pairs (entity_b);
  `,
  /* v4: claims per source. Each citation carries its own status, who says so and the dates it gives; the
     relationship and entity columns hold the summary of their sources; an entity keeps what each source
     says of it (facts) so that a corrected article can take its word back. Rows written before keep a
     NULL status and read as their relationship's. */ `
  ALTER TABLE citations ADD COLUMN status TEXT CHECK (status IN ('REPORTED', 'ALLEGED', 'CONFIRMED', 'DENIED'));
  ALTER TABLE citations ADD COLUMN said_by TEXT; -- Attribution as JSON
  ALTER TABLE citations ADD COLUMN start_date TEXT;
  ALTER TABLE citations ADD COLUMN end_date TEXT;
  ALTER TABLE citations ADD COLUMN as_of TEXT;
  -- a citation written before keeps the status its relationship had (the claim it was a citation of)
  UPDATE citations SET status = (SELECT r.status FROM relationships r WHERE r.id = citations.relationship_id) WHERE status IS NULL;
  CREATE INDEX IF NOT EXISTS citations_by_article ON citations (article_id, relationship_id);
  CREATE INDEX IF NOT EXISTS mentions_by_article ON mentions (article_id, entity_id);
  ALTER TABLE relationships ADD COLUMN disputed INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE entities ADD COLUMN facts TEXT NOT NULL DEFAULT '[]'; -- EntityFacts[] as JSON
  ALTER TABLE entities ADD COLUMN date_claims TEXT NOT NULL DEFAULT '[]'; -- DateClaim[] as JSON
  ALTER TABLE entities ADD COLUMN disputed INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE entities ADD COLUMN details TEXT NOT NULL DEFAULT '{}'; -- { nationality?, event? } as JSON
  CREATE TABLE IF NOT EXISTS disputes (
    id TEXT PRIMARY KEY,
    aspect TEXT NOT NULL,
    subject_id TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS disputes_by_subject ON disputes (subject_id);
  `,
  /* v5: what each source says of an entity, one row per (entity, source) instead of one JSON array per
     entity: a document then writes only its own article's rows, not every source's again (a hub's facts
     grew with each article that named it). Each entity's array moves into rows, grouped by source in the
     order it held them (see src/storage/fact-rows.ts; the editor's entries, articleId null, under
     'editor:'), and the column goes. */ `
  CREATE TABLE IF NOT EXISTS entity_facts (
    entity_id TEXT NOT NULL REFERENCES entities (id),
    source_id TEXT NOT NULL, -- an article id, 'editor:' or 'legacy:'
    facts TEXT NOT NULL,     -- EntityFacts[] as JSON
    PRIMARY KEY (entity_id, source_id)
  ) WITHOUT ROWID;
  -- a document removes its article's rows that its current version no longer gives
  CREATE INDEX IF NOT EXISTS entity_facts_by_source ON entity_facts (source_id, entity_id);
  INSERT OR IGNORE INTO entity_facts (entity_id, source_id, facts)
    SELECT e.id, coalesce(json_extract(f.value, '$.articleId'), 'editor:'), json_group_array(json(f.value) ORDER BY f.key)
    FROM entities e, json_each(e.facts) f
    GROUP BY e.id, coalesce(json_extract(f.value, '$.articleId'), 'editor:');
  ALTER TABLE entities DROP COLUMN facts;
  `,
  /* v6: resolution's blocking keys (match-keys.ts), kept by triggers so that every write of a name moves
     them, and built here for the entities written before. */ `
  CREATE TABLE IF NOT EXISTS entity_match_keys (
    key TEXT NOT NULL,
    type TEXT NOT NULL,
    seq INTEGER NOT NULL, -- entities.seq: stays put when a rename changes the id
    PRIMARY KEY (key, type, seq)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS entity_match_keys_by_seq ON entity_match_keys (seq);
  CREATE TRIGGER IF NOT EXISTS entities_match_keyed AFTER INSERT ON entities BEGIN
    INSERT OR IGNORE INTO entity_match_keys (key, type, seq) SELECT value, new.type, new.seq FROM json_each(kg_match_keys(new.name, new.aliases));
  END;
  CREATE TRIGGER IF NOT EXISTS entities_match_rekeyed AFTER UPDATE OF type, name, aliases ON entities
  WHEN old.type IS NOT new.type OR old.name IS NOT new.name OR old.aliases IS NOT new.aliases BEGIN
    DELETE FROM entity_match_keys WHERE seq = old.seq;
    INSERT OR IGNORE INTO entity_match_keys (key, type, seq) SELECT value, new.type, new.seq FROM json_each(kg_match_keys(new.name, new.aliases));
  END;
  CREATE TRIGGER IF NOT EXISTS entities_match_unkeyed AFTER DELETE ON entities BEGIN
    DELETE FROM entity_match_keys WHERE seq = old.seq;
  END;
  INSERT OR IGNORE INTO entity_match_keys (key, type, seq)
    SELECT k.value, e.type, e.seq FROM entities e, json_each(kg_match_keys(e.name, e.aliases)) k;
  `,
  /* v7: a relationship page (relationsOf) is read off the index in its own (type, id) order and stops at
     `first`, instead of reading and sorting every edge of a hub; the other end, last, lets a walk's step
     (neighbourIds) find neighbours from the index alone. These replace the one-column indexes, whose
     lookups they also serve. */ `
  CREATE INDEX IF NOT EXISTS relationships_by_source_type ON relationships (source_id, type, id, target_id);
  CREATE INDEX IF NOT EXISTS relationships_by_target_type ON relationships (target_id, type, id, source_id);
  DROP INDEX IF EXISTS relationships_by_source;
  DROP INDEX IF EXISTS relationships_by_target;
  `,
  /* v8: the documents a bulk load has staged in this store (staged-extras.ts), so that a load stopped
     part-way goes on from where it stopped instead of staging hours of documents again. */ `
  CREATE TABLE IF NOT EXISTS staged_documents (
    key TEXT PRIMARY KEY -- a digest of the document's JSON and which occurrence of it this is
  ) WITHOUT ROWID;
  `,
  /* v9: every extraction document as ingested, in write order, with the edit it came after: what a dump
     replays (src/storage/ingested-documents.ts). Rows are only appended; a replaced article keeps each version. */ `
  CREATE TABLE IF NOT EXISTS ingested_documents (
    seq INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    document TEXT NOT NULL, -- the document as given (JSON)
    edit_id TEXT,           -- its INGEST history record, for an editor's ingest
    after_edit TEXT         -- the newest edit when it was written
  );
  CREATE INDEX IF NOT EXISTS ingested_documents_by_article ON ingested_documents (article_id);
  `,
  /* v10: facts about the store itself, by name: the fingerprint of the match-key rules its entity_match_keys
     were built under (match-keys.ts: keepMatchKeysCurrent). */ `
  CREATE TABLE IF NOT EXISTS store_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database to SCHEMA_VERSION; one immediate transaction, so two processes starting at once queue. */
export function migrateSchema(db: Db): void {
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > SCHEMA_VERSION) {
      throw new StoreUnavailableError(`the database has schema version ${current}; this build knows up to ${SCHEMA_VERSION}`);
    }
    for (let version = current + 1; version <= SCHEMA_VERSION; version++) db.exec(MIGRATIONS[version - 1]);
    // relationship ids named (type, ends, role, status) before v4 and name the fact (type, ends, role) since
    if (current >= 1 && current < 4) rekeyRelationshipsByFact(db);
    // v6 has just built the keys under today's rules if it ran; keys built before may follow older ones
    keepMatchKeysCurrent(db, { builtNow: current < 6 });
    // a pragma takes no parameters; SCHEMA_VERSION is our own integer
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
