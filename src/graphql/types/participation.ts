import type { RelationshipRecord } from '../../domain/relationship.js';
import { builder } from '../builder.js';
import { CitationRef } from './citation.js';
import { EntityRef } from './entity.js';
import { ClaimStatusEnum } from './enums.js';
import { loadEntity } from '../loaders/resolver-reads.js';

/** A PARTICIPATED_IN relationship seen from its event. */
export const ParticipationRef = builder.objectRef<RelationshipRecord>('Participation').implement({
  description: 'Who took part in an event, in what role, how sure, and on whose word.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (p, _args, ctx) => loadEntity(ctx, p.sourceId) }),
    role: t.exposeString('role', { nullable: true, description: 'subject, victim, visitor, organiser, ...' }),
    status: t.field({ type: ClaimStatusEnum, resolve: (p) => p.status }),
    citations: t.field({ type: [CitationRef], resolve: (p) => p.citations }),
  }),
});
