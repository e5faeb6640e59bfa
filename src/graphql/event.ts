import type { EntityRecord } from '../domain/entity.js';
import { builder } from './builder.js';
import { relationsQuery } from './context.js';
import { EntityRef, TYPED_RELATIONS_LIMIT, typedRelations } from './entity.js';
import { entityNodeOptions } from './entity-node.js';
import { isEntityRecord } from './load.js';
import { PartialDateRef } from './partial-date.js';
import { ParticipationRef } from './participation.js';
import { PlaceRef } from './place.js';
import { RelationshipRef } from './relationship.js';

export const EventRef = builder.node(builder.objectRef<EntityRecord>('Event'), {
  ...entityNodeOptions('EVENT'),
  interfaces: [EntityRef],
  fields: (t) => ({
    date: t.field({ type: PartialDateRef, nullable: true, resolve: (e) => e.date }),
    place: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'where it took place (the TOOK_PLACE_IN relationship), when the sources say',
      resolve: async (e, _args, ctx) => {
        const [edge] = await ctx.loaders.relations.load(relationsQuery(e.id, ['TOOK_PLACE_IN'], 'OUT', TYPED_RELATIONS_LIMIT));
        const place = edge ? await ctx.loaders.nodes.load(edge.targetId) : null;
        return isEntityRecord(place) && place.type === 'PLACE' ? place : null;
      },
    }),
    participants: t.field({
      type: [ParticipationRef],
      description: 'who took part (PARTICIPATED_IN relationships to this event), with role, status and citations',
      resolve: async (e, _args, ctx) =>
        ctx.loaders.relations.load(relationsQuery(e.id, ['PARTICIPATED_IN'], 'IN', TYPED_RELATIONS_LIMIT)),
    }),
    concerns: t.field({
      type: [RelationshipRef],
      description: 'whom or what the event was about (CONCERNS), with status and citations',
      resolve: typedRelations(['CONCERNS'], 'OUT'),
    }),
  }),
});
