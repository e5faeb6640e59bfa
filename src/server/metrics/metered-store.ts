import type { GraphStore } from '../../storage/graph-store.js';
import type { ServerMetrics } from './server-metrics.js';

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/**
 * The store with every call of a port method timed into kg_store_call_duration_seconds: its count is the
 * store round trips, its sum their time, whoever calls (GraphQL, /export, /ready). Like the per-request
 * counting store (src/graphql/loaders), it wraps calls from outside only: a method calling another on
 * its own store is one round trip. A call that returns an async iterator is timed until it returns.
 */
export function meteredStore(store: GraphStore, metrics: ServerMetrics): GraphStore {
  return new Proxy(store, {
    get(target, property) {
      // the target as receiver: getters and methods see the store itself, private fields and all
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      const method = metrics.storeMethods.label(property);
      return (...args: unknown[]) => {
        const stop = metrics.storeCalls.startTimer({ method });
        try {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          if (isPromise(result)) return result.finally(stop);
          stop();
          return result;
        } catch (error) {
          stop();
          throw error;
        }
      };
    },
  });
}
