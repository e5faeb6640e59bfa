import type { EntityRecord } from '../../domain/entity.js';
import { builder } from '../builder.js';
import { EntityRef, typedRelations } from './entity.js';
import { entityNodeOptions } from './entity-node.js';
import { OrganisationKindEnum } from './enums.js';
import { MEMBERSHIP_TYPES } from './person.js';
import { RelationshipRef } from './relationship.js';

export const OrganisationRef = builder.node(builder.objectRef<EntityRecord>('Organisation'), {
  ...entityNodeOptions('ORGANISATION'),
  interfaces: [EntityRef],
  fields: (t) => ({
    kind: t.field({ type: OrganisationKindEnum, resolve: (o) => o.kind ?? 'OTHER' }),
    members: t.field({
      type: [RelationshipRef],
      description: `people and organisations that belong to, lead or work for it (${MEMBERSHIP_TYPES.join(', ')})`,
      resolve: typedRelations(MEMBERSHIP_TYPES, 'IN'),
    }),
    inmates: t.field({
      type: [RelationshipRef],
      description: 'for a prison: the people held in it (IMPRISONED_IN), with status and citations',
      resolve: typedRelations(['IMPRISONED_IN'], 'IN'),
    }),
  }),
});
