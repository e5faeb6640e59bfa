import type { ClaimCitation, DateClaim } from './claims.js';
import type { EventDetails, EventFacts } from './event-details.js';
import type { OrganisationKind } from './kinds.js';
import type { PartialDate } from './partial-date.js';

/*
 * What each source says about an entity itself, as records: the rules that fold them are in
 * entity-facts.ts and entity-digest.ts, which both read these.
 */

export interface ArticleFacts {
  articleId: string;
  /** the article's date: of names given equally often, the earliest coverage's wins */
  publishedAt: PartialDate | null;
  name: string;
  aliases: string[];
  roles: string[];
  kind: OrganisationKind | null;
  /** events: the date this article gives, with the words that give it */
  date: { date: PartialDate; citation: ClaimCitation } | null;
  /** events: whether it happened, what it set, who took part unnamed (kg-extraction/2) */
  event?: EventFacts;
  /** people: nationality or citizenship as stated (kg-extraction/2) */
  nationality?: string[];
}

export interface EditorFacts {
  articleId: null;
  name?: string;
  /** names the editor added to, or took from, what the sources give */
  addedAliases: string[];
  removedAliases: string[];
  roles?: string[];
  kind?: OrganisationKind;
}

export type EntityFacts = ArticleFacts | EditorFacts;

/** An entity as its sources, folded, describe it: everything of an EntityRecord but its id and type. */
export interface EntitySummary {
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
}
