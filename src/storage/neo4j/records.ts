import { searchTrigramsOf } from './search-query.js';
import type { Attribution, DateClaim, RelationshipCitation } from '../../domain/claims.js';
import { byArticleThenQuote } from '../../domain/code-point-order.js';
import { detailsFrom, detailsJson } from '../entity-details.js';
import { matchKeysOf } from '../../resolution/match-keys.js';
import type {
  ArticleRecord,
  ArticleSummary,
  Citation,
  ClaimStatus,
  EntityRecord,
  EntityWithMentions,
  EntityType,
  OrganisationKind,
} from '../../domain/entity.js';
import type { PartialDate } from '../../domain/partial-date.js';
import type { RelationshipRecord } from '../../domain/relationship.js';

/**
 * Neo4j properties are scalars or lists of scalars, never maps, so a partial date is flattened into
 * `<prefix>_year`, `_month`, `_day`, `_inferred`. A missing year means "no date": the other three are
 * removed with it (a null SET removes a property), so a date is always whole or absent.
 */
export function flattenDate(prefix: string, date: PartialDate | null): Record<string, number | boolean | string | null> {
  return {
    [`${prefix}_year`]: date?.year ?? null,
    [`${prefix}_month`]: date?.month ?? null,
    [`${prefix}_day`]: date?.day ?? null,
    [`${prefix}_inferred`]: date?.inferred ?? null,
    // a bound ("before", "between ... and ...") where the source gives one; the end of a range as JSON
    [`${prefix}_qualifier`]: date?.qualifier ?? null,
    [`${prefix}_until`]: date?.until ? JSON.stringify(date.until) : null,
  };
}

export function dateFrom(props: Record<string, unknown>, prefix: string): PartialDate | null {
  const year = props[`${prefix}_year`];
  if (typeof year !== 'number') return null;
  const month = props[`${prefix}_month`];
  const day = props[`${prefix}_day`];
  const qualifier = props[`${prefix}_qualifier`];
  const until = props[`${prefix}_until`];
  return {
    year,
    month: typeof month === 'number' ? month : null,
    day: typeof day === 'number' ? day : null,
    inferred: props[`${prefix}_inferred`] === true,
    ...(typeof qualifier === 'string' ? { qualifier: qualifier as PartialDate['qualifier'] } : {}),
    ...(typeof until === 'string' ? { until: JSON.parse(until) as PartialDate['until'] } : {}),
  };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Mentions come back one row per article, each with its quotes in the order they were added. */
export interface MentionRow {
  articleId: string;
  quotes: string[];
}

/** The entity properties reads return: everything entityFrom reads, never `facts` nor `search_keys`. */
export const ENTITY_READ_PROPERTIES = [
  'id',
  'type',
  'name',
  'aliases',
  'roles',
  'kind',
  ...Object.keys(flattenDate('date', null)),
  'date_claims',
  'disputed',
  'details',
] as const;

/** Mentions one row per article, as the statements collect them, as citations in contract order. */
export function mentionsFrom(rows: readonly MentionRow[]): Citation[] {
  return rows.flatMap((m) => strings(m.quotes).map((quote) => ({ articleId: m.articleId, quote }))).sort(byArticleThenQuote);
}

export function entityWithMentionsFrom(props: Record<string, unknown>, mentions: readonly MentionRow[]): EntityWithMentions {
  return { ...entityFrom(props), mentions: mentionsFrom(mentions) };
}

export function entityFrom(props: Record<string, unknown>): EntityRecord {
  return {
    id: String(props.id),
    type: props.type as EntityType,
    name: String(props.name),
    aliases: strings(props.aliases),
    roles: strings(props.roles),
    kind: stringOrNull(props.kind) as OrganisationKind | null,
    date: dateFrom(props, 'date'),
    dates: typeof props.date_claims === 'string' ? (JSON.parse(props.date_claims) as DateClaim[]) : [],
    disputed: props.disputed === true,
    ...detailsFrom(props.details),
  };
}

/** The article properties a summary reads: all but `text`. */
export const ARTICLE_SUMMARY_PROPERTIES = [
  'id',
  'title',
  'url',
  'author',
  'publisher',
  ...Object.keys(flattenDate('published', null)),
] as const;

export function articleSummaryFrom(props: Record<string, unknown>): ArticleSummary {
  return {
    id: String(props.id),
    title: String(props.title),
    url: stringOrNull(props.url),
    author: stringOrNull(props.author),
    publisher: stringOrNull(props.publisher),
    publishedAt: dateFrom(props, 'published'),
  };
}

export function articleFrom(props: Record<string, unknown>): ArticleRecord {
  return { ...articleSummaryFrom(props), text: String(props.text ?? '') };
}

/**
 * A citation's parts beside its article and quote, as one JSON string per citation in a list parallel to
 * citation_articles (properties hold no maps); '' where a citation was written before they were kept.
 */
interface CitationDetail {
  status: ClaimStatus;
  saidBy: Attribution | null;
  start: PartialDate | null;
  end: PartialDate | null;
  asOf: PartialDate | null;
}

export function citationDetailJson(c: RelationshipCitation): string {
  return JSON.stringify({ status: c.status, saidBy: c.saidBy, start: c.start, end: c.end, asOf: c.asOf });
}

/** A relationship as statements return it: its properties plus type and endpoint ids. */
export function relationshipFrom(row: Record<string, unknown>): RelationshipRecord {
  const articles = strings(row.citation_articles);
  const quotes = strings(row.citation_quotes);
  const details = strings(row.citation_details);
  const status = row.status as ClaimStatus;
  // stored in the order they were added; read in the contract order
  const citations: RelationshipCitation[] = articles
    .map((articleId, i) => {
      const detail: CitationDetail = details[i]
        ? (JSON.parse(details[i]) as CitationDetail)
        : { status, saidBy: null, start: null, end: null, asOf: null };
      return { articleId, quote: quotes[i] ?? '', ...detail };
    })
    .sort(byArticleThenQuote);
  return {
    id: String(row.id),
    type: String(row.type),
    sourceId: String(row.sourceId),
    targetId: String(row.targetId),
    status,
    disputed: row.disputed === true,
    role: stringOrNull(row.role),
    start: dateFrom(row, 'start'),
    end: dateFrom(row, 'end'),
    citations,
  };
}

/** Node properties of an entity, as written; `search_keys` and `search_trigrams` feed search's full-text indexes, `match_keys` resolution's. */
export function entityProps(entity: Omit<EntityRecord, 'mentions' | 'facts'>, searchKeys: string): Record<string, unknown> {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: [...entity.aliases],
    roles: [...entity.roles],
    kind: entity.kind,
    ...flattenDate('date', entity.date),
    search_keys: searchKeys,
    search_trigrams: searchTrigramsOf(searchKeys),
    match_keys: matchKeysOf(entity).join(' '),
    date_claims: JSON.stringify(entity.dates),
    disputed: entity.disputed,
    details: detailsJson(entity),
  };
}

export function articleProps(article: ArticleRecord): Record<string, unknown> {
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    author: article.author,
    publisher: article.publisher,
    ...flattenDate('published', article.publishedAt),
    text: article.text,
  };
}
