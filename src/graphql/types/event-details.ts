import {
  EVENT_STATUSES,
  QUANTITY_KINDS,
  QUANTITY_QUALIFIERS,
  type Quantity,
  type StatusClaim,
  type UnnamedParticipation,
} from '../../domain/event-details.js';
import { builder } from '../builder.js';
import { CitationRef } from './citation.js';
import { ClaimStatusEnum } from './enums.js';

export const EventStatusEnum = builder.enumType('EventStatus', {
  description: 'Whether an event took place: HAPPENED, or only PLANNED, or PREVENTED, or CANCELLED.',
  values: EVENT_STATUSES,
});

export const QuantityKindEnum = builder.enumType('QuantityKind', { values: QUANTITY_KINDS });
export const QuantityQualifierEnum = builder.enumType('QuantityQualifier', { values: QUANTITY_QUALIFIERS });

export const QuantityRef = builder.objectRef<Quantity>('Quantity').implement({
  description: 'A duration or an amount an event set: a sentence of 3.5 years, a fine, bail; with the citations that give it.',
  fields: (t) => ({
    kind: t.field({ type: QuantityKindEnum, resolve: (q) => q.kind }),
    value: t.exposeFloat('value'),
    unit: t.exposeString('unit', { description: 'years, months, days; or a currency: KZT, USD' }),
    qualifier: t.field({ type: QuantityQualifierEnum, nullable: true, description: 'null: exactly', resolve: (q) => q.qualifier }),
    citations: t.field({ type: [CitationRef], resolve: (q) => q.citations }),
  }),
});

export const StatusClaimRef = builder.objectRef<StatusClaim>('EventStatusClaim').implement({
  description: 'Whether an event happened, as some sources tell it.',
  fields: (t) => ({
    status: t.field({ type: EventStatusEnum, resolve: (s) => s.status }),
    citations: t.field({ type: [CitationRef], resolve: (s) => s.citations }),
  }),
});

export const UnnamedParticipationRef = builder.objectRef<UnnamedParticipation>('UnnamedParticipation').implement({
  description: "A part in an event taken by someone the article does not name ('his supporters', 'two legal professors').",
  fields: (t) => ({
    name: t.exposeString('name', { description: 'as the article describes them' }),
    role: t.exposeString('role'),
    status: t.field({ type: ClaimStatusEnum, resolve: (p) => p.status }),
    citations: t.field({ type: [CitationRef], resolve: (p) => p.citations }),
  }),
});
