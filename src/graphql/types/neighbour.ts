import { LIMITS } from '../arguments/argument-checks.js';
import { builder } from '../builder.js';
import { EntityRef, relatedViews } from './entity.js';
import { DirectionEnum } from './enums.js';
import { loadEntity } from '../loaders/resolver-reads.js';
import { directionOf, otherEndOf, RelationshipRef, unviewed, viewId, type RelationshipView } from './relationship.js';

export const NeighbourRef = builder.objectRef<RelationshipView>('Neighbour').implement({
  description:
    "One of an entity's relationships read from that entity: who is at the other end and which way the relationship points. Its id names the relationship and this end, so a client cache keyed by id keeps each end's reading apart; `relationship` is the relationship itself, one object from both ends.",
  fields: (t) => ({
    id: t.id({ description: 'names the relationship and the end it is read from', resolve: viewId }),
    direction: t.field({ type: DirectionEnum, description: "OUT where this entity is the relationship's start", resolve: directionOf }),
    other: t.field({
      type: EntityRef,
      description: 'the entity at the other end',
      resolve: (v, _args, ctx) => loadEntity(ctx, otherEndOf(v)),
    }),
    relationship: t.field({
      type: RelationshipRef,
      description: 'what the relationship is, since when, how sure, and on whose word, keyed by its own id',
      resolve: (v) => unviewed(v.record),
    }),
  }),
});

builder.interfaceField(EntityRef, 'neighbours', (t) =>
  t.field({
    type: [NeighbourRef],
    description: `\`related\` read from this entity, one item per relationship, in the same order and with the same arguments (first is ${LIMITS.first.min}..${LIMITS.first.max})`,
    deprecationReason:
      '`related` answers the same, and a client cache keyed by id now holds it: its ids name the end they are read from, and `relationship` is there too',
    args: {
      types: t.arg.stringList({ required: false }),
      direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH' }),
      first: t.arg.int({ defaultValue: 50 }),
    },
    resolve: relatedViews,
  }),
);
