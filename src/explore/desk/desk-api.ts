import { ask, type EntityType, gql } from '../api.js';
import { graphql, type ResultOf, type SchemaType, textOf, type VariablesOf } from '../graphql.js';
import type { Doc } from './review-model.js';

export type ContentKind = SchemaType<'ArticleContentKind'>;
export type Engine = SchemaType<'ExtractionEngine'>;

const Draft = graphql(`mutation Draft($input: DraftArticleInput!) {
  draftArticle(input: $input) { draft warnings articleId alreadyIngested relationshipTypes }
}`);
export type DraftRequest = VariablesOf<typeof Draft>['input'];
/** The engine's draft (`draft`: the extraction document as JSON) and what the server knows of its article. */
export type DraftAnswer = ResultOf<typeof Draft>['draftArticle'];

export async function draftArticle(input: DraftRequest): Promise<DraftAnswer> {
  return (await gql(Draft, { input })).draftArticle;
}

const Check = graphql(`query Check($d: JSON!) {
  checkArticleDraft(document: $d) { problems { path message } problemCount articleId alreadyIngested }
}`);
export type DraftCheck = ResultOf<typeof Check>['checkArticleDraft'];

export async function checkDraft(document: Doc): Promise<DraftCheck> {
  return (await gql(Check, { d: document })).checkArticleDraft;
}

const Add = graphql(`mutation Add($d: JSON!, $note: String!) {
  ingestArticle(document: $d, note: $note) {
    articleId entities { created merged unchanged } relationshipsCreated citationsAdded warnings
    merges { key name intoId intoName } nearMisses { key name candidateId candidateName reason } outcomes { key id outcome }
  }
}`);
export type IngestReport = ResultOf<typeof Add>['ingestArticle'];

export async function ingest(document: Doc, note: string): Promise<IngestReport> {
  return (await gql(Add, { d: document, note })).ingestArticle;
}

const CandidateFields = graphql('fragment CandidateFields on Entity { id name type aliases }');
export type Candidate = ResultOf<typeof CandidateFields>;

/** At most this many of the engine's matches are looked up, each by an alias of its own in the one request. */
const MATCHES_READ = 5;

/**
 * The stored entities a drafted one may be: the engine's matches (the ingest's own resolution rules) and
 * what a search for its name finds, of the same type, matches first. The query has one `node` lookup per
 * match, so its text is built here (`ask`, not `gql`); the selection it repeats is the typed fragment.
 */
export async function candidatesFor(name: string, type: EntityType, matches: string[]): Promise<Candidate[]> {
  const ids = matches.slice(0, MATCHES_READ);
  const lookups = ids.map((_id, i) => `m${i}: node(id: $m${i}) { ...CandidateFields }`).join('\n');
  const params = ids.map((_id, i) => `, $m${i}: ID!`).join('');
  const data = await ask<{ search: Array<{ entity: Candidate }> } & Record<string, Partial<Candidate> | null>>(
    `query Candidates($q: String!, $types: [EntityType!]${params}) {
    search(query: $q, first: 5, types: $types) { entity { ...CandidateFields } }
    ${lookups} }
    ${textOf(CandidateFields)}`,
    { q: name, types: [type], ...Object.fromEntries(ids.map((id, i) => [`m${i}`, id])) },
  );
  // a lookup answers null for an unknown id and {} for an article's
  const found = [...ids.map((_id, i) => data[`m${i}`]), ...data.search.map((hit) => hit.entity)].filter(
    (c): c is Candidate => c?.type === type,
  );
  return [...new Map(found.map((c) => [c.id, c])).values()];
}
