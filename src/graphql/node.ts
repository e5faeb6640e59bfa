import { builder } from './builder.js';
import { nodeTypeNameOfId } from './node-ids.js';

builder.queryField('node', (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any entity or article by its id, like person:sergei-duvanov; null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    // an id no type could have is answered without asking the store
    resolve: (_root, { id }, ctx) => (nodeTypeNameOfId(String(id)) ? ctx.loaders.nodes.load(String(id)) : null),
  }),
);
