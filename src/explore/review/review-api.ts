/*
 * The review queue's questions and writes, asked of the public GraphQL API like every other part of the
 * page: duplicates to merge or keep apart, disputes to judge, an entity's history and the undo of a merge.
 */
import { gql, type Citation, type EntityType, type Status } from '../api.js';

export interface Side {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles?: string[];
  kind?: string | null;
  related: Array<{ id: string; type: string; direction: 'OUT' | 'IN'; role: string | null; other: { id: string; name: string } }>;
  mentions: Array<{ article: { id: string; title: string } }>;
}
export interface DuplicateCandidate {
  id: string;
  score: number;
  reason: string;
  entities: Side[];
}
export interface MergePlan {
  into: string;
  from: string[];
  aliasesAdded: string[];
  rolesAdded: string[];
  mentionsMoved: number;
  warnings: string[];
  repointed: Array<{ before: string; after: string }>;
  fused: Array<{ id: string; from: string[] }>;
}
export interface Verdict {
  status: Status;
  note: string;
  editor: string;
  at: string;
}
export interface QueueDispute {
  id: string;
  aspect: string;
  entity: { id: string; name: string };
  relationship: {
    id: string;
    type: string;
    role: string | null;
    source: { id: string; name: string };
    target: { id: string; name: string };
    editorVerdict: Verdict | null;
  } | null;
  positions: Array<{ value: string; citations: Citation[] }>;
}
/** A history record; `details` is the change as JSON (an undo names the merge it undoes in `undoes`). */
export interface Edit {
  id: string;
  action: string;
  at: string;
  editor: string;
  note: string;
  summary: string;
  details: { undoes?: string } | null;
}

/** How many proposed duplicates the queue shows at once: each brings two entities' relationships, which the API's cost limit counts. */
export const DUPLICATES_SHOWN = 10;

const SIDE = `id name type aliases ... on Person { roles } ... on Organisation { kind }
  related(first: 15) { id type direction role other { id name } } mentions { article { id title } }`;

export async function possibleDuplicates(): Promise<DuplicateCandidate[]> {
  return (
    await gql<{ possibleDuplicates: DuplicateCandidate[] }>(
      `query Duplicates($first: Int!) {
    possibleDuplicates(first: $first) { id score reason entities { ${SIDE} } } }`,
      { first: DUPLICATES_SHOWN },
    )
  ).possibleDuplicates;
}

/** Whether a proposed duplicate is still open: another editor may have merged or separated it since the page loaded. */
export async function stillProposed(id: string): Promise<boolean> {
  const data = await gql<{ possibleDuplicates: Array<{ id: string }> }>('{ possibleDuplicates(first: 100) { id } }', {});
  return data.possibleDuplicates.some((c) => c.id === id);
}

export async function previewMerge(into: string, from: string[]): Promise<MergePlan> {
  return (
    await gql<{ previewMerge: MergePlan }>(
      `mutation Preview($into: ID!, $from: [ID!]!) { previewMerge(into: $into, from: $from) {
    into from aliasesAdded rolesAdded mentionsMoved warnings repointed { before after } fused { id from } } }`,
      { into, from },
    )
  ).previewMerge;
}

export async function mergeEntities(into: string, from: string[], note: string): Promise<{ id: string; name: string }> {
  return (
    await gql<{ mergeEntities: { id: string; name: string } }>(
      `mutation Merge($into: ID!, $from: [ID!]!, $note: String!) {
    mergeEntities(into: $into, from: $from, note: $note) { id name } }`,
      { into, from, note },
    )
  ).mergeEntities;
}

export async function markDistinct(ids: string[], note: string): Promise<void> {
  await gql('mutation Distinct($ids: [ID!]!, $note: String!) { markDistinct(ids: $ids, note: $note) { id } }', { ids, note });
}

const CITATION = 'quote status saidBy { name entity { id name } } article { id title author url }';

export async function disputes(): Promise<QueueDispute[]> {
  return (
    await gql<{ disputes: QueueDispute[] }>(
      `query Disputes { disputes(first: 20) { id aspect entity { id name }
    relationship { id type role source { id name } target { id name } editorVerdict { status note editor at } }
    positions { value citations { ${CITATION} } } } }`,
      {},
    )
  ).disputes;
}

/** An editor's verdict on a relationship; a null status withdraws it. */
export async function judgeRelationship(id: string, status: Status | null, note: string): Promise<Verdict | null> {
  return (
    await gql<{ judgeRelationship: { editorVerdict: Verdict | null } }>(
      `mutation Judge($id: ID!, $status: ClaimStatus, $note: String!) {
    judgeRelationship(id: $id, status: $status, note: $note) { editorVerdict { status note editor at } } }`,
      { id, status, note },
    )
  ).judgeRelationship.editorVerdict;
}

export async function historyOf(id: string): Promise<Edit[]> {
  return (
    await gql<{ history: Edit[] }>(`query History($id: ID!) { history(id: $id, first: 30) { id action at editor note summary details } }`, {
      id,
    })
  ).history;
}

export async function undoMerge(edit: string, note: string): Promise<Array<{ id: string; name: string }>> {
  return (
    await gql<{ undoMerge: Array<{ id: string; name: string }> }>(
      `mutation Undo($edit: ID!, $note: String!) {
    undoMerge(edit: $edit, note: $note) { id name } }`,
      { edit, note },
    )
  ).undoMerge;
}
