import type { EntityRecord } from '../domain/entity.js';
import { compatibleDates, happeningKinds } from '../domain/event-forms.js';
import type { GraphStore } from '../storage/graph-store.js';
import { compareNamed, type Verdict } from './match-names.js';
import type { IncomingEntity } from './resolve.js';

/** Stored events that share a participant with incoming ones, and who takes part in each. */
export interface EventsAround {
  records: EntityRecord[];
  participantsOf: Map<string, Set<string>>;
}

/** Every stored event in which a stored participant of an incoming event takes part. */
export async function eventsAround(store: GraphStore, events: readonly IncomingEntity[], matches: Map<string, EntityRecord>): Promise<EventsAround> {
  const participantIds = [...new Set(events.flatMap((e) => (e.participants ?? []).map((k) => matches.get(k)?.id).filter((id): id is string => !!id)))];
  const participantsOf = new Map<string, Set<string>>();
  if (participantIds.length === 0) return { records: [], participantsOf };
  const edges = await store.getIncidentEdges(participantIds);
  for (const edge of edges) {
    if (edge.type !== 'PARTICIPATED_IN' || !participantIds.includes(edge.sourceId)) continue;
    participantsOf.set(edge.targetId, (participantsOf.get(edge.targetId) ?? new Set()).add(edge.sourceId));
  }
  const nodes = await store.getNodes([...participantsOf.keys()]);
  const records = nodes.filter((n): n is EntityRecord => n != null && 'type' in n && n.type === 'EVENT');
  return { records, participantsOf };
}

/**
 * Two events are one when they are the same kind of happening (read from their names: an arrest, a
 * trial, a release), share a participant, and their dates are compatible (either unknown, or a few days
 * apart at most: one outlet's 27th and another's 28th). Otherwise names decide, as for other entities.
 */
export function compareEvents(event: IncomingEntity, stored: EntityRecord, around: EventsAround, matches: Map<string, EntityRecord>): Verdict {
  const byName = compareNamed(event, stored);
  const shared = [...(around.participantsOf.get(stored.id) ?? [])].filter((id) => (event.participants ?? []).some((k) => matches.get(k)?.id === id));
  const kinds = [...happeningKinds(event.name)].filter((k) => happeningKinds(stored.name).has(k));
  if (shared.length === 0 || kinds.length === 0) return byName;
  const sameDay = compatibleDates(event.date ?? null, stored.date);
  if (!sameDay) {
    return byName.decision === 'merge' ? byName : { decision: 'review', score: 0.8, reason: `same kind of happening (${kinds.join(', ')}) with ${shared.join(', ')}, but the dates are far apart; please review` };
  }
  const verdict: Verdict = { decision: 'merge', score: 0.9, reason: `same kind of happening (${kinds.join(', ')}) with ${shared.join(', ')}, on compatible dates` };
  return byName.score > verdict.score ? byName : verdict;
}
