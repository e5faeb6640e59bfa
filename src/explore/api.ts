/*
 * The explorer's questions, asked of the public GraphQL API at /graphql like any other client would.
 * Kept modest: depth 1 neighbourhoods of at most 200 nodes, lists of at most 50.
 */

import { authorization } from './session.js';

export type EntityType = 'PERSON' | 'ORGANISATION' | 'EVENT' | 'PLACE';
export type Status = 'REPORTED' | 'ALLEGED' | 'CONFIRMED' | 'DENIED';

export interface Article {
  id: string;
  title: string;
  author: string | null;
  url: string | null;
}
/** Who, according to the article, says so; entity is null for an unnamed source ("his supporters"). */
export interface Attribution {
  name: string;
  entity: { id: string; name: string } | null;
}
/** A quote with the status its own source gives the fact and who says so there (null: the article's own voice). */
export interface Citation {
  quote: string;
  status: Status;
  saidBy: Attribution | null;
  article: Article;
}
export interface GraphNode {
  id: string;
  name: string;
  type: EntityType;
  entity: { kind?: string | null };
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  status: Status;
  role: string | null;
  citations: Citation[];
  /** the API's own: one source denies what another asserts */
  disputed: boolean;
}
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
  iso: string;
  inferred: boolean;
}
export interface DateClaim {
  date: PartialDate;
  citations: Citation[];
}
export interface TimelineEvent {
  id: string;
  name: string;
  date: PartialDate | null;
  place: { id: string; name: string } | null;
  /** every date the sources give; disputed when two of them disagree */
  dates: DateClaim[];
  disputed: boolean;
  participants: Array<{ role: string | null; entity: { id: string; name: string } }>;
}
export interface Relationship {
  id: string;
  type: string;
  direction: 'OUT' | 'IN';
  status: Status;
  disputed: boolean;
  role: string | null;
  other: { id: string; name: string; type: EntityType };
  citations: Citation[];
}
/** A disagreement as listed by `disputes`; its sides are read from the relationship's or event's own citations. */
export interface Dispute {
  id: string;
  aspect: string;
  entity: { id: string; name: string };
  relationship: { id: string; type: string; role: string | null; other: { id: string; name: string } } | null;
}
export interface EntityDetails {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  roles?: string[];
  kind?: string;
  date?: PartialDate | null;
  place?: { id: string; name: string } | null;
  /** EVENT only */
  dates?: DateClaim[];
  disputed?: boolean;
  related: Relationship[];
  mentions: Citation[];
}

/** How many neighbours one neighbourhood request may bring back (the API's page-friendly bound). */
export const NEIGHBOURHOOD_LIMIT = 200;

const CITATION = 'quote status saidBy { name entity { id name } } article { id title author url }';
const SUBGRAPH = `nodes { id name type entity { ... on Organisation { kind } } }
  edges { id source target type status disputed role citations { ${CITATION} } }`;

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

export async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
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

export async function search(query: string): Promise<Array<{ id: string; name: string; type: EntityType }>> {
  const data = await gql<{ search: Array<{ entity: { id: string; name: string; type: EntityType } }> }>(
    'query Suggest($q: String!) { search(query: $q, first: 8) { score entity { id name type } } }',
    { q: query },
  );
  return data.search.map((hit) => hit.entity);
}

export async function neighbourhood(id: string): Promise<Subgraph> {
  const data = await gql<{ neighbourhood: Subgraph }>(
    `query Around($id: ID!, $limit: Int!) { neighbourhood(id: $id, depth: 1, limit: $limit) { ${SUBGRAPH} } }`,
    { id, limit: NEIGHBOURHOOD_LIMIT },
  );
  return data.neighbourhood;
}

export async function paths(from: string, to: string): Promise<Subgraph> {
  const data = await gql<{ paths: Subgraph }>(
    `query Between($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4) { ${SUBGRAPH} } }`,
    { from, to },
  );
  return data.paths;
}

const DATE = 'year month day iso inferred';
const TIMELINE = `timeline(id: $id) { id name date { ${DATE} } disputed dates { date { ${DATE} } citations { ${CITATION} } }
  place { id name } participants { role entity { id name } } }`;

export async function timeline(id: string): Promise<TimelineEvent[]> {
  return (await gql<{ timeline: TimelineEvent[] }>(`query When($id: ID!) { ${TIMELINE} }`, { id })).timeline;
}

export async function entity(id: string): Promise<{ node: EntityDetails | null; timeline: TimelineEvent[] }> {
  return gql(
    `query Entity($id: ID!) {
    node(id: $id) {
      id
      ... on Entity {
        type name aliases
        related(first: 50) { id type direction status disputed role other { id name type } citations { ${CITATION} } }
        mentions { ${CITATION} }
      }
      ... on Person { roles }
      ... on Organisation { kind }
      ... on Event { date { ${DATE} } disputed dates { date { ${DATE} } citations { ${CITATION} } } place { id name } }
    }
    ${TIMELINE}
  }`,
    { id },
  );
}

/** How many disputes the page reads to find an entity's: the API's most per request. */
export const DISPUTES_READ = 100;

/**
 * The disagreements that concern an entity: about its own date, a relationship at either end, or the date
 * of one of its events (`events`: the ids on its timeline). `disputes` has no filter, so the first
 * DISPUTES_READ are read and filtered here; without their positions, which at that length would exceed
 * the API's cost limit (the page has the same citations from `related` and the timeline's `dates`).
 */
export async function disputesOf(id: string, events: ReadonlySet<string>): Promise<{ disputes: Dispute[]; complete: boolean }> {
  const data = await gql<{ disputes: Dispute[] }>(
    `query Disputes($first: Int!) { disputes(first: $first) {
    id aspect entity { id name } relationship { id type role other { id name } } } }`,
    { first: DISPUTES_READ },
  );
  const mine = data.disputes.filter(
    (d) => d.entity.id === id || d.relationship?.other.id === id || (d.aspect === 'date' && events.has(d.entity.id)),
  );
  return { disputes: mine, complete: data.disputes.length < DISPUTES_READ };
}
