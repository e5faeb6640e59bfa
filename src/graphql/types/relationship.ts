import { CitationRef, EntityRef, RelationshipRef } from './refs.js';
import { directionOf, otherEndOf } from './relationship-view.js';
import { ClaimStatusEnum, DirectionEnum } from './enums.js';
import { loadEntity } from '../loaders/resolver-reads.js';
import { PartialDateRef } from './partial-date.js';

export { directionOf, otherEndOf, viewsFrom, type RelationshipView } from './relationship-view.js';

/**
 * `direction` and `other` answer for the end the relationship is read from, yet the object keeps the
 * relationship's id (clients match it across ends, and it names the relationship in the editors'
 * mutations and the history): a cache that keys objects by id would hold one end's answers for both.
 */
const END_DEPENDENT =
  'relative to the entity it is read from; a client that caches objects by id reads `source`/`target` here, or `neighbours`, whose ids name the end';

export { RelationshipRef };

RelationshipRef.implement({
  description:
    'A relationship between two entities (`source` to `target`): what it is, since when, how sure, and on whose word. Its id is the same from both ends.',
  fields: (t) => ({
    id: t.id({ resolve: (v) => v.record.id }),
    type: t.string({
      description: 'upper snake case: REPRESENTS, MEMBER_OF, LEADS, IMPRISONED_IN, PARTICIPATED_IN, ...',
      resolve: (v) => v.record.type,
    }),
    direction: t.field({
      type: DirectionEnum,
      description: `OUT where this entity is the relationship's start: ${END_DEPENDENT}`,
      resolve: directionOf,
    }),
    other: t.field({
      type: EntityRef,
      description: `the entity at the other end: ${END_DEPENDENT}`,
      resolve: (v, _args, ctx) => loadEntity(ctx, otherEndOf(v)),
    }),
    source: t.field({
      type: EntityRef,
      description: "the relationship's start, the same from both ends (`direction` and `other` are relative to the end it is read from)",
      resolve: (v, _args, ctx) => loadEntity(ctx, v.record.sourceId),
    }),
    target: t.field({
      type: EntityRef,
      description: "the relationship's end, the same from both ends",
      resolve: (v, _args, ctx) => loadEntity(ctx, v.record.targetId),
    }),
    status: t.field({
      type: ClaimStatusEnum,
      description:
        "summarises the citations' own statuses: DENIED when every source denies it; ALLEGED and disputed when some deny what others assert; otherwise the strongest any source gives (CONFIRMED, REPORTED, ALLEGED)",
      resolve: (v) => v.record.status,
    }),
    disputed: t.boolean({ description: 'true when one source denies what another asserts', resolve: (v) => v.record.disputed }),
    citations: t.field({ type: [CitationRef], resolve: (v) => v.record.citations }),
    role: t.string({ nullable: true, description: 'PARTICIPATED_IN only: subject, victim, visitor, ...', resolve: (v) => v.record.role }),
    start: t.field({ type: PartialDateRef, nullable: true, resolve: (v) => v.record.start }),
    end: t.field({ type: PartialDateRef, nullable: true, resolve: (v) => v.record.end }),
  }),
});
