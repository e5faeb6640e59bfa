import type { Logger } from 'pino';
import type { Viewer } from '../access/viewer.js';
import type { GraphStore } from '../storage/graph-store.js';
import type { QueryCostLimits } from './complexity.js';
import { countingStore, type RoundTripCounter } from './loaders/counting-store.js';
import { createLoaders, type Loaders } from './loaders/request-loaders.js';

/** What every resolver is handed: made per request by the server (src/server/yoga.ts), the CLI and the tests. */
export interface KgContext {
  /** the request's view of the store: calls through it are counted */
  store: GraphStore;
  loaders: Loaders;
  counter: RoundTripCounter;
  logger: Logger;
  /** who is asking, and whether editing is configured at all; see requireEditor in errors/editor-access.ts */
  access: RequestAccess;
  /** the query cost limits of this request; none means unlimited (the CLI and tests of the schema alone) */
  costLimits?: QueryCostLimits;
}

export interface RequestAccess {
  viewer: Viewer;
  /** false while no editor token is configured: every mutation is refused */
  editingEnabled: boolean;
}

const ANONYMOUS: RequestAccess = { viewer: { kind: 'anonymous' }, editingEnabled: false };

/** A fresh context per request: its loaders' caches must never outlive one request's view of the data. */
export function createContext(store: GraphStore, logger: Logger, access: RequestAccess = ANONYMOUS): KgContext {
  const counter: RoundTripCounter = { roundTrips: 0 };
  const counted = countingStore(store, counter);
  return { store: counted, counter, logger, access, loaders: createLoaders(counted) };
}
