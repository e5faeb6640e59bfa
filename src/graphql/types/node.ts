import { entityTypeOfId } from '../../domain/entity.js';
import { builder } from '../builder.js';
import type { KgContext } from '../context.js';
import { currentEntities } from '../loaders/redirects.js';
import { nodeTypeNameOfId } from './node-ids.js';

/** An entity id merged or renamed answers with the entity it became, so links made before keep working. */
async function loadNodeFollowingMerges(ctx: KgContext, id: string) {
  const node = await ctx.loaders.nodes.load(id);
  if (node !== null || entityTypeOfId(id) === null) return node;
  return (await currentEntities(ctx, [id]))[0];
}

builder.queryField('node', (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description:
      'Any entity or article by its id, like person:sergei-duvanov; an id merged into another answers with the entity it became; null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    // an id no type could have is answered without asking the store
    resolve: (_root, { id }, ctx) => (nodeTypeNameOfId(String(id)) ? loadNodeFollowingMerges(ctx, String(id)) : null),
  }),
);
