import type { GraphStore } from '../../storage/graph-store.js';

export interface RoundTripCounter {
  roundTrips: number;
}

/**
 * The store as one request sees it: every call of a port method counts as one round trip, so tests and
 * `trace` can show that a nested query costs one trip per level rather than one per object.
 */
export function countingStore(store: GraphStore, counter: RoundTripCounter): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        counter.roundTrips++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
