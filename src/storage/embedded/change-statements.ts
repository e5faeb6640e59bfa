/*
 * The SQL of a change set's parts (see apply-change-set.ts). Each is a prepared statement run once per
 * row; SQLite in process makes a round trip cost nothing, so there is nothing to batch.
 */

export const UPSERT_ARTICLE = `INSERT INTO articles (id, title, url, author, publisher, published_at, text)
  VALUES (@id, @title, @url, @author, @publisher, @publishedAt, @text)
  ON CONFLICT (id) DO UPDATE SET title = excluded.title, url = excluded.url, author = excluded.author,
    publisher = excluded.publisher, published_at = excluded.published_at, text = excluded.text`;

export const RENAME = {
  entity: 'UPDATE entities SET id = @to WHERE id = @from',
  mentions: 'UPDATE mentions SET entity_id = @to WHERE entity_id = @from',
  facts: 'UPDATE entity_facts SET entity_id = @to WHERE entity_id = @from',
  clearTarget: 'DELETE FROM merged_ids WHERE id = @to',
  redirectsOnward: 'UPDATE merged_ids SET into_id = @to WHERE into_id = @from',
  redirect: 'INSERT INTO merged_ids (id, into_id) VALUES (@from, @to) ON CONFLICT (id) DO UPDATE SET into_id = excluded.into_id',
} as const;

export const REKEY = {
  relationship: 'UPDATE relationships SET id = @to, source_id = @sourceId, target_id = @targetId WHERE id = @from',
  citations: 'UPDATE citations SET relationship_id = @to WHERE relationship_id = @from',
  verdict: 'UPDATE verdicts SET relationship_id = @to WHERE relationship_id = @from',
} as const;

export const DELETE_RELATIONSHIP = {
  citations: 'DELETE FROM citations WHERE relationship_id = ?',
  verdict: 'DELETE FROM verdicts WHERE relationship_id = ?',
  relationship: 'DELETE FROM relationships WHERE id = ?',
} as const;

export const DELETE_ENTITY = {
  mentions: 'DELETE FROM mentions WHERE entity_id = ?',
  entity: 'DELETE FROM entities WHERE id = ?',
} as const;

// the planner summarised the entity from all its sources, so its state replaces ours whole (its sources'
// facts are rows of their own, see facts.ts)
export const UPSERT_ENTITY = `INSERT INTO entities (id, type, name, aliases, roles, kind, date, search_keys, date_claims, disputed, details)
  VALUES (@id, @type, @name, @aliases, @roles, @kind, @date, @searchKeys, @dateClaims, @disputed, @details)
  ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, aliases = excluded.aliases,
    roles = excluded.roles, kind = excluded.kind, date = excluded.date, search_keys = excluded.search_keys,
    date_claims = excluded.date_claims, disputed = excluded.disputed, details = excluded.details`;
export const DELETE_REDIRECT = 'DELETE FROM merged_ids WHERE id = ?';

export const ADD_MENTION = `INSERT INTO mentions (entity_id, article_id, quote) VALUES (@entityId, @articleId, @quote)
  ON CONFLICT DO NOTHING`;
// the article's mentions that its current version no longer makes
export const DROP_OLD_MENTIONS = `DELETE FROM mentions WHERE article_id = @articleId
  AND json_array(entity_id, quote) NOT IN (SELECT value FROM json_each(@keep))`;

// the summary (status, disputed, dates) comes worked out over every source, so it replaces ours
export const UPSERT_RELATIONSHIP = `INSERT INTO relationships (id, type, source_id, target_id, status, disputed, role, start_date, end_date)
  VALUES (@id, @type, @sourceId, @targetId, @status, @disputed, @role, @start, @end)
  ON CONFLICT (id) DO UPDATE SET status = excluded.status, disputed = excluded.disputed,
    start_date = excluded.start_date, end_date = excluded.end_date`;
export const RELATIONSHIP_EXISTS = 'SELECT 1 FROM relationships WHERE id = ?';

// an article's citation that its current version still makes keeps its row (and counts as nothing new)
export const PUT_CITATION = `INSERT INTO citations (relationship_id, article_id, quote, status, said_by, start_date, end_date, as_of)
  VALUES (@relationshipId, @articleId, @quote, @status, @saidBy, @start, @end, @asOf)
  ON CONFLICT (relationship_id, article_id, quote) DO UPDATE SET status = excluded.status, said_by = excluded.said_by,
    start_date = excluded.start_date, end_date = excluded.end_date, as_of = excluded.as_of`;
export const CITATION_EXISTS =
  'SELECT 1 FROM citations WHERE relationship_id = @relationshipId AND article_id = @articleId AND quote = @quote';
export const DROP_OLD_CITATIONS = `DELETE FROM citations WHERE relationship_id = @relationshipId AND article_id = @articleId
  AND quote NOT IN (SELECT value FROM json_each(@keep))`;
export const PUT_VERDICT = `INSERT INTO verdicts (relationship_id, status, editor, note, at, edit_id)
  VALUES (@relationshipId, @status, @editor, @note, @at, @editId)`;

// an entity some relationship still holds stays (a relationship never dangles)
export const DELETE_UNHELD_ENTITY = `DELETE FROM entities WHERE id = @id
  AND NOT EXISTS (SELECT 1 FROM relationships WHERE source_id = @id OR target_id = @id)`;
export const DELETE_GONE_ENTITY_MENTIONS = `DELETE FROM mentions WHERE entity_id = @id
  AND NOT EXISTS (SELECT 1 FROM entities WHERE id = @id)`;

export const ADD_REDIRECT = `INSERT INTO merged_ids (id, into_id) VALUES (@id, @into)
  ON CONFLICT (id) DO UPDATE SET into_id = excluded.into_id`;
