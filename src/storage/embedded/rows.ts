import type { DateClaim, RelationshipCitation } from '../../domain/claims.js';
import { detailsFrom, detailsJson } from '../entity-details.js';
import type { ArticleRecord, ArticleSummary, ClaimStatus, EntityRecord, EntityType, OrganisationKind } from '../../domain/entity.js';
import { searchKeysOf } from '../../resolution/names.js';
import type { PartialDate } from '../../domain/partial-date.js';
import type { RelationshipRecord, RelationshipSummary } from '../../domain/relationship.js';

/*
 * How records sit in rows and come back. Lists (aliases, roles) and partial dates are JSON; mentions and
 * citations are aggregated into JSON by the SELECT itself, already in their contract order
 * (article id, then quote), so one statement returns whole records.
 */

function citationsOf(table: 'mentions' | 'citations', key: string, owner: string): string {
  return `(SELECT json_group_array(json_object('articleId', x.article_id, 'quote', x.quote) ORDER BY x.article_id, x.quote)
    FROM ${table} x WHERE x.${key} = ${owner})`;
}

/** Columns of `entities e` that entityFromRow reads: never mentions (what the sources say of it is in entity_facts). */
export const ENTITY_COLUMNS = 'e.id, e.type, e.name, e.aliases, e.roles, e.kind, e.date, e.date_claims, e.disputed, e.details';

/** An entity's mentions as one JSON array in contract order, for an edit that reads entities whole. */
export const ENTITY_MENTIONS_COLUMN = `${citationsOf('mentions', 'entity_id', 'e.id')} AS mentions`;

// a citation written before statuses were kept per source reads as its relationship's status
const CLAIM_CITATIONS = `(SELECT json_group_array(json_object('articleId', x.article_id, 'quote', x.quote,
      'status', coalesce(x.status, r.status), 'saidBy', json(x.said_by),
      'start', json(x.start_date), 'end', json(x.end_date), 'asOf', json(x.as_of)) ORDER BY x.article_id, x.quote)
    FROM citations x WHERE x.relationship_id = r.id)`;

/** Columns of `articles a` that articleSummaryFromRow reads: all but the text. */
export const ARTICLE_SUMMARY_COLUMNS = 'a.id, a.title, a.url, a.author, a.publisher, a.published_at';
/** Columns of `articles a` that articleFromRow reads. */
export const ARTICLE_COLUMNS = `${ARTICLE_SUMMARY_COLUMNS}, a.text`;

/** Columns of a relationships row named `r` without its citations (the summary that stands for them). */
export const RELATIONSHIP_SUMMARY_COLUMNS =
  'r.id, r.type, r.source_id, r.target_id, r.status, r.disputed, r.role, r.start_date, r.end_date';

/** Columns of a relationships row named `r` (a table or a CTE with the same columns). */
export const RELATIONSHIP_COLUMNS = `${RELATIONSHIP_SUMMARY_COLUMNS},
  ${CLAIM_CITATIONS} AS citations`;

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string;
  roles: string;
  kind: string | null;
  date: string | null;
  date_claims: string;
  disputed: number;
  details: string;
}
export interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  author: string | null;
  publisher: string | null;
  published_at: string | null;
  text: string;
}
export interface RelationshipRow {
  id: string;
  type: string;
  source_id: string;
  target_id: string;
  status: string;
  disputed: number;
  role: string | null;
  start_date: string | null;
  end_date: string | null;
  citations: string;
}

/** Always the same key order and explicit nulls, so a date reads back deep-equal to what was written. */
export function dateToJson(date: PartialDate | null): string | null {
  if (date == null) return null;
  const bound = date.qualifier
    ? {
        qualifier: date.qualifier,
        ...(date.until ? { until: { year: date.until.year, month: date.until.month ?? null, day: date.until.day ?? null } } : {}),
      }
    : {};
  return JSON.stringify({ year: date.year, month: date.month ?? null, day: date.day ?? null, inferred: date.inferred, ...bound });
}

function dateFromJson(json: string | null): PartialDate | null {
  return json == null ? null : (JSON.parse(json) as PartialDate);
}

export function entityFromRow(row: EntityRow): EntityRecord {
  return {
    id: row.id,
    type: row.type as EntityType,
    name: row.name,
    aliases: JSON.parse(row.aliases) as string[],
    roles: JSON.parse(row.roles) as string[],
    kind: row.kind as OrganisationKind | null,
    date: dateFromJson(row.date),
    dates: JSON.parse(row.date_claims) as DateClaim[],
    disputed: row.disputed === 1,
    ...detailsFrom(row.details),
  };
}

/** Named parameters for the entity upsert. */
export function entityParams(entity: Omit<EntityRecord, 'mentions' | 'facts'>) {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: JSON.stringify(entity.aliases),
    roles: JSON.stringify(entity.roles),
    kind: entity.kind,
    date: dateToJson(entity.date),
    searchKeys: searchKeysOf(entity),
    dateClaims: JSON.stringify(entity.dates),
    disputed: entity.disputed ? 1 : 0,
    details: detailsJson(entity),
  };
}

export function articleSummaryFromRow(row: Omit<ArticleRow, 'text'>): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    author: row.author,
    publisher: row.publisher,
    publishedAt: dateFromJson(row.published_at),
  };
}

export function articleFromRow(row: ArticleRow): ArticleRecord {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    author: row.author,
    publisher: row.publisher,
    publishedAt: dateFromJson(row.published_at),
    text: row.text,
  };
}

export function articleParams(article: ArticleRecord) {
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    author: article.author,
    publisher: article.publisher,
    publishedAt: dateToJson(article.publishedAt),
    text: article.text,
  };
}

export function relationshipFromRow(row: RelationshipRow): RelationshipRecord {
  return { ...relationshipSummaryFromRow(row), citations: JSON.parse(row.citations) as RelationshipCitation[] };
}

export function relationshipSummaryFromRow(row: Omit<RelationshipRow, 'citations'>): RelationshipSummary {
  return {
    id: row.id,
    type: row.type,
    sourceId: row.source_id,
    targetId: row.target_id,
    status: row.status as ClaimStatus,
    disputed: row.disputed === 1,
    role: row.role,
    start: dateFromJson(row.start_date),
    end: dateFromJson(row.end_date),
  };
}

export function relationshipParams(r: RelationshipRecord) {
  return {
    id: r.id,
    type: r.type,
    sourceId: r.sourceId,
    targetId: r.targetId,
    status: r.status,
    disputed: r.disputed ? 1 : 0,
    role: r.role,
    start: dateToJson(r.start),
    end: dateToJson(r.end),
  };
}

export function citationParams(relationshipId: string, c: RelationshipCitation) {
  return {
    relationshipId,
    articleId: c.articleId,
    quote: c.quote,
    status: c.status,
    saidBy: c.saidBy ? JSON.stringify({ name: c.saidBy.name, entityId: c.saidBy.entityId }) : null,
    start: dateToJson(c.start),
    end: dateToJson(c.end),
    asOf: dateToJson(c.asOf),
  };
}
