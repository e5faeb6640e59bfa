import { UniquenessViolationError } from '../../src/domain/errors.js';
import { searchKeysOf } from '../../src/resolution/names.js';
import type { RelationshipRecord } from '../../src/domain/relationship.js';
import type { RelationshipType } from '../../src/domain/vocabulary.js';
import type { DocumentWrite } from '../../src/storage/graph-store.js';
import { relationshipTypeOf } from '../../src/storage/neo4j/labels.js';
import type { RelationshipCitation } from '../../src/domain/claims.js';
import { citationDetailJson, entityProps, flattenDate } from '../../src/storage/neo4j/records.js';
import { entityStatementKey } from '../../src/storage/neo4j/write-statements.js';

/*
 * The floor's rows (unwind-load.ts): a document turned into the parameter rows of Neo4j write statements,
 * as the adapter's change-set executor builds them (src/storage/neo4j/apply-change-set.ts), grouped by the statement each row
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

export interface ClaimRow {
  id: string;
  sourceId: string;
  targetId: string;
  role: string | null;
  status: string;
  disputed: boolean;
  dates: Record<string, unknown>;
  /** the document's article: its citations on this edge are replaced by these */
  articleId: string;
  quotes: string[];
  details: string[];
}

export function sameClaim(
  a: Pick<RelationshipRecord, 'type' | 'sourceId' | 'targetId' | 'role'>,
  b: Pick<RelationshipRecord, 'type' | 'sourceId' | 'targetId' | 'role'>,
): boolean {
  return a.type === b.type && a.sourceId === b.sourceId && a.targetId === b.targetId && (a.role ?? null) === (b.role ?? null);
}

/**
 * The document's relationships as rows of the claims statement, grouped by vocabulary type. An unknown
 * type is refused here, before any statement is chosen; the same id twice, or a citation of another
 * article than the document's, is refused too.
 */
export function claimRowsByType(doc: DocumentWrite): Map<RelationshipType, ClaimRow[]> {
  const groups = new Map<RelationshipType, ClaimRow[]>();
  const seen = new Set<string>();
  doc.relationships.forEach((r, i) => {
    const type = relationshipTypeOf(r.type, `relationships[${i}].type`);
    if (seen.has(r.id)) throw new UniquenessViolationError(`relationship id ${r.id} appears twice in one document`);
    seen.add(r.id);
    const quotes = new Map<string, RelationshipCitation>();
    for (const c of r.citations) {
      if (c.articleId !== doc.article.id)
        throw new UniquenessViolationError(`a citation of ${r.id} cites ${c.articleId}, not the document's article ${doc.article.id}`);
      if (!quotes.has(c.quote)) quotes.set(c.quote, c);
    }
    const row: ClaimRow = {
      id: r.id,
      sourceId: r.sourceId,
      targetId: r.targetId,
      role: r.role,
      status: r.status,
      disputed: r.disputed,
      dates: { ...flattenDate('start', r.start), ...flattenDate('end', r.end) },
      articleId: doc.article.id,
      quotes: [...quotes.keys()],
      details: [...quotes.values()].map(citationDetailJson),
    };
    if (!groups.has(type)) groups.set(type, []);
    groups.get(type)!.push(row);
  });
  return groups;
}
