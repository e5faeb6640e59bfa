import { deleteRelationship, setVerdict } from '../../editing/relationship-edits.js';
import { builder } from '../builder.js';
import { reportingClientErrors } from '../errors/client-errors.js';
import { EditRef } from '../types/edit.js';
import { checkedNote, editNoteArg } from '../arguments/edit-note.js';
import { requireEditor } from '../errors/editor-access.js';
import { ClaimStatusEnum } from '../types/enums.js';
import { RelationshipRef, unviewed } from '../types/relationship.js';

const RELATIONSHIP_ID = "the relationship's `relationshipId`, or its `id` as read from either end";

builder.mutationField('judgeRelationship', (t) =>
  t.field({
    type: RelationshipRef,
    description:
      "record an editor's verdict on a relationship (shown as `editorVerdict`, beside the sources' `status`, which it never changes); a null status withdraws it. Editors only. The answer is the relationship keyed by its own id, as `Relationship.relationship` is.",
    args: {
      id: t.arg.id({ required: true, description: RELATIONSHIP_ID }),
      status: t.arg({ type: ClaimStatusEnum, required: false }),
      note: editNoteArg(t),
    },
    resolve: async (_root, args, ctx) => {
      const editor = requireEditor(ctx);
      const note = checkedNote(args.note);
      const record = await reportingClientErrors(() =>
        setVerdict(ctx.store, String(args.id), args.status ?? null, { editor: editor.name, note }),
      );
      return unviewed(record);
    },
  }),
);

builder.mutationField('deleteRelationship', (t) =>
  t.field({
    type: EditRef,
    description:
      'delete one relationship with its citations and verdict; its articles, their text and its ends stay. The answer is the history record, which keeps the relationship as it was. Editors only.',
    args: { id: t.arg.id({ required: true, description: RELATIONSHIP_ID }), note: editNoteArg(t) },
    resolve: async (_root, args, ctx) => {
      const editor = requireEditor(ctx);
      const note = checkedNote(args.note);
      const id = await reportingClientErrors(() => deleteRelationship(ctx.store, String(args.id), { editor: editor.name, note }));
      const [[record]] = await ctx.store.getHistory([id], 1);
      return record;
    },
  }),
);
