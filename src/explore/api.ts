/*
 * The explorer's questions, asked of the public GraphQL API at /graphql like any other client would.
 * Kept modest: depth 1 neighbourhoods of at most 200 nodes, lists of at most 50.
 */

import { type DocumentDecoration, graphql, type ResultOf, type SchemaType, textOf } from './graphql.js';
import { authorization } from './session.js';

export type EntityType = SchemaType<'EntityType'>;
export type Status = SchemaType<'ClaimStatus'>;

/** A quote with the status its own source gives the fact and who says so there (saidBy null: the article's own voice). */
export const CitationFields = graphql(`
  fragment CitationFields on Citation { quote status saidBy { name entity { id name } } article { id title author url } }
`);
export type Citation = ResultOf<typeof CitationFields>;
/** Who, according to the article, says so; entity is null for an unnamed source ("his supporters"). */
export type Attribution = NonNullable<Citation['saidBy']>;

const SubgraphFields = graphql(
  `fragment SubgraphFields on Subgraph {
    nodes { id name type entity { ... on Organisation { kind } } }
    edges { id source target type status disputed role citations { ...CitationFields } }
  }`,
  [CitationFields],
);
export type Subgraph = ResultOf<typeof SubgraphFields>;
export type GraphNode = Subgraph['nodes'][number];
/** `disputed` is the API's own: one source denies what another asserts. */
export type GraphEdge = Subgraph['edges'][number];

/** An organisation's kind (a party, a prison, ...); null for every other node. */
export function kindOf(node: GraphNode): string | null {
  return 'kind' in node.entity ? node.entity.kind : null;
}

const DateFields = graphql('fragment DateFields on PartialDate { year month day iso inferred }');
export type PartialDate = ResultOf<typeof DateFields>;

/** An event on a timeline: every date the sources give (`dates`), disputed when two of them disagree. */
const TimelineFields = graphql(
  `fragment TimelineFields on Event {
    id name date { ...DateFields } disputed dates { date { ...DateFields } citations { ...CitationFields } }
    place { id name } participants { role entity { id name } }
  }`,
  [DateFields, CitationFields],
);
export type TimelineEvent = ResultOf<typeof TimelineFields>;
export type DateClaim = TimelineEvent['dates'][number];

/** How many neighbours one neighbourhood request may bring back (the API's page-friendly bound). */
export const NEIGHBOURHOOD_LIMIT = 200;

/** An error the API answered, with its code (UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED, ...) when it gave one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly problems: Array<{ path: string; message: string }> = [],
  ) {
    super(message);
  }
}

/** Asks the API one of the page's typed documents: its result has the type the schema gives that selection. */
export function gql<Result, Variables>(document: DocumentDecoration<Result, Variables>, variables: Variables): Promise<Result> {
  return ask<Result>(textOf(document), variables as Record<string, unknown>);
}

/**
 * Asks the API a query's text as is. For the one query whose shape is only known at run time (the desk's
 * candidates, one alias per lookup); every other question goes through `gql` and is checked against the schema.
 */
export async function ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...authorization() },
    body: JSON.stringify({ query, variables }),
  });
  type Answer = {
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string; problems?: Array<{ path: string; message: string }> } }>;
  };
  const body = (await response.json().catch(() => ({}))) as Answer;
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(body.errors.map((e) => e.message).join('; '), first.extensions?.code ?? null, first.extensions?.problems ?? []);
  }
  if (!body.data) throw new ApiError(`the server answered ${response.status} without data`, null);
  return body.data;
}

const Suggest = graphql('query Suggest($q: String!) { search(query: $q, first: 8) { score entity { id name type } } }');

/** An entity a search suggests: enough to name it and to go to it. */
export type Suggestion = ResultOf<typeof Suggest>['search'][number]['entity'];

export async function search(query: string): Promise<Suggestion[]> {
  const data = await gql(Suggest, { q: query });
  return data.search.map((hit) => hit.entity);
}

const Around = graphql(`query Around($id: ID!, $limit: Int!) { neighbourhood(id: $id, depth: 1, limit: $limit) { ...SubgraphFields } }`, [
  SubgraphFields,
]);

export async function neighbourhood(id: string): Promise<Subgraph> {
  return (await gql(Around, { id, limit: NEIGHBOURHOOD_LIMIT })).neighbourhood;
}

const Between = graphql(`query Between($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4) { ...SubgraphFields } }`, [
  SubgraphFields,
]);

export async function paths(from: string, to: string): Promise<Subgraph> {
  return (await gql(Between, { from, to })).paths;
}

const When = graphql('query When($id: ID!) { timeline(id: $id) { ...TimelineFields } }', [TimelineFields]);

export async function timeline(id: string): Promise<TimelineEvent[]> {
  return (await gql(When, { id })).timeline;
}

const EntityQuery = graphql(
  `query Entity($id: ID!) {
    node(id: $id) {
      id
      ... on Entity {
        type name aliases
        related(first: 50) { id relationshipId type direction status disputed role other { id name type } citations { ...CitationFields } }
        mentions { ...CitationFields }
      }
      ... on Person { roles }
      ... on Organisation { kind }
      ... on Event { date { ...DateFields } disputed dates { date { ...DateFields } citations { ...CitationFields } } place { id name } }
    }
    timeline(id: $id) { ...TimelineFields }
  }`,
  [CitationFields, DateFields, TimelineFields],
);
/** An entity as its page shows it: what every entity has, and a person's roles, an organisation's kind, an event's dates and place. */
export type EntityDetails = Extract<NonNullable<ResultOf<typeof EntityQuery>['node']>, { type: EntityType }>;
export type Relationship = EntityDetails['related'][number];

/** The entity with the id (null when there is none, or the id is an article's), and its timeline. */
export async function entity(id: string): Promise<{ node: EntityDetails | null; timeline: TimelineEvent[] }> {
  const { node, timeline } = await gql(EntityQuery, { id });
  return { node: node && 'type' in node ? node : null, timeline };
}

/** How many disputes the page reads to find an entity's: the API's most per request. */
export const DISPUTES_READ = 100;

const Disputes = graphql(`query Disputes($first: Int!) { disputes(first: $first) {
  id aspect entity { id name } relationship { id type role other { id name } } } }`);
/** A disagreement as listed by `disputes`; its sides are read from the relationship's or event's own citations. */
export type Dispute = ResultOf<typeof Disputes>['disputes'][number];

/**
 * The disagreements that concern an entity: about its own date, a relationship at either end, or the date
 * of one of its events (`events`: the ids on its timeline). `disputes` has no filter, so the first
 * DISPUTES_READ are read and filtered here; without their positions, which at that length would exceed
 * the API's cost limit (the page has the same citations from `related` and the timeline's `dates`).
 */
export async function disputesOf(id: string, events: ReadonlySet<string>): Promise<{ disputes: Dispute[]; complete: boolean }> {
  const data = await gql(Disputes, { first: DISPUTES_READ });
  const mine = data.disputes.filter(
    (d) => d.entity.id === id || d.relationship?.other.id === id || (d.aspect === 'date' && events.has(d.entity.id)),
  );
  return { disputes: mine, complete: data.disputes.length < DISPUTES_READ };
}
