import type { EntityRecord } from '../domain/entity.js';
import type { EventsAround } from '../resolution/compare-events.js';
import type { IncomingEntity } from '../resolution/incoming-entity.js';
import type { GraphReader } from '../storage/graph-store.js';

/**
 * How many events of one participant are compared at most: enough for anyone's record in the news, and a
 * bound on what one document's resolution reads however famous its people.
 */
const EVENTS_PER_PARTICIPANT = 2000;

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
  if (participantIds.length === 0) return { records: [], participantsOf };
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
  return { records, participantsOf };
}
