import type { EntityRecord } from '../domain/entity.js';
import { compareNamed, NONE, spellingMerge, type MatchOutcome } from './compare-names.js';
import { compatibleDates, happeningKinds, yearsApart } from './event-forms.js';
import type { IncomingEntity } from './incoming-entity.js';
import { remembered } from './remembered.js';

/** A merge beats any review, however alike the names of the review look; otherwise the higher score. */
const better = (a: MatchOutcome, b: MatchOutcome) => (a.decision === 'merge' ? a : b.decision === 'merge' ? b : a.score >= b.score ? a : b);

/** Stored events that share a participant with incoming ones, and who takes part in each (read by ingest). */
export interface EventsAround {
  records: EntityRecord[];
  participantsOf: Map<string, Set<string>>;
  /** each stored event's principal participants: whom it happened to (see event-roles.ts) */
  principalsOf: Map<string, Set<string>>;
}

// every incoming event is compared with every candidate: the same few stored names come back each time
export const kindsOf: (name: string) => ReadonlySet<string> = remembered(happeningKinds);

/** Whom the two events happened to, as far as both are known: the stored ids of each side's principals. */
function principalsOfBoth(event: IncomingEntity, stored: EntityRecord, around: EventsAround, matches: Map<string, EntityRecord>) {
  const mine = new Set((event.principals ?? []).flatMap((k) => matches.get(k)?.id ?? []));
  const theirs = around.principalsOf.get(stored.id) ?? new Set<string>();
  return { mine, theirs, shared: [...mine].filter((id) => theirs.has(id)).sort() };
}

/**
 * Whether the two events happened to different people: each names someone (already in the graph) whom
 * the other does not. One article may name fewer of the arrested than another, so only extras on both
 * sides tell two happenings apart (Pulman's visit to Duvanov and Zhovtis's visit to Duvanov).
 */
function differentPrincipals({ mine, theirs }: { mine: Set<string>; theirs: Set<string> }): boolean {
  if (mine.size === 0 || theirs.size === 0) return false;
  return [...mine].some((id) => !theirs.has(id)) && [...theirs].some((id) => !mine.has(id));
}

/**
 * Two events are one when they are the same kind of happening (read from their names: an arrest, a
 * trial, a release), happened to the same person (a principal participant: the one arrested, beaten,
 * tried; a court, a ministry, a spokesman in many events is no evidence), and both have dates a few days
 * apart at most (one outlet's 27th and another's 28th). Without a date on both sides that is a review,
 * not a merge. Events of different people, or more than a year apart, are two whatever their names.
 * `matches` holds the stored entity each of the document's entities resolved to (its participants).
 */
export function compareEvents(
  event: IncomingEntity,
  stored: EntityRecord,
  around: EventsAround,
  matches: Map<string, EntityRecord>,
): MatchOutcome {
  // "Appeal hearing of X on 6 February 2024" and "... on 1 June 2022" are two hearings, and "Trial of X"
  // in 2003 and its retrial in 2004 two trials, whatever their names
  if (event.date != null && stored.date != null && yearsApart(event.date, stored.date)) return NONE;
  const principals = principalsOfBoth(event, stored, around, matches);
  // two people's beatings a day apart, denied by one ministry, are two beatings even if named alike
  if (differentPrincipals(principals)) return NONE;
  const [mine, theirs] = [kindsOf(event.name), kindsOf(stored.name)];
  const kinds = [...mine].filter((k) => theirs.has(k));
  // an arrest and a trial of one man have alike names, but are two happenings: not even worth a review,
  // so only a merge by one name counts, and the rest of compareNamed is not worked out (most of a hub's
  // thousands of events are of other kinds than an incoming one)
  if (kinds.length === 0 && mine.size > 0 && theirs.size > 0) return spellingMerge(event, stored);
  const byName = compareNamed(event, stored);
  if (principals.shared.length === 0 || kinds.length === 0) return byName;
  return byParticipants(event, stored, `same kind of happening (${kinds.join(', ')}) with ${principals.shared.join(', ')}`, byName);
}

/** Two events of one kind that happened to the same person: one when their dates agree. */
function byParticipants(event: IncomingEntity, stored: EntityRecord, with_: string, byName: MatchOutcome): MatchOutcome {
  if (event.date == null || stored.date == null) {
    // an undated arrest may be this arrest or another one: worth a look, not a merge
    return better(byName, {
      decision: 'review',
      score: 0.85,
      reason: `${with_}, but ${event.date ? 'the stored event' : 'this one'} has no date; please review`,
    });
  }
  if (!compatibleDates(event.date, stored.date)) {
    return better(byName, {
      decision: 'review',
      score: 0.8,
      reason: `${with_}, but the dates are more than a few days apart; please review`,
    });
  }
  return better(byName, { decision: 'merge', score: 0.9, reason: `${with_}, on compatible dates` });
}
