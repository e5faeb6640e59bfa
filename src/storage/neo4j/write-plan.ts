import { UniquenessViolationError } from '../../domain/errors.js';
import { searchKeysOf } from '../../domain/names.js';
import type { RelationshipRecord } from '../../domain/relationship.js';
import type { RelationshipType } from '../../domain/vocabulary.js';
import type { DocumentWrite } from '../graph-store.js';
import { relationshipTypeOf } from './labels.js';
import { entityProps, flattenDate } from './records.js';
import { entityStatementKey } from './write-statements.js';

/*
 * A document turned into the parameter rows of the write statements, grouped by the statement each row
 * needs (labels and types are part of a statement's text). Duplicates are merged here, so that inside one
 * statement no two rows touch the same node or relationship.
 */

export function entityRowsByStatement(doc: DocumentWrite): Map<string, Array<Record<string, unknown>>> {
  const groups = new Map<string, Array<Record<string, unknown>>>();
  const last = new Map(doc.entities.map((e) => [e.id, e])); // the same id twice: the later state wins
  for (const entity of last.values()) {
    const key = entityStatementKey(entity.type, entity.kind);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(entityProps(entity, searchKeysOf(entity)));
  }
  return groups;
}

/** One row per (entity, article) pair with its distinct quotes, in the order given. */
export function mentionRows(doc: DocumentWrite): Array<{ entityId: string; articleId: string; quotes: string[] }> {
  const rows = new Map<string, { entityId: string; articleId: string; quotes: string[] }>();
  for (const m of doc.mentions) {
    const key = JSON.stringify([m.entityId, m.articleId]);
    const row = rows.get(key) ?? { entityId: m.entityId, articleId: m.articleId, quotes: [] };
    if (!row.quotes.includes(m.quote)) row.quotes.push(m.quote);
    rows.set(key, row);
  }
  return [...rows.values()];
}

export interface RelationshipRow {
  id: string;
  sourceId: string;
  targetId: string;
  status: string;
  role: string | null;
  start: Record<string, unknown>;
  end: Record<string, unknown>;
  citationArticles: string[];
  citationQuotes: string[];
}

export function sameClaim(
  a: Pick<RelationshipRecord, 'type' | 'sourceId' | 'targetId' | 'status' | 'role'>,
  b: Pick<RelationshipRecord, 'type' | 'sourceId' | 'targetId' | 'status' | 'role'>,
): boolean {
  return a.type === b.type && a.sourceId === b.sourceId && a.targetId === b.targetId && a.status === b.status
    && (a.role ?? null) === (b.role ?? null);
}

/**
 * The document's relationships merged by id (as the store would: the first known start/end wins, and
 * citations are pooled without repeats), then grouped by vocabulary type. An unknown type is refused here,
 * before any statement is chosen; the same id for two different claims is a uniqueness violation.
 */
export function relationshipRowsByType(doc: DocumentWrite): Map<RelationshipType, RelationshipRow[]> {
  const merged = new Map<string, RelationshipRecord>();
  doc.relationships.forEach((r, i) => {
    relationshipTypeOf(r.type, `relationships[${i}].type`);
    const seen = merged.get(r.id);
    if (!seen) {
      merged.set(r.id, { ...r, citations: [...r.citations] });
      return;
    }
    if (!sameClaim(seen, r)) throw new UniquenessViolationError(`relationship id ${r.id} names two different claims in one document`);
    seen.start ??= r.start;
    seen.end ??= r.end;
    seen.citations.push(...r.citations);
  });
  const groups = new Map<RelationshipType, RelationshipRow[]>();
  for (const r of merged.values()) {
    const type = relationshipTypeOf(r.type);
    const pairs = new Map(r.citations.map((c) => [JSON.stringify([c.articleId, c.quote]), c]));
    const row: RelationshipRow = {
      id: r.id, sourceId: r.sourceId, targetId: r.targetId, status: r.status, role: r.role,
      start: flattenDate('start', r.start), end: flattenDate('end', r.end),
      citationArticles: [...pairs.values()].map((c) => c.articleId),
      citationQuotes: [...pairs.values()].map((c) => c.quote),
    };
    if (!groups.has(type)) groups.set(type, []);
    groups.get(type)!.push(row);
  }
  return groups;
}
