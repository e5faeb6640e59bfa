import type { EntityRecord, EntityWithMentions } from '../../domain/entity.js';
import type { Direction } from '../../domain/relationship.js';
import { intInRange, LIMITS, relationshipTypesArg } from '../arguments/argument-checks.js';
import { builder } from '../builder.js';
import type { KgContext } from '../context.js';
import { relationsQuery } from '../loaders/request-loaders.js';
import { DirectionEnum, EntityTypeEnum } from './enums.js';
import { entityTypeName } from './node-ids.js';
import { CitationRef, EntityRef, RelationshipRef } from './refs.js';
import { viewsFrom, type RelationshipView } from './relationship-view.js';

export { EntityRef };

/** How many relationships a typed field (memberships, inmates, ...) returns at most. */
export const TYPED_RELATIONS_LIMIT = 200;

/** The relationships of some types in one direction, for typed fields such as Person.memberships. */
export function typedRelations(types: readonly string[], direction: Direction) {
  return async (entity: EntityRecord, _args: object, ctx: KgContext): Promise<RelationshipView[]> =>
    viewsFrom(entity.id, await ctx.loaders.relations.load(relationsQuery(entity.id, [...types].sort(), direction, TYPED_RELATIONS_LIMIT)));
}

/** The arguments of `related` and `neighbours`, as clients send them. */
interface RelatedArgs {
  types?: readonly string[] | null;
  direction?: Direction | null;
  first?: number | null;
}

/** `related` and `neighbours`: one page of an entity's relationships, each read from the entity. */
export async function relatedViews(entity: EntityRecord, args: RelatedArgs, ctx: KgContext): Promise<RelationshipView[]> {
  const first = intInRange('first', args.first ?? 50, LIMITS.first.min, LIMITS.first.max);
  const types = relationshipTypesArg('types', args.types);
  const query = relationsQuery(entity.id, types, args.direction ?? 'BOTH', first);
  return viewsFrom(entity.id, await ctx.loaders.relations.load(query));
}

EntityRef.implement({
  description: 'A person, organisation, event or place.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => entityTypeName(entity.type),
  fields: (t) => ({
    type: t.field({ type: EntityTypeEnum, resolve: (e) => e.type }),
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases', { description: 'other names and spellings seen for this entity' }),
    related: t.field({
      type: [RelationshipRef],
      description: `relationships of this entity, both directions by default, each with its status and citations, read from this entity: \`direction\` and \`other\` answer for it, and each item's \`id\` names it (\`<relationshipId>@<entityId>\`; \`relationshipId\` and \`relationship\` are the relationship's own). Ordered by type, then id. An empty \`types\` list means every type; first is ${LIMITS.first.min}..${LIMITS.first.max}.`,
      args: {
        types: t.arg.stringList({ required: false }),
        direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH' }),
        first: t.arg.int({ defaultValue: 50 }),
      },
      resolve: relatedViews,
    }),
    mentions: t.field({
      type: [CitationRef],
      description: 'where the sources mention this entity',
      // loaded only when selected, for every entity of the level in one batch; an edit's result carries its own
      resolve: (e, _args, ctx) => ('mentions' in e ? (e as EntityWithMentions).mentions : ctx.loaders.mentions.load(e.id)),
    }),
  }),
});
