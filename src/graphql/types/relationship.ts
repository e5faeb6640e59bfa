import { CitationRef, EntityRef, RelationshipRef } from './refs.js';
import { directionOf, otherEndOf, unviewed, viewId } from './relationship-view.js';
import { ClaimStatusEnum, DirectionEnum } from './enums.js';
import { loadEntity } from '../loaders/resolver-reads.js';
import { PartialDateRef } from './partial-date.js';

export { directionOf, otherEndOf, unviewed, viewId, viewsFrom, type RelationshipView } from './relationship-view.js';

export { RelationshipRef };

const END_DEPENDENT = 'relative to the entity it is read from, which `id` names; read from no entity, as from `source`';

RelationshipRef.implement({
  description:
    "A relationship between two entities (`source` to `target`): what it is, since when, how sure, and on whose word. Read from an entity (its `related`, a person's `memberships`, ...), `direction` and `other` answer for that entity and `id` names that end, `<relationshipId>@<entityId>`, so that a client cache keyed by id (Apollo Client's InMemoryCache, urql's graphcache, Relay) keeps each end's reading apart. `relationship` is the same relationship keyed by its own id (`relationshipId`), one object from both ends; it is what disputes and `judgeRelationship` answer.",
  fields: (t) => ({
    id: t.id({
      description:
        "`<relationshipId>@<entityId>` where read from an entity, since `direction` and `other` depend on that end; `relationshipId` where read from no entity (`relationship`, a dispute's, `judgeRelationship`'s). Editors' mutations and `history` take either form",
      resolve: viewId,
    }),
    relationshipId: t.id({
      description: "the relationship's own id, the same from both ends (`id` names the end it is read from, too)",
      resolve: (v) => v.record.id,
    }),
    relationship: t.field({
      type: RelationshipRef,
      description:
        "this relationship keyed by its own id, one object from both ends (`direction` OUT, `other` its target): a client cache holds its facts once, and editors' mutations answer with it",
      resolve: (v) => unviewed(v.record),
    }),
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
