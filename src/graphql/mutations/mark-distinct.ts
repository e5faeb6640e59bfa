import { newEditRecord } from '../../domain/editing.js';
import { isEntityRecord } from '../loaders/node-loader.js';
import { badUserInput, notFound } from '../errors/input-errors.js';
import { builder } from '../builder.js';
import { checkedNote, editNoteArg } from '../arguments/edit-note.js';
import { requireEditor } from '../errors/editor-access.js';
import { EntityRef } from '../types/entity.js';

/** Enough for any real set of look-alikes; a longer list is a mistake, and its pairs grow as its square. */
const MAX_DISTINCT_IDS = 10;

builder.mutationField('markDistinct', (t) =>
  t.field({
    type: [EntityRef],
    description: `rule that these entities (2..${MAX_DISTINCT_IDS}, all of one type) are different: every pair among them leaves possibleDuplicates and is never proposed again, nor merged by resolution; editors only. Returns the entities.`,
    args: { ids: t.arg.idList({ required: true }), note: editNoteArg(t) },
    resolve: async (_root, args, ctx) => {
      const editor = requireEditor(ctx);
      const note = checkedNote(args.note);
      const ids = [...new Set(args.ids.map(String))];
      if (ids.length < 2 || ids.length > MAX_DISTINCT_IDS) {
        throw badUserInput('ids', `must name 2..${MAX_DISTINCT_IDS} different entities; got ${ids.length}.`);
      }
      const nodes = await ctx.store.getNodes(ids);
      const entities = nodes.map((node, i) => {
        // an id merged into another resolves to its survivor: that is not the entity the editor named
        if (!isEntityRecord(node) || node.id !== ids[i]) throw notFound('ids', ids[i]);
        return node;
      });
      if (new Set(entities.map((e) => e.type)).size > 1) {
        throw badUserInput(
          'ids',
          `must name entities of one type; got ${[...new Set(entities.map((e) => e.type))].join(' and ')}. Entities of different types are never merged anyway.`,
        );
      }
      const edit = newEditRecord({ editor: editor.name, note }, 'MARK_DISTINCT', ids, `ruled ${ids.join(', ')} distinct`, { ids });
      await ctx.store.markDistinct({ ids, note, editor: editor.name, at: edit.at, edit });
      return entities;
    },
  }),
);
