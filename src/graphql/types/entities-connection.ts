import type { EntityRecord, EntityType } from '../../domain/entity.js';
import { entityTypeOfId } from '../../domain/entity.js';
import { LIMITS } from '../arguments/argument-checks.js';
import { builder } from '../builder.js';
import { EntityRef } from './entity.js';
import { EntityTypeEnum } from './enums.js';
import { encodeCursor, fetchIdPage, pageInfoOf, type IdPage } from '../arguments/id-pages.js';

interface EntityPage extends IdPage<EntityRecord> {
  type: EntityType | null;
}

const EntityEdgeRef = builder.objectRef<EntityRecord>('EntityEdge').implement({
  fields: (t) => ({
    cursor: t.string({ resolve: (e) => encodeCursor(e.id) }),
    node: t.field({ type: EntityRef, resolve: (e) => e }),
  }),
});

const EntityConnectionRef = builder.objectRef<EntityPage>('EntityConnection').implement({
  fields: (t) => ({
    edges: t.field({ type: [EntityEdgeRef], resolve: (page) => page.records }),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: pageInfoOf }),
    // counted only when asked for: a count is a whole scan on some stores
    totalCount: t.int({
      description: 'all entities of the type asked for, on every page',
      resolve: (page, _args, ctx) => ctx.store.countEntities(page.type),
    }),
  }),
});

const isEntityId = (id: string) => entityTypeOfId(id) !== null;

builder.queryField('entities', (t) =>
  t.field({
    type: EntityConnectionRef,
    description: `every entity, or those of one type, ordered by id; first is ${LIMITS.first.min}..${LIMITS.first.max}`,
    args: {
      type: t.arg({ type: EntityTypeEnum, required: false }),
      first: t.arg.int({ defaultValue: 20 }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const type = args.type ?? null;
      const page = await fetchIdPage(args, { isId: isEntityId, list: 'entities' }, ({ after, first }) =>
        ctx.store.listEntities({ type, after, first }),
      );
      return { ...page, type };
    },
  }),
);
