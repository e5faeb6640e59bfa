import { mergeEntities, type MergePlan } from '../../editing/merge-entities.js';
import { builder } from '../builder.js';
import { reportingClientErrors } from '../errors/client-errors.js';
import { checkedNote, editNoteArg } from '../arguments/edit-note.js';
import { requireEditor } from '../errors/editor-access.js';
import { EntityRef } from '../types/entity.js';
import { loadEntity } from '../loaders/resolver-reads.js';

const RepointedRef = builder.objectRef<MergePlan['repointed'][number]>('RepointedRelationship').implement({
  description: 'A relationship moved onto the survivor: its id names its claim, ends included, so the id changes.',
  fields: (t) => ({ before: t.exposeID('before'), after: t.exposeID('after') }),
});

const FusedRef = builder.objectRef<MergePlan['fused'][number]>('FusedRelationship').implement({
  description: 'Relationships that became the same claim and are now one, with the citations of all.',
  fields: (t) => ({ id: t.exposeID('id'), from: t.idList({ resolve: (f) => f.from }) }),
});

const MergePlanRef = builder.objectRef<MergePlan>('MergePlan').implement({
  description: 'What a merge changes, shown before it is made (previewMerge).',
  fields: (t) => ({
    into: t.exposeID('into'),
    from: t.idList({ resolve: (p) => p.from }),
    survivor: t.field({ type: EntityRef, description: 'the surviving entity as it would be', resolve: (p) => p.survivor }),
    aliasesAdded: t.exposeStringList('aliasesAdded'),
    rolesAdded: t.exposeStringList('rolesAdded'),
    mentionsMoved: t.exposeInt('mentionsMoved'),
    repointed: t.field({ type: [RepointedRef], resolve: (p) => p.repointed }),
    fused: t.field({ type: [FusedRef], resolve: (p) => p.fused }),
    warnings: t.exposeStringList('warnings'),
  }),
});

const INTO = { required: true, description: 'the entity that survives, keeping its id and name' } as const;
const FROM = { required: true, description: 'the entities merged into it; their ids keep resolving to it' } as const;

builder.mutationField('mergeEntities', (t) =>
  t.field({
    type: EntityRef,
    description:
      'merge the `from` entities into `into`, keeping every alias, relationship, citation and mention; editors only. Relationships that become the same claim fuse into one with all their citations. Undo with undoMerge.',
    args: { into: t.arg.id(INTO), from: t.arg.idList(FROM), note: editNoteArg(t) },
    resolve: async (_root, args, ctx) => {
      const editor = requireEditor(ctx);
      const note = checkedNote(args.note);
      const plan = await reportingClientErrors(() =>
        mergeEntities(ctx.store, { into: String(args.into), from: args.from.map(String), dryRun: false }, { editor: editor.name, note }),
      );
      ctx.loaders.nodes.clearAll();
      return loadEntity(ctx, plan.into);
    },
  }),
);

builder.mutationField('previewMerge', (t) =>
  t.field({
    type: MergePlanRef,
    description: 'what mergeEntities would change, without changing anything (a dry run); editors only',
    args: { into: t.arg.id(INTO), from: t.arg.idList(FROM) },
    resolve: (_root, args, ctx) => {
      const editor = requireEditor(ctx);
      return reportingClientErrors(() =>
        mergeEntities(
          ctx.store,
          { into: String(args.into), from: args.from.map(String), dryRun: true },
          { editor: editor.name, note: 'preview' },
        ),
      );
    },
  }),
);
