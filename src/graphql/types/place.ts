import type { EntityRecord } from '../../domain/entity.js';
import { builder } from '../builder.js';
import { EntityRef, typedRelations } from './entity.js';
import { entityNodeOptions } from './entity-node.js';
import { RelationshipRef } from './relationship.js';

export const PlaceRef = builder.node(builder.objectRef<EntityRecord>('Place'), {
  ...entityNodeOptions('PLACE'),
  interfaces: [EntityRef],
  fields: (t) => ({
    events: t.field({
      type: [RelationshipRef],
      description: 'events that took place here (TOOK_PLACE_IN); `timeline` gives them in date order',
      resolve: typedRelations(['TOOK_PLACE_IN'], 'IN'),
    }),
  }),
});
