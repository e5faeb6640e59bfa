import DataLoader from 'dataloader';
import type { Citation } from '../../domain/entity.js';
import type { RelationshipRecord, RelationsQuery } from '../../domain/relationship.js';
import type { GraphStore } from '../../storage/graph-store.js';
import { NodeLoader } from './node-loader.js';

/** One request's DataLoaders: each batches the reads of one query level into one store call. */
export interface Loaders {
  /** entities and articles by id, in one batch (ids are type-prefixed); articles with or without their text */
  nodes: NodeLoader;
  /** where the sources mention each entity, loaded only for entities whose `mentions` is selected */
  mentions: DataLoader<string, Citation[]>;
  /** the relationships of one entity per key, in the store's order (type, then id) */
  relations: DataLoader<RelationsQuery, RelationshipRecord[], string>;
}

/** A relations key with its fields in a fixed order, so equal queries share a cache entry. */
export function relationsQuery(
  entityId: string,
  types: readonly string[] | null,
  direction: RelationsQuery['direction'],
  first: number,
): RelationsQuery {
  return { entityId, types: types ? [...types] : null, direction, first };
}

/** Fresh loaders over the request's (counted) store: their caches must never outlive one request's view of the data. */
export function createLoaders(store: GraphStore): Loaders {
  const nodes = new NodeLoader(store);
  return {
    nodes,
    mentions: new DataLoader((ids) => store.getMentions(ids)),
    // the entities at the other ends come in the same read and wait in the node loader: a page's `other`
    // (and a timeline's events) cost no round trip of their own
    relations: new DataLoader(
      async (queries) => {
        const pages = await store.getRelationsWithOthers(queries);
        for (const page of pages) for (const other of page.others) nodes.prime(other);
        return pages.map((page) => page.relationships);
      },
      {
        cacheKeyFn: (q) => JSON.stringify([q.entityId, q.types, q.direction, q.first]),
      },
    ),
  };
}
