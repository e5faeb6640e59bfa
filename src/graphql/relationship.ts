import type { RelationshipRecord } from '../domain/relationship.js';
import { builder } from './builder.js';
import { CitationRef } from './citation.js';
import { EntityRef } from './entity.js';
import { ClaimStatusEnum, DirectionEnum } from './enums.js';
import { loadEntity } from './load.js';
import { PartialDateRef } from './partial-date.js';

/** A stored relationship as seen from one of its ends. */
export interface RelationshipView {
  record: RelationshipRecord;
  viewedFrom: string;
}

export function viewsFrom(entityId: string, records: readonly RelationshipRecord[]): RelationshipView[] {
  return records.map((record) => ({ record, viewedFrom: entityId }));
}

export const RelationshipRef = builder.objectRef<RelationshipView>('Relationship').implement({
  description: 'A relationship of an entity: what it is, with whom, since when, how sure, and on whose word.',
  fields: (t) => ({
    id: t.id({ resolve: (v) => v.record.id }),
    type: t.string({
      description: 'upper snake case: REPRESENTS, MEMBER_OF, LEADS, IMPRISONED_IN, PARTICIPATED_IN, ...',
      resolve: (v) => v.record.type,
    }),
    direction: t.field({
      type: DirectionEnum,
      description: "OUT where this entity is the relationship's start",
      resolve: (v) => (v.record.sourceId === v.viewedFrom ? 'OUT' : 'IN'),
    }),
    other: t.field({
      type: EntityRef,
      description: 'the entity at the other end',
      resolve: (v, _args, ctx) => loadEntity(ctx, v.record.sourceId === v.viewedFrom ? v.record.targetId : v.record.sourceId),
    }),
    status: t.field({
      type: ClaimStatusEnum,
      description: "summarises the citations' own statuses: DENIED when every source denies it; ALLEGED and disputed when some deny what others assert; otherwise the strongest any source gives (CONFIRMED, REPORTED, ALLEGED)",
      resolve: (v) => v.record.status,
    }),
    disputed: t.boolean({ description: 'true when one source denies what another asserts', resolve: (v) => v.record.disputed }),
    citations: t.field({ type: [CitationRef], resolve: (v) => v.record.citations }),
    role: t.string({ nullable: true, description: 'PARTICIPATED_IN only: subject, victim, visitor, ...', resolve: (v) => v.record.role }),
    start: t.field({ type: PartialDateRef, nullable: true, resolve: (v) => v.record.start }),
    end: t.field({ type: PartialDateRef, nullable: true, resolve: (v) => v.record.end }),
  }),
});
