import type { EntityRecord } from '../../domain/entity.js';
import { builder } from '../builder.js';
import { EntityRef, typedRelations } from './entity.js';
import { entityNodeOptions } from './entity-node.js';
import { RelationshipRef } from './relationship.js';

/** Relationship types that tie a person to an organisation they belong to, lead or work for. */
export const MEMBERSHIP_TYPES = ['MEMBER_OF', 'LEADS', 'HEAD_OF', 'WORKS_FOR', 'FORMERLY_WORKED_FOR', 'WRITES_FOR'] as const;

export const PersonRef = builder.node(builder.objectRef<EntityRecord>('Person'), {
  ...entityNodeOptions('PERSON'),
  interfaces: [EntityRef],
  fields: (t) => ({
    roles: t.exposeStringList('roles', {
      description: 'occupations and offices as stated in the sources: journalist, lawyer, president, opposition activist',
    }),
    nationality: t.stringList({
      description: 'nationality or citizenship as the sources state it: Kazakh, Russian citizen',
      resolve: (p) => p.nationality ?? [],
    }),
    memberships: t.field({
      type: [RelationshipRef],
      description: `organisations this person belongs to, leads or works for (${MEMBERSHIP_TYPES.join(', ')}), with status and citations`,
      resolve: typedRelations(MEMBERSHIP_TYPES, 'OUT'),
    }),
    imprisonedIn: t.field({
      type: [RelationshipRef],
      description: 'the prisons holding this person (IMPRISONED_IN), with status and citations',
      resolve: typedRelations(['IMPRISONED_IN'], 'OUT'),
    }),
  }),
});
