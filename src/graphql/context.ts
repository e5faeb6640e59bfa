import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { Viewer } from '../access/viewer.js';
import type { Citation } from '../domain/entity.js';
import type { RelationshipRecord, RelationsQuery } from '../domain/relationship.js';
import type { GraphStore } from '../storage/graph-store.js';
import type { QueryCostLimits } from './complexity.js';
import { countingStore, type RoundTripCounter } from './counting-store.js';
import { NodeLoader } from './node-loader.js';

export interface Loaders {
  /** entities and articles by id, in one batch (ids are type-prefixed); articles with or without their text */
  nodes: NodeLoader;
  /** where the sources mention each entity, loaded only for entities whose `mentions` is selected */
  mentions: DataLoader<string, Citation[]>;
  /** the relationships of one entity per key, in the store's order (type, then id) */
  relations: DataLoader<RelationsQuery, RelationshipRecord[], string>;
}

export interface KgContext {
  /** the request's view of the store: calls through it are counted */
  store: GraphStore;
  loaders: Loaders;
  counter: RoundTripCounter;
  logger: Logger;
  /** who is asking, and whether editing is configured at all; see requireEditor in editor-access.ts */
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

/** A relations key with its fields in a fixed order, so equal queries share a cache entry. */
export function relationsQuery(entityId: string, types: readonly string[] | null, direction: RelationsQuery['direction'], first: number): RelationsQuery {
  return { entityId, types: types ? [...types] : null, direction, first };
}

/** Fresh loaders per request: their caches must never outlive one request's view of the data. */
export function createContext(store: GraphStore, logger: Logger, access: RequestAccess = ANONYMOUS): KgContext {
  const counter: RoundTripCounter = { roundTrips: 0 };
  const counted = countingStore(store, counter);
  const nodes = new NodeLoader(counted);
  return {
    store: counted,
    counter,
    logger,
    access,
    loaders: {
      nodes,
      mentions: new DataLoader((ids) => counted.getMentions(ids)),
      // the entities at the other ends come in the same read and wait in the node loader: a page's `other`
      // (and a timeline's events) cost no round trip of their own
      relations: new DataLoader(async (queries) => {
        const pages = await counted.getRelationsWithOthers(queries);
        for (const page of pages) for (const other of page.others) nodes.prime(other);
        return pages.map((page) => page.relationships);
      }, {
        cacheKeyFn: (q) => JSON.stringify([q.entityId, q.types, q.direction, q.first]),
      }),
    },
  };
}
