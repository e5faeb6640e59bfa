import type { EntityRecord } from '../../domain/entity.js';
import { builder } from '../builder.js';
import { relationsQuery } from '../loaders/request-loaders.js';
import { EntityRef, TYPED_RELATIONS_LIMIT, typedRelations } from './entity.js';
import { entityNodeOptions } from './entity-node.js';
import { isEntityRecord } from '../loaders/node-loader.js';
import { DateClaimRef } from './date-claim.js';
import { EventStatusEnum, QuantityRef, StatusClaimRef, UnnamedParticipationRef } from './event-details.js';
import { PartialDateRef } from './partial-date.js';
import { ParticipationRef } from './participation.js';
import { PlaceRef } from './place.js';
import { RelationshipRef } from './relationship.js';

export const EventRef = builder.node(builder.objectRef<EntityRecord>('Event'), {
  ...entityNodeOptions('EVENT'),
  interfaces: [EntityRef],
  fields: (t) => ({
    date: t.field({
      type: PartialDateRef,
      nullable: true,
      description:
        'the date the timeline uses: of the dates the sources give, the one most of them agree with, then the most precise, then the earliest (README, "On whose word")',
      resolve: (e) => e.date,
    }),
    dates: t.field({
      type: [DateClaimRef],
      description: 'every date the sources give for this event, each with the citations that give it',
      resolve: (e) => e.dates,
    }),
    disputed: t.boolean({
      description: 'true when the sources disagree about this event (its date, whether it happened)',
      resolve: (e) => e.disputed,
    }),
    status: t.field({
      type: EventStatusEnum,
      description:
        'whether it took place: a settled outcome (HAPPENED, CANCELLED, PREVENTED) over a plan; of settled ones, what most sources say (README, "On whose word")',
      resolve: (e) => e.event?.status ?? 'HAPPENED',
    }),
    statuses: t.field({
      type: [StatusClaimRef],
      description: 'every status the sources give, each with its citations',
      resolve: (e) => e.event?.statuses ?? [],
    }),
    quantities: t.field({
      type: [QuantityRef],
      description: 'sentences, fines, bail and other amounts the event set',
      resolve: (e) => e.event?.quantities ?? [],
    }),
    unnamedParticipants: t.field({
      type: [UnnamedParticipationRef],
      description: 'who took part without being named as an entity',
      resolve: (e) => e.event?.unnamedParticipants ?? [],
    }),
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
      resolve: async (e, _args, ctx) => ctx.loaders.relations.load(relationsQuery(e.id, ['PARTICIPATED_IN'], 'IN', TYPED_RELATIONS_LIMIT)),
    }),
    concerns: t.field({
      type: [RelationshipRef],
      description: 'whom or what the event was about (CONCERNS), with status and citations',
      resolve: typedRelations(['CONCERNS'], 'OUT'),
    }),
  }),
});
