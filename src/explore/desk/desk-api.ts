import { gql, type EntityType } from '../api.js';
import type { Doc } from './review-model.js';

export interface DraftRequest {
  content: string;
  kind: 'TEXT' | 'MARKDOWN' | 'HTML';
  engine: 'OFFLINE' | 'LLM';
  title?: string;
  author?: string;
  publishedAt?: string;
  url?: string;
  publisher?: string;
}
export interface DraftAnswer {
  draft: Doc;
  warnings: string[];
  articleId: string;
  alreadyIngested: boolean;
  relationshipTypes: string[];
}
export interface DraftCheck {
  problems: Array<{ path: string; message: string }>;
  problemCount: number;
  articleId: string | null;
  alreadyIngested: boolean;
}
export interface Candidate {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}
export interface IngestReport {
  articleId: string;
  entities: { created: number; merged: number; unchanged: number };
  relationshipsCreated: number;
  citationsAdded: number;
  merges: Array<{ key: string; name: string; intoId: string; intoName: string }>;
  nearMisses: Array<{ key: string; name: string; candidateId: string; candidateName: string; reason: string }>;
  outcomes: Array<{ key: string; id: string; outcome: string }>;
  warnings: string[];
}

export async function draftArticle(input: DraftRequest): Promise<DraftAnswer> {
  return (
    await gql<{ draftArticle: DraftAnswer }>(
      `mutation Draft($input: DraftArticleInput!) {
    draftArticle(input: $input) { draft warnings articleId alreadyIngested relationshipTypes } }`,
      { input },
    )
  ).draftArticle;
}

export async function checkDraft(document: Doc): Promise<DraftCheck> {
  return (
    await gql<{ checkArticleDraft: DraftCheck }>(
      `query Check($d: JSON!) {
    checkArticleDraft(document: $d) { problems { path message } problemCount articleId alreadyIngested } }`,
      { d: document },
    )
  ).checkArticleDraft;
}

export async function ingest(document: Doc, note: string): Promise<IngestReport> {
  return (
    await gql<{ ingestArticle: IngestReport }>(
      `mutation Add($d: JSON!, $note: String!) {
    ingestArticle(document: $d, note: $note) {
      articleId entities { created merged unchanged } relationshipsCreated citationsAdded warnings
      merges { key name intoId intoName } nearMisses { key name candidateId candidateName reason } outcomes { key id outcome } } }`,
      { d: document, note },
    )
  ).ingestArticle;
}

const ENTITY = 'id name type aliases';

/**
 * The stored entities a drafted one may be: the engine's matches (the ingest's own resolution rules) and
 * what a search for its name finds, of the same type, matches first.
 */
export async function candidatesFor(name: string, type: EntityType, matches: string[]): Promise<Candidate[]> {
  const ids = matches.slice(0, 5);
  const lookups = ids.map((_id, i) => `m${i}: node(id: $m${i}) { ... on Entity { ${ENTITY} } }`).join('\n');
  const params = ids.map((_id, i) => `, $m${i}: ID!`).join('');
  const data = await gql<Record<string, unknown>>(
    `query Candidates($q: String!, $types: [EntityType!]${params}) {
    search(query: $q, first: 5, types: $types) { entity { ${ENTITY} } }
    ${lookups} }`,
    { q: name, types: [type], ...Object.fromEntries(ids.map((id, i) => [`m${i}`, id])) },
  );
  const found = [
    ...ids.map((_id, i) => data[`m${i}`] as Candidate | null),
    ...(data.search as Array<{ entity: Candidate }>).map((hit) => hit.entity),
  ].filter((c): c is Candidate => c !== null && c.type === type);
  return [...new Map(found.map((c) => [c.id, c])).values()];
}
