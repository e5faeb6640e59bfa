import { undoMerge } from '../../editing/undo-merge.js';
import { updateEntity } from '../../editing/update-entity.js';
import { builder } from '../builder.js';
import { reportingClientErrors } from '../errors/client-errors.js';
import { checkedNote, editNoteArg } from '../arguments/edit-note.js';
import { requireEditor } from '../errors/editor-access.js';
import { EntityRef } from '../types/entity.js';
import { OrganisationKindEnum } from '../types/enums.js';
import { loadEntity } from '../loaders/resolver-reads.js';

builder.mutationField('updateEntity', (t) =>
  t.field({
    type: EntityRef,
    description:
      'set the name, aliases, roles (people) or kind (organisations) of an entity; fields left out keep their value, and a renamed entity keeps its old name as an alias unless `aliases` is given. Editors only.',
    args: {
      id: t.arg.id({ required: true }),
      name: t.arg.string(),
      aliases: t.arg.stringList(),
      roles: t.arg.stringList(),
      kind: t.arg({ type: OrganisationKindEnum }),
      note: editNoteArg(t),
    },
    resolve: async (_root, args, ctx) => {
      const editor = requireEditor(ctx);
      const note = checkedNote(args.note);
      const update = {
        name: args.name ?? undefined,
        aliases: args.aliases ?? undefined,
        roles: args.roles ?? undefined,
        kind: args.kind ?? undefined,
      };
      const id = await reportingClientErrors(() => updateEntity(ctx.store, String(args.id), update, { editor: editor.name, note }));
      ctx.loaders.nodes.clearAll();
      return loadEntity(ctx, id);
    },
  }),
);

builder.mutationField('undoMerge', (t) =>
  t.field({
    type: [EntityRef],
    description:
      'undo a merge by the id of its history record (Entity.history): the merged entities come back with their own relationships, citations and mentions; what was added to the survivor since stays with it. Editors only.',
    args: { edit: t.arg.id({ required: true, description: 'the id of the MERGE record' }), note: editNoteArg(t) },
    resolve: async (_root, args, ctx) => {
      const editor = requireEditor(ctx);
      const note = checkedNote(args.note);
      const entities = await reportingClientErrors(() => undoMerge(ctx.store, String(args.edit), { editor: editor.name, note }));
      ctx.loaders.nodes.clearAll();
      return Promise.all(entities.map((e) => loadEntity(ctx, e.id)));
    },
  }),
);
