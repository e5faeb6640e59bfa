import { ingestDocument, type IngestReport } from '../../ingest/ingest.js';
import { builder } from '../builder.js';
import { reportingClientErrors } from '../errors/client-errors.js';
import { requireEditor } from '../errors/editor-access.js';
import { checkedNote, editNoteArg } from '../arguments/edit-note.js';
import { JSONScalar } from '../types/json-scalar.js';

type Merge = IngestReport['merges'][number];
type NearMiss = IngestReport['nearMisses'][number];
type Outcome = IngestReport['outcomes'][number];

const EntityCountsRef = builder.objectRef<IngestReport['entities']>('IngestEntityCounts').implement({
  fields: (t) => ({ created: t.exposeInt('created'), merged: t.exposeInt('merged'), unchanged: t.exposeInt('unchanged') }),
});

const IngestMergeRef = builder.objectRef<Merge>('IngestMerge').implement({
  description: 'An entity of the document recognised as one the graph already had.',
  fields: (t) => ({
    key: t.exposeString('key', { description: "the entity's key in the document" }),
    name: t.exposeString('name'),
    intoId: t.exposeID('intoId'),
    intoName: t.exposeString('intoName'),
    matchedOn: t.exposeString('matchedOn', { description: 'the folded name both share' }),
  }),
});

const NearMissRef = builder.objectRef<NearMiss>('IngestNearMiss').implement({
  description: 'A stored entity with a similar name that was not merged: for an editor to review.',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    candidateId: t.exposeID('candidateId'),
    candidateName: t.exposeString('candidateName'),
    score: t.exposeFloat('score'),
    reason: t.exposeString('reason'),
  }),
});

const OutcomeRef = builder.objectRef<Outcome>('IngestOutcome').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    id: t.exposeID('id'),
    outcome: t.exposeString('outcome', { description: 'created, merged or unchanged' }),
  }),
});

const IngestReportRef = builder.objectRef<IngestReport>('IngestReport').implement({
  description: 'What an ingest did: the same report as `kg ingest` prints.',
  fields: (t) => ({
    articleId: t.exposeID('articleId'),
    entities: t.field({ type: EntityCountsRef, resolve: (r) => r.entities }),
    relationshipsCreated: t.exposeInt('relationshipsCreated'),
    citationsAdded: t.exposeInt('citationsAdded'),
    mentionsAdded: t.exposeInt('mentionsAdded'),
    merges: t.field({ type: [IngestMergeRef], resolve: (r) => r.merges }),
    nearMisses: t.field({ type: [NearMissRef], resolve: (r) => r.nearMisses }),
    warnings: t.exposeStringList('warnings'),
    outcomes: t.field({ type: [OutcomeRef], resolve: (r) => r.outcomes }),
  }),
});

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestReportRef,
    description: 'Adds one extraction document (the format of `kg ingest`): validated whole, then written atomically. Editors only.',
    args: { document: t.arg({ type: JSONScalar, required: true }), note: editNoteArg(t) },
    resolve: (_root, args, ctx) => {
      const editor = requireEditor(ctx);
      const note = checkedNote(args.note);
      return reportingClientErrors(() =>
        ingestDocument(ctx.store, args.document, { source: 'document', edit: { editor: editor.name, note } }),
      );
    },
  }),
);
