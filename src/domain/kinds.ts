import type { PartialDate } from './partial-date.js';

/**
 * The kinds of things the graph holds and how their ids are made: the leaf of domain, which every other
 * record builds on and which imports none of them.
 */
export const ENTITY_TYPES = ['PERSON', 'ORGANISATION', 'EVENT', 'PLACE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ORGANISATION_KINDS = [
  'PARTY',
  'PRISON',
  'MEDIA_OUTLET',
  'GOVERNMENT_BODY',
  'NGO',
  'INTERGOVERNMENTAL',
  'COMPANY',
  'COURT',
  'OTHER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const CLAIM_STATUSES = ['REPORTED', 'ALLEGED', 'CONFIRMED', 'DENIED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Id prefixes make every id globally unique and self-describing: `person:sergei-duvanov`. */
export const ID_PREFIX: Record<EntityType, string> = {
  PERSON: 'person',
  ORGANISATION: 'organisation',
  EVENT: 'event',
  PLACE: 'place',
};
export const ARTICLE_ID_PREFIX = 'article';

/** A verbatim quote from an article that supports a fact or mentions an entity. */
export interface Citation {
  articleId: string;
  quote: string;
}

export interface ArticleRecord {
  id: string;
  title: string;
  url: string | null;
  /** the byline as printed; it may be a pseudonym */
  author: string | null;
  publisher: string | null;
  publishedAt: PartialDate | null;
  text: string;
}

/** An article without its text: what a citation shows of its source (the text is read only when asked for). */
export type ArticleSummary = Omit<ArticleRecord, 'text'>;

export function entityTypeOfId(id: string): EntityType | null {
  const prefix = id.slice(0, id.indexOf(':'));
  const found = ENTITY_TYPES.find((t) => ID_PREFIX[t] === prefix);
  return found ?? null;
}

export function isArticleId(id: string): boolean {
  return id.startsWith(`${ARTICLE_ID_PREFIX}:`);
}
