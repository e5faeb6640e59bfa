import { CLAIM_STATUSES, ENTITY_TYPES, ORGANISATION_KINDS } from '../../domain/entity.js';
import { builder } from '../builder.js';

export const EntityTypeEnum = builder.enumType('EntityType', { values: ENTITY_TYPES });

export const OrganisationKindEnum = builder.enumType('OrganisationKind', { values: ORGANISATION_KINDS });

export const ClaimStatusEnum = builder.enumType('ClaimStatus', {
  description: 'How the sources put a fact: REPORTED as fact, ALLEGED by someone, CONFIRMED, or DENIED.',
  values: CLAIM_STATUSES,
});

export const DirectionEnum = builder.enumType('Direction', {
  description: "OUT: from this entity (it is the relationship's source); IN: to it; BOTH: either.",
  values: ['OUT', 'IN', 'BOTH'] as const,
});
