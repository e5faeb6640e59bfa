import { searchTrigramsOf } from './search-query.js';
import type { Attribution, DateClaim, RelationshipCitation } from '../../domain/claims.js';
import { CLAIM_STATUSES, ENTITY_TYPES, ORGANISATION_KINDS } from '../../domain/kinds.js';
import { DATE_QUALIFIERS, type PartialDate } from '../../domain/partial-date.js';
import { byArticleThenQuote } from '../../domain/code-point-order.js';
import { detailsFrom, detailsJson } from '../entity-details.js';
import { matchKeysOf } from '../../resolution/match-keys.js';
import type { ArticleRecord, ArticleSummary, Citation, ClaimStatus, EntityRecord, EntityWithMentions } from '../../domain/entity.js';
import type { RelationshipRecord } from '../../domain/relationship.js';
import type { DisputeAspect, DisputeMarker } from '../../domain/disputes.js';
import type { Row } from './driver.js';
import { flag, map, mapList, oneOf, optJson, optNum, optOneOf, optStr, optStrList, RowShapeError, str } from './rows.js';

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

export function dateFrom(props: Row, prefix: string): PartialDate | null {
  const year = optNum(props, `${prefix}_year`);
  if (year === null) return null;
  const qualifier = optOneOf(props, `${prefix}_qualifier`, DATE_QUALIFIERS);
  const until = optJson<PartialDate['until']>(props, `${prefix}_until`);
  return {
    year,
    month: optNum(props, `${prefix}_month`),
    day: optNum(props, `${prefix}_day`),
    inferred: flag(props, `${prefix}_inferred`),
    ...(qualifier ? { qualifier } : {}),
    ...(until ? { until } : {}),
  };
}

/** Lenient, for mentions a caller outside this file's decoders collected (editor-writes.ts). */
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Mentions come back one row per article, each with its quotes in the order they were added. */
export interface MentionRow {
  articleId: string;
  quotes: string[];
}

/** The mentions a statement collected into `column` (statements.ts: mentions), checked. */
export function mentionRowsOf(row: Row, column: string): MentionRow[] {
  return mapList(row, column).map((m) => ({ articleId: str(m, 'articleId'), quotes: optStrList(m, 'quotes') }));
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

export function entityFrom(props: Row): EntityRecord {
  return {
    id: str(props, 'id'),
    type: oneOf(props, 'type', ENTITY_TYPES),
    name: str(props, 'name'),
    aliases: optStrList(props, 'aliases'),
    roles: optStrList(props, 'roles'),
    kind: optOneOf(props, 'kind', ORGANISATION_KINDS),
    date: dateFrom(props, 'date'),
    dates: optJson<DateClaim[]>(props, 'date_claims') ?? [],
    disputed: flag(props, 'disputed'),
    ...detailsFrom(optStr(props, 'details')),
  };
}

/** The entity whose properties a statement returned as `props` (statements.ts). */
export const entityIn = (row: Row): EntityRecord => entityFrom(map(row, 'props'));

/** The article properties a summary reads: all but `text`. */
export const ARTICLE_SUMMARY_PROPERTIES = [
  'id',
  'title',
  'url',
  'author',
  'publisher',
  ...Object.keys(flattenDate('published', null)),
] as const;

export function articleSummaryFrom(props: Row): ArticleSummary {
  return {
    id: str(props, 'id'),
    title: str(props, 'title'),
    url: optStr(props, 'url'),
    author: optStr(props, 'author'),
    publisher: optStr(props, 'publisher'),
    publishedAt: dateFrom(props, 'published'),
  };
}

export function articleFrom(props: Row): ArticleRecord {
  return { ...articleSummaryFrom(props), text: optStr(props, 'text') ?? '' };
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
export function relationshipFrom(row: Row): RelationshipRecord {
  const status = oneOf(row, 'status', CLAIM_STATUSES);
  return {
    id: str(row, 'id'),
    type: str(row, 'type'),
    sourceId: str(row, 'sourceId'),
    targetId: str(row, 'targetId'),
    status,
    disputed: flag(row, 'disputed'),
    role: optStr(row, 'role'),
    start: dateFrom(row, 'start'),
    end: dateFrom(row, 'end'),
    citations: citationsFrom(row, status),
  };
}

/** The relationship a statement returned as `relationship` (statements.ts). */
export const relationshipIn = (row: Row): RelationshipRecord => relationshipFrom(map(row, 'relationship'));

/** A relationship's citations, from its three parallel lists; a summary's projection has none. */
function citationsFrom(row: Row, status: ClaimStatus): RelationshipCitation[] {
  const quotes = optStrList(row, 'citation_quotes');
  const details = optStrList(row, 'citation_details');
  // stored in the order they were added; read in the contract order
  return optStrList(row, 'citation_articles')
    .map((articleId, i) => {
      // JSON our writer made from a RelationshipCitation (citationDetailJson): trusted, as optJson says
      const detail: CitationDetail = details[i] ? JSON.parse(details[i]) : { status, saidBy: null, start: null, end: null, asOf: null };
      return { articleId, quote: quotes[i] ?? '', ...detail };
    })
    .sort(byArticleThenQuote);
}

/**
 * Each dispute aspect, to check a marker's against. A record keyed by the domain's union, so an aspect
 * added there fails to compile here until it is added (domain keeps its own list of them private).
 */
const DISPUTE_ASPECTS: Record<DisputeAspect, true> = { status: true, date: true, happened: true };
const isDisputeAspect = (value: string): value is DisputeAspect => Object.hasOwn(DISPUTE_ASPECTS, value);

/** A dispute marker as DISPUTE_PAGE returns it. */
export function disputeFrom(row: Row): DisputeMarker {
  const aspect = str(row, 'aspect');
  if (!isDisputeAspect(aspect)) throw new RowShapeError('aspect', `one of ${Object.keys(DISPUTE_ASPECTS).join(', ')}`, aspect);
  return { id: str(row, 'id'), aspect, subjectId: str(row, 'subjectId') };
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
