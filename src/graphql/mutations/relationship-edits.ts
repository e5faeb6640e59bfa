import { deleteRelationship, setVerdict } from '../../editing/relationship-edits.js';
import { builder } from '../builder.js';
import { reportingClientErrors } from '../errors/client-errors.js';
import { EditRef } from '../types/edit.js';
import { checkedNote, editNoteArg } from '../arguments/edit-note.js';
import { requireEditor } from '../errors/editor-access.js';
import { ClaimStatusEnum } from '../types/enums.js';
import { RelationshipRef } from '../types/relationship.js';

builder.mutationField('judgeRelationship', (t) =>
  t.field({
    type: RelationshipRef,
    description:
      "record an editor's verdict on a relationship (shown as `editorVerdict`, beside the sources' `status`, which it never changes); a null status withdraws it. Editors only.",
    args: { id: t.arg.id({ required: true }), status: t.arg({ type: ClaimStatusEnum, required: false }), note: editNoteArg(t) },
    resolve: async (_root, args, ctx) => {
      const editor = requireEditor(ctx);
      const note = checkedNote(args.note);
      const record = await reportingClientErrors(() =>
        setVerdict(ctx.store, String(args.id), args.status ?? null, { editor: editor.name, note }),
      );
      return { record, viewedFrom: record.sourceId };
    },
  }),
);

builder.mutationField('deleteRelationship', (t) =>
  t.field({
    type: EditRef,
    description:
      'delete one relationship with its citations and verdict; its articles, their text and its ends stay. The answer is the history record, which keeps the relationship as it was. Editors only.',
    args: { id: t.arg.id({ required: true }), note: editNoteArg(t) },
    resolve: async (_root, args, ctx) => {
      const editor = requireEditor(ctx);
      const note = checkedNote(args.note);
      const id = await reportingClientErrors(() => deleteRelationship(ctx.store, String(args.id), { editor: editor.name, note }));
      const [[record]] = await ctx.store.getHistory([id], 1);
      return record;
    },
  }),
);
