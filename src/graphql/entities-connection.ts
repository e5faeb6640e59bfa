import type { EntityRecord, EntityType } from '../domain/entity.js';
import { entityTypeOfId } from '../domain/entity.js';
import { badUserInput, intInRange, LIMITS } from './arguments.js';
import { builder } from './builder.js';
import { EntityRef } from './entity.js';
import { EntityTypeEnum } from './enums.js';

interface EntityPage {
  records: EntityRecord[];
  hasNextPage: boolean;
  after: string | null;
  type: EntityType | null;
}

/** Cursors are opaque to clients; inside, a cursor is the id of the entity it follows. */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (encodeCursor(id) !== cursor || entityTypeOfId(id) === null) {
    throw badUserInput('after', 'is not a cursor this API gave out; pass an edge cursor or pageInfo.endCursor from entities.');
  }
  return id;
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
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      resolve: (page) => ({
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.after !== null,
        startCursor: page.records.length > 0 ? encodeCursor(page.records[0].id) : null,
        endCursor: page.records.length > 0 ? encodeCursor(page.records[page.records.length - 1].id) : null,
      }),
    }),
    // counted only when asked for: a count is a whole scan on some stores
    totalCount: t.int({ description: 'all entities of the type asked for, on every page', resolve: (page, _args, ctx) => ctx.store.countEntities(page.type) }),
  }),
});

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
      const first = intInRange('first', args.first ?? 20, LIMITS.first.min, LIMITS.first.max);
      const after = args.after == null ? null : decodeCursor(args.after);
      const type = args.type ?? null;
      // one more than asked tells whether another page follows
      const records = await ctx.store.listEntities({ type, after, first: first + 1 });
      return { records: records.slice(0, first), hasNextPage: records.length > first, after, type };
    },
  }),
);
