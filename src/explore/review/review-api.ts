/*
 * The review queue's questions and writes, asked of the public GraphQL API like every other part of the
 * page: duplicates to merge or keep apart, disputes to judge, an entity's history and the undo of a merge.
 */
import { CitationFields, gql, type Status } from '../api.js';
import { graphql, type ResultOf } from '../graphql.js';

/** How many proposed duplicates the queue shows at once: each brings two entities' relationships, which the API's cost limit counts. */
export const DUPLICATES_SHOWN = 10;

const Duplicates = graphql(`query Duplicates($first: Int!) {
  possibleDuplicates(first: $first) {
    id score reason
    entities {
      id name type aliases ... on Person { roles } ... on Organisation { kind }
      related(first: 15) { id type direction role other { id name } } mentions { article { id title } }
    }
  }
}`);
export type DuplicateCandidate = ResultOf<typeof Duplicates>['possibleDuplicates'][number];
/** One of the look-alikes, as an editor compares it. */
export type Side = DuplicateCandidate['entities'][number];

export async function possibleDuplicates(): Promise<DuplicateCandidate[]> {
  return (await gql(Duplicates, { first: DUPLICATES_SHOWN })).possibleDuplicates;
}

const OpenDuplicates = graphql('query OpenDuplicates { possibleDuplicates(first: 100) { id } }');

/** Whether a proposed duplicate is still open: another editor may have merged or separated it since the page loaded. */
export async function stillProposed(id: string): Promise<boolean> {
  const data = await gql(OpenDuplicates, {});
  return data.possibleDuplicates.some((c) => c.id === id);
}

const Preview = graphql(`mutation Preview($into: ID!, $from: [ID!]!) {
  previewMerge(into: $into, from: $from) {
    into from aliasesAdded rolesAdded mentionsMoved warnings repointed { before after } fused { id from }
  }
}`);
export type MergePlan = ResultOf<typeof Preview>['previewMerge'];

export async function previewMerge(into: string, from: string[]): Promise<MergePlan> {
  return (await gql(Preview, { into, from })).previewMerge;
}

const Merge = graphql(`mutation Merge($into: ID!, $from: [ID!]!, $note: String!) {
  mergeEntities(into: $into, from: $from, note: $note) { id name }
}`);

export async function mergeEntities(into: string, from: string[], note: string): Promise<{ id: string; name: string }> {
  return (await gql(Merge, { into, from, note })).mergeEntities;
}

const Distinct = graphql('mutation Distinct($ids: [ID!]!, $note: String!) { markDistinct(ids: $ids, note: $note) { id } }');

export async function markDistinct(ids: string[], note: string): Promise<void> {
  await gql(Distinct, { ids, note });
}

const VerdictFields = graphql('fragment VerdictFields on Verdict { status note editor at }');
/** An editor's verdict on a relationship, beside the statuses its sources give. */
export type Verdict = ResultOf<typeof VerdictFields>;

const QueueDisputes = graphql(
  `query QueueDisputes {
    disputes(first: 20) {
      id aspect entity { id name }
      relationship { id type role source { id name } target { id name } editorVerdict { ...VerdictFields } }
      positions { value citations { ...CitationFields } }
    }
  }`,
  [VerdictFields, CitationFields],
);
export type QueueDispute = ResultOf<typeof QueueDisputes>['disputes'][number];

export async function disputes(): Promise<QueueDispute[]> {
  return (await gql(QueueDisputes, {})).disputes;
}

const Judge = graphql(
  `mutation Judge($id: ID!, $status: ClaimStatus, $note: String!) {
    judgeRelationship(id: $id, status: $status, note: $note) { editorVerdict { ...VerdictFields } }
  }`,
  [VerdictFields],
);

/** An editor's verdict on a relationship; a null status withdraws it. */
export async function judgeRelationship(id: string, status: Status | null, note: string): Promise<Verdict | null> {
  return (await gql(Judge, { id, status, note })).judgeRelationship.editorVerdict;
}

const History = graphql('query History($id: ID!) { history(id: $id, first: 30) { id action at editor note summary details } }');
/** A history record; `details` is the change as JSON (an undo names the merge it undoes in `undoes`). */
export type Edit = ResultOf<typeof History>['history'][number];

export async function historyOf(id: string): Promise<Edit[]> {
  return (await gql(History, { id })).history;
}

const Undo = graphql('mutation Undo($edit: ID!, $note: String!) { undoMerge(edit: $edit, note: $note) { id name } }');

export async function undoMerge(edit: string, note: string): Promise<Array<{ id: string; name: string }>> {
  return (await gql(Undo, { edit, note })).undoMerge;
}
