import type { EntityDigest } from '../../domain/entity-digest.js';
import { DIGEST_SOURCE, type EntityFacts } from '../../domain/entity-facts.js';
import type { RelationshipRecord, RelationshipSummary } from '../../domain/relationship.js';
import type { ArticleFootprint } from '../graph-store.js';
import { digestFromRow, factsFromRows } from '../fact-rows.js';
import type { PreparedStatements } from './connection.js';
import { relationshipsById, relationshipSummariesById } from './editor-reads.js';

/*
 * The reads a document's planner makes beside the ordinary ones: what each source said of an entity, the
 * relationships it will rewrite, and what an article said before (so a corrected version can replace it).
 */

const FACTS = `SELECT entity_id AS id, facts FROM entity_facts
  WHERE entity_id IN (SELECT value FROM json_each(@ids)) AND source_id <> @digest ORDER BY entity_id, source_id`;
const DIGESTS = `SELECT entity_id AS id, facts AS digest FROM entity_facts
  WHERE entity_id IN (SELECT value FROM json_each(@ids)) AND source_id = @digest`;
const ARTICLE_MENTIONS = 'SELECT entity_id AS entityId, quote FROM mentions WHERE article_id = ? ORDER BY entity_id, quote';
const ARTICLE_RELATIONSHIPS = 'SELECT DISTINCT relationship_id AS id FROM citations WHERE article_id = ? ORDER BY relationship_id';

export function entityFacts(statements: PreparedStatements, ids: readonly string[]): EntityFacts[][] {
  if (ids.length === 0) return [];
  const rows = statements.get(FACTS).all({ ids: JSON.stringify(ids), digest: DIGEST_SOURCE }) as Array<{ id: string; facts: string }>;
  const byId = new Map<string, string[]>();
  for (const r of rows) {
    if (!byId.has(r.id)) byId.set(r.id, []);
    byId.get(r.id)!.push(r.facts);
  }
  return ids.map((id) => factsFromRows(byId.get(id) ?? []));
}

export function entityDigests(statements: PreparedStatements, ids: readonly string[]): Array<EntityDigest | null> {
  if (ids.length === 0) return [];
  const rows = statements.get(DIGESTS).all({ ids: JSON.stringify(ids), digest: DIGEST_SOURCE }) as Array<{ id: string; digest: string }>;
  const byId = new Map(rows.map((r) => [r.id, r.digest]));
  return ids.map((id) => digestFromRow(byId.get(id)));
}

export function relationshipsInKeyOrder(statements: PreparedStatements, ids: readonly string[]): Array<RelationshipRecord | null> {
  const byId = new Map(relationshipsById(statements, [...new Set(ids)]).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

export function relationshipSummariesInKeyOrder(statements: PreparedStatements, ids: readonly string[]): Array<RelationshipSummary | null> {
  const byId = new Map(relationshipSummariesById(statements, [...new Set(ids)]).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

export function articleFootprint(statements: PreparedStatements, articleId: string): ArticleFootprint {
  const mentions = statements.get(ARTICLE_MENTIONS).all(articleId) as Array<{ entityId: string; quote: string }>;
  const relationshipIds = (statements.get(ARTICLE_RELATIONSHIPS).all(articleId) as Array<{ id: string }>).map((r) => r.id);
  return { entityIds: [...new Set(mentions.map((m) => m.entityId))], relationshipIds, mentions };
}
