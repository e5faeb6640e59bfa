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
}

// every incoming event is compared with every candidate: the same few stored names come back each time
const kindsOf: (name: string) => ReadonlySet<string> = remembered(happeningKinds);

/**
 * Two events are one when they are the same kind of happening (read from their names: an arrest, a
 * trial, a release), share a participant, and both have dates a few days apart at most (one outlet's 27th
 * and another's 28th). Without a date on both sides that is a review, not a merge. Otherwise names decide.
 * `matches` holds the stored entity each of the document's entities resolved to (its participants).
 */
export function compareEvents(
  event: IncomingEntity,
  stored: EntityRecord,
  around: EventsAround,
  matches: Map<string, EntityRecord>,
): MatchOutcome {
  const [mine, theirs] = [kindsOf(event.name), kindsOf(stored.name)];
  const kinds = [...mine].filter((k) => theirs.has(k));
  // an arrest and a trial of one man have alike names, but are two happenings: not even worth a review,
  // so only a merge by one name counts, and the rest of compareNamed is not worked out (most of a hub's
  // thousands of events are of other kinds than an incoming one)
  if (kinds.length === 0 && mine.size > 0 && theirs.size > 0) return spellingMerge(event, stored);
  const named = compareNamed(event, stored);
  // "Appeal hearing of X on 6 February 2024" and "... on 1 June 2022" look alike and are two hearings: a
  // review between events dated years apart would only bury the real ones (a merge by one name stands)
  const distant = event.date != null && stored.date != null && yearsApart(event.date, stored.date);
  const byName = distant && named.decision === 'review' ? NONE : named;
  const shared = [...(around.participantsOf.get(stored.id) ?? [])].filter((id) =>
    (event.participants ?? []).some((k) => matches.get(k)?.id === id),
  );
  if (shared.length === 0 || kinds.length === 0) return byName;
  const with_ = `same kind of happening (${kinds.join(', ')}) with ${shared.join(', ')}`;
  if (event.date == null || stored.date == null) {
    // an undated arrest may be this arrest or another one: worth a look, not a merge
    return better(byName, {
      decision: 'review',
      score: 0.85,
      reason: `${with_}, but ${event.date ? 'the stored event' : 'this one'} has no date; please review`,
    });
  }
  if (distant) return byName;
  if (!compatibleDates(event.date, stored.date)) {
    return better(byName, {
      decision: 'review',
      score: 0.8,
      reason: `${with_}, but the dates are more than a few days apart; please review`,
    });
  }
  return better(byName, { decision: 'merge', score: 0.9, reason: `${with_}, on compatible dates` });
}
