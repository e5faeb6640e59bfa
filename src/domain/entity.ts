import type { DateClaim } from './claims.js';
import type { EntityFacts } from './entity-facts.js';
import type { EventDetails } from './event-details.js';
import type { PartialDate } from './partial-date.js';

export const ENTITY_TYPES = ['PERSON', 'ORGANISATION', 'EVENT', 'PLACE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ORGANISATION_KINDS = [
  'PARTY', 'PRISON', 'MEDIA_OUTLET', 'GOVERNMENT_BODY', 'NGO', 'INTERGOVERNMENTAL', 'COMPANY', 'COURT', 'OTHER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const CLAIM_STATUSES = ['REPORTED', 'ALLEGED', 'CONFIRMED', 'DENIED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Id prefixes make every id globally unique and self-describing: `person:sergei-duvanov`. */
export const ID_PREFIX: Record<EntityType, string> = {
  PERSON: 'person', ORGANISATION: 'organisation', EVENT: 'event', PLACE: 'place',
};
export const ARTICLE_ID_PREFIX = 'article';

/** A verbatim quote from an article that supports a fact or mentions an entity. */
export interface Citation {
  articleId: string;
  quote: string;
}

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  /** every other name seen for this entity, never containing `name` itself */
  aliases: string[];
  /** PERSON only: occupations and offices as the sources state them */
  roles: string[];
  /** ORGANISATION only */
  kind: OrganisationKind | null;
  /** EVENT only: the date the timeline uses, chosen from `dates` by the rule in claims.ts */
  date: PartialDate | null;
  /** EVENT only: every date the sources give, each with its citations */
  dates: DateClaim[];
  /** true when the sources disagree about this entity (an event's date) */
  disputed: boolean;
  /** PERSON only: nationality or citizenship as the sources state it */
  nationality?: string[];
  /** EVENT only: whether it happened, what it set (sentences, fines), who took part unnamed */
  event?: EventDetails | null;
  /** what each source says about the entity; read only where a write needs it (see summariseEntity) */
  facts?: EntityFacts[];
}

/**
 * An entity with where the sources mention it. Mentions grow with every article (a hub has thousands), so
 * ordinary reads leave them out: the API loads them (GraphStore.getMentions) only when `mentions` is
 * selected, and only an edit, which rewrites them, reads entities whole.
 */
export interface EntityWithMentions extends EntityRecord {
  mentions: Citation[];
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
