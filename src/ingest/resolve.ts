import { DistinctPairs } from '../domain/duplicates.js';
import type { EntityRecord, EntityType } from '../domain/entity.js';
import { chooseBestMatch, type Resolution } from '../resolution/best-match.js';
import { compareEvents } from '../resolution/compare-events.js';
import { compareNamed } from '../resolution/compare-names.js';
import type { IncomingEntity } from '../resolution/incoming-entity.js';
import { namesToLookUp } from '../resolution/match-keys.js';
import type { GraphReader } from '../storage/graph-store.js';
import { eventsAround } from './events-around.js';

/**
 * Finds, for each incoming entity, the stored entity it is and what nearly matched (see compareNamed for
 * people, organisations and places, compareEvents for events). Events are resolved after the rest, since
 * whether two events are one depends on who took part. `distinct` holds pairs of stored ids an editor has
 * said are different: never merged into one another's place, never proposed again.
 */
export async function resolveEntities(store: GraphReader, incoming: readonly IncomingEntity[]): Promise<Resolution> {
  const resolution: Resolution = { matches: new Map(), merges: [], nearMisses: [] };
  const named = incoming.filter((e) => e.type !== 'EVENT');
  const candidatesByName = await searchNames(store, named.flatMap(namesToLookUp));
  const candidatesOf = new Map(
    named.map((entity) => {
      const candidates = new Map<string, EntityRecord>();
      for (const name of namesToLookUp(entity)) {
        for (const c of candidatesByName.get(name) ?? []) candidates.set(c.id, c);
      }
      return [entity.key, [...candidates.values()]];
    }),
  );
  const distinct = await distinctPairsAmong(store, [...candidatesOf.values()].flat());
  for (const entity of named) {
    chooseBestMatch(
      resolution,
      entity,
      candidatesOf.get(entity.key)!.map((c) => ({ record: c, outcome: compareNamed(entity, c) })),
      distinct,
    );
  }
  const events = incoming.filter((e) => e.type === 'EVENT');
  if (events.length > 0) {
    const storedEvents = await eventsAround(store, events, resolution.matches);
    const byName = await searchNames(
      store,
      events.map((e) => e.name),
      ['EVENT'],
    );
    const candidatesOf = new Map(
      events.map((e) => [e.key, [...new Map([...(byName.get(e.name) ?? []), ...storedEvents.records].map((c) => [c.id, c])).values()]]),
    );
    const distinctEvents = await distinctPairsAmong(store, [...candidatesOf.values()].flat());
    for (const event of events) {
      chooseBestMatch(
        resolution,
        event,
        candidatesOf.get(event.key)!.map((c) => ({ record: c, outcome: compareEvents(event, c, storedEvents, resolution.matches) })),
        distinctEvents,
      );
    }
  }
  return resolution;
}

/** The pairs among these stored entities that an editor has marked distinct. */
async function distinctPairsAmong(store: GraphReader, candidates: readonly EntityRecord[]): Promise<DistinctPairs> {
  const ids = [...new Set(candidates.map((c) => c.id))];
  return new DistinctPairs(ids.length > 0 ? await store.findDistinctPairs(ids) : []);
}

/**
 * Enough for every entity a name could merge with or be proposed against: candidates come ranked by the
 * rarity of the keys they share, so the ones past this are those sharing only common words.
 */
const CANDIDATES_PER_NAME = 60;

/** Candidates for every distinct name by the store's blocking keys, all in one round trip. */
async function searchNames(
  store: GraphReader,
  names: readonly string[],
  types: EntityType[] | null = null,
): Promise<Map<string, EntityRecord[]>> {
  const distinct = [...new Set(names)];
  if (distinct.length === 0) return new Map();
  const results = await store.matchCandidatesBatch(distinct.map((name) => ({ name, types, first: CANDIDATES_PER_NAME })));
  return new Map(distinct.map((name, i) => [name, results[i]]));
}
