import { relationshipIdOf } from '../../domain/ids.js';
import { EDIT_ACTIONS, type EditRecord, type Verdict } from '../../domain/editing.js';
import { intInRange } from '../arguments/argument-checks.js';
import { builder } from '../builder.js';
import { loadHistory, loadVerdict } from '../loaders/editor-loaders.js';
import { EntityRef } from './entity.js';
import { ClaimStatusEnum } from './enums.js';
import { JSONScalar } from './json-scalar.js';
import { RelationshipRef } from './relationship.js';

export const EditActionEnum = builder.enumType('EditAction', { values: EDIT_ACTIONS });

export const EditRef = builder.objectRef<EditRecord>('Edit').implement({
  description: 'One write to the graph: who made it, when, why, and what it changed.',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.exposeString('at', { description: 'when, as an ISO 8601 instant' }),
    editor: t.exposeString('editor', { description: 'the name of the editor whose token made the write' }),
    action: t.field({ type: EditActionEnum, resolve: (e) => e.action }),
    note: t.exposeString('note', { description: "why, in the editor's words" }),
    summary: t.exposeString('summary'),
    subjects: t.idList({ description: 'the entities, relationships and articles it concerns', resolve: (e) => e.subjectIds }),
    details: t.field({
      type: JSONScalar,
      description: 'what changed, as JSON (a merge keeps the states before it)',
      resolve: (e) => e.details,
    }),
  }),
});

export const VerdictRef = builder.objectRef<Verdict>('Verdict').implement({
  description: "An editor's judgement of a relationship. It sits beside the sources' statuses and never replaces them.",
  fields: (t) => ({
    status: t.field({ type: ClaimStatusEnum, resolve: (v) => v.status }),
    editor: t.exposeString('editor'),
    note: t.exposeString('note'),
    at: t.exposeString('at'),
  }),
});

const HISTORY_LIMIT = { min: 1, max: 100 };

const checkedFirst = (first: number | null | undefined) => intInRange('first', first ?? 20, HISTORY_LIMIT.min, HISTORY_LIMIT.max);

builder.interfaceField(EntityRef, 'history', (t) =>
  t.field({
    type: [EditRef],
    description: `the writes that concerned this entity, newest first (first: ${HISTORY_LIMIT.min}..${HISTORY_LIMIT.max})`,
    args: { first: t.arg.int({ defaultValue: 20 }) },
    resolve: (e, args, ctx) => loadHistory(ctx, e.id, checkedFirst(args.first)),
  }),
);

builder.objectField(RelationshipRef, 'history', (t) =>
  t.field({
    type: [EditRef],
    description: `the writes that concerned this relationship, newest first (first: ${HISTORY_LIMIT.min}..${HISTORY_LIMIT.max})`,
    args: { first: t.arg.int({ defaultValue: 20 }) },
    resolve: (v, args, ctx) => loadHistory(ctx, v.record.id, checkedFirst(args.first)),
  }),
);

builder.objectField(RelationshipRef, 'editorVerdict', (t) =>
  t.field({
    type: VerdictRef,
    nullable: true,
    description: "an editor's verdict on this relationship, if any; `status` and the citations stay as the sources give them",
    resolve: (v, _args, ctx) => loadVerdict(ctx, v.record.id),
  }),
);

builder.queryField('history', (t) =>
  t.field({
    type: [EditRef],
    description:
      'the writes that concerned any id (an entity, relationship or article, including deleted and merged ones), newest first; a relationship by its `relationshipId` or by its `id` as read from either end',
    args: { id: t.arg.id({ required: true }), first: t.arg.int({ defaultValue: 20 }) },
    resolve: (_root, args, ctx) => loadHistory(ctx, relationshipIdOf(String(args.id)), checkedFirst(args.first)),
  }),
);
