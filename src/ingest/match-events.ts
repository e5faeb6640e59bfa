import { remembered } from '../domain/remembered.js';
import type { EntityRecord } from '../domain/entity.js';
import { compatibleDates, happeningKinds, yearsApart } from '../domain/event-forms.js';
import type { GraphReader } from '../storage/graph-store.js';
import { compareNamed, NONE, spellingMerge, type Verdict } from './match-names.js';

/** A merge beats any review, however alike the names of the review look; otherwise the higher score. */
const better = (a: Verdict, b: Verdict) => (a.decision === 'merge' ? a : b.decision === 'merge' ? b : a.score >= b.score ? a : b);
import type { IncomingEntity } from './incoming-entity.js';

/** Stored events that share a participant with incoming ones, and who takes part in each. */
export interface EventsAround {
  records: EntityRecord[];
  participantsOf: Map<string, Set<string>>;
}

/**
 * How many events of one participant are compared at most: enough for anyone's record in the news, and a
 * bound on what one document's resolution reads however famous its people.
 */
const EVENTS_PER_PARTICIPANT = 2000;

/** Every stored event in which a stored participant of an incoming event takes part (up to the bound above). */
export async function eventsAround(store: GraphReader, events: readonly IncomingEntity[], matches: Map<string, EntityRecord>): Promise<EventsAround> {
  const participantIds = [...new Set(events.flatMap((e) => (e.participants ?? []).map((k) => matches.get(k)?.id).filter((id): id is string => !!id)))];
  const participantsOf = new Map<string, Set<string>>();
  if (participantIds.length === 0) return { records: [], participantsOf };
  // only their PARTICIPATED_IN edges' ends, and a bounded number of them: a hub's other relationships and
  // every citation are left in the store
  const lists = await store.getRelationEnds(participantIds.map((entityId) => ({ entityId, types: ['PARTICIPATED_IN'], direction: 'OUT' as const, first: EVENTS_PER_PARTICIPANT })));
  for (const edge of lists.flat()) {
    participantsOf.set(edge.targetId, (participantsOf.get(edge.targetId) ?? new Set()).add(edge.sourceId));
  }
  const nodes = await store.getNodes([...participantsOf.keys()]);
  const records = nodes.filter((n): n is EntityRecord => n != null && 'type' in n && n.type === 'EVENT');
  return { records, participantsOf };
}

// every incoming event is compared with every candidate: the same few stored names come back each time
const kindsOf: (name: string) => ReadonlySet<string> = remembered(happeningKinds);

/**
 * Two events are one when they are the same kind of happening (read from their names: an arrest, a
 * trial, a release), share a participant, and both have dates a few days apart at most (one outlet's 27th
 * and another's 28th). Without a date on both sides that is a review, not a merge. Otherwise names decide.
 */
export function compareEvents(event: IncomingEntity, stored: EntityRecord, around: EventsAround, matches: Map<string, EntityRecord>): Verdict {
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
  const shared = [...(around.participantsOf.get(stored.id) ?? [])].filter((id) => (event.participants ?? []).some((k) => matches.get(k)?.id === id));
  if (shared.length === 0 || kinds.length === 0) return byName;
  const with_ = `same kind of happening (${kinds.join(', ')}) with ${shared.join(', ')}`;
  if (event.date == null || stored.date == null) {
    // an undated arrest may be this arrest or another one: worth a look, not a merge
    return better(byName, { decision: 'review', score: 0.85, reason: `${with_}, but ${event.date ? 'the stored event' : 'this one'} has no date; please review` });
  }
  if (distant) return byName;
  if (!compatibleDates(event.date, stored.date)) {
    return better(byName, { decision: 'review', score: 0.8, reason: `${with_}, but the dates are more than a few days apart; please review` });
  }
  return better(byName, { decision: 'merge', score: 0.9, reason: `${with_}, on compatible dates` });
}
