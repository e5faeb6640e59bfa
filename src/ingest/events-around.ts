import type { EntityRecord } from '../domain/entity.js';
import { kindsOf, type EventsAround } from '../resolution/compare-events.js';
import { principalParticipants, type Participation } from '../resolution/event-roles.js';
import type { IncomingEntity } from '../resolution/incoming-entity.js';
import type { GraphReader } from '../storage/graph-store.js';

/**
 * How many events of one participant are compared at most: enough for anyone's record in the news, and a
 * bound on what one document's resolution reads however famous its people.
 */
const EVENTS_PER_PARTICIPANT = 2000;
/** How many participants of one stored event are read to know whom it happened to. */
const PARTICIPANTS_PER_EVENT = 200;

/** Every stored event in which a stored participant of an incoming event takes part (up to the bound above). */
export async function eventsAround(
  store: GraphReader,
  events: readonly IncomingEntity[],
  matches: Map<string, EntityRecord>,
): Promise<EventsAround> {
  const participantIds = [
    ...new Set(events.flatMap((e) => (e.participants ?? []).map((k) => matches.get(k)?.id).filter((id): id is string => !!id))),
  ];
  const participantsOf = new Map<string, Set<string>>();
  if (participantIds.length === 0) return { records: [], participantsOf, principalsOf: new Map() };
  // only their PARTICIPATED_IN edges' ends, and a bounded number of them: a hub's other relationships and
  // every citation are left in the store
  const lists = await store.getRelationEnds(
    participantIds.map((entityId) => ({ entityId, types: ['PARTICIPATED_IN'], direction: 'OUT' as const, first: EVENTS_PER_PARTICIPANT })),
  );
  for (const edge of lists.flat()) {
    participantsOf.set(edge.targetId, (participantsOf.get(edge.targetId) ?? new Set()).add(edge.sourceId));
  }
  const nodes = await store.getNodes([...participantsOf.keys()]);
  const records = nodes.filter((n): n is EntityRecord => n != null && 'type' in n && n.type === 'EVENT');
  return { records, participantsOf, principalsOf: await principalsOf(store, records, events) };
}

/**
 * Each stored event's principals (see event-roles.ts), from the roles of all its participants, not only
 * this document's: another person beaten is what tells two beatings apart. Only events that can be one
 * of the incoming ones by kind are read (a hub's thousands of other events are not).
 */
async function principalsOf(
  store: GraphReader,
  records: readonly EntityRecord[],
  events: readonly IncomingEntity[],
): Promise<Map<string, Set<string>>> {
  const wanted = new Set(events.flatMap((e) => [...kindsOf(e.name)]));
  const eventIds = records
    .filter((r) => {
      const kinds = kindsOf(r.name);
      return kinds.size === 0 || wanted.size === 0 || [...kinds].some((k) => wanted.has(k));
    })
    .map((r) => r.id);
  if (eventIds.length === 0) return new Map();
  const ends = await store.getRelationEnds(
    eventIds.map((entityId) => ({ entityId, types: ['PARTICIPATED_IN'], direction: 'IN' as const, first: PARTICIPANTS_PER_EVENT })),
  );
  const summaries = await store.getRelationshipSummaries(ends.flat().map((e) => e.id));
  const roles = new Map<string, Participation[]>();
  for (const s of summaries) {
    if (s) roles.set(s.targetId, [...(roles.get(s.targetId) ?? []), { id: s.sourceId, role: s.role }]);
  }
  return new Map(eventIds.map((id) => [id, principalParticipants(roles.get(id) ?? [])]));
}
