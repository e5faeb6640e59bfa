/*
 * The explorer's questions, asked of the public GraphQL API at /graphql like any other client would.
 * Kept modest: depth 1 neighbourhoods of at most 200 nodes, lists of at most 50.
 */

export type EntityType = 'PERSON' | 'ORGANISATION' | 'EVENT' | 'PLACE';
export type Status = 'REPORTED' | 'ALLEGED' | 'CONFIRMED' | 'DENIED';

export interface Article { id: string; title: string; author: string | null; url: string | null }
export interface Citation { quote: string; article: Article }
export interface GraphNode { id: string; name: string; type: EntityType; entity: { kind?: string | null } }
export interface GraphEdge { id: string; source: string; target: string; type: string; status: Status; role: string | null; citations: Citation[] }
export interface Subgraph { nodes: GraphNode[]; edges: GraphEdge[] }
export interface PartialDate { year: number; month: number | null; day: number | null; iso: string; inferred: boolean }
export interface TimelineEvent {
  id: string; name: string; date: PartialDate | null; place: { id: string; name: string } | null;
  participants: Array<{ role: string | null; entity: { id: string; name: string } }>;
}
export interface Relationship { id: string; type: string; direction: 'OUT' | 'IN'; status: Status; role: string | null; other: { id: string; name: string; type: EntityType }; citations: Citation[] }
export interface EntityDetails {
  id: string; type: EntityType; name: string; aliases: string[]; roles?: string[]; kind?: string;
  date?: PartialDate | null; place?: { id: string; name: string } | null;
  related: Relationship[]; mentions: Citation[];
}

/** How many neighbours one neighbourhood request may bring back (the API's page-friendly bound). */
export const NEIGHBOURHOOD_LIMIT = 200;

const CITATION = 'quote article { id title author url }';
const SUBGRAPH = `nodes { id name type entity { ... on Organisation { kind } } }
  edges { id source target type status role citations { ${CITATION} } }`;

export async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json() as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new Error(`the server answered ${response.status} without data`);
  return body.data;
}

export async function search(query: string): Promise<Array<{ id: string; name: string; type: EntityType }>> {
  const data = await gql<{ search: Array<{ entity: { id: string; name: string; type: EntityType } }> }>(
    'query Suggest($q: String!) { search(query: $q, first: 8) { score entity { id name type } } }', { q: query });
  return data.search.map((hit) => hit.entity);
}

export async function neighbourhood(id: string): Promise<Subgraph> {
  const data = await gql<{ neighbourhood: Subgraph }>(
    `query Around($id: ID!, $limit: Int!) { neighbourhood(id: $id, depth: 1, limit: $limit) { ${SUBGRAPH} } }`,
    { id, limit: NEIGHBOURHOOD_LIMIT });
  return data.neighbourhood;
}

export async function paths(from: string, to: string): Promise<Subgraph> {
  const data = await gql<{ paths: Subgraph }>(
    `query Between($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4) { ${SUBGRAPH} } }`, { from, to });
  return data.paths;
}

const TIMELINE = 'timeline(id: $id) { id name date { year month day iso inferred } place { id name } participants { role entity { id name } } }';

export async function timeline(id: string): Promise<TimelineEvent[]> {
  return (await gql<{ timeline: TimelineEvent[] }>(`query When($id: ID!) { ${TIMELINE} }`, { id })).timeline;
}

export async function entity(id: string): Promise<{ node: EntityDetails | null; timeline: TimelineEvent[] }> {
  return gql(`query Entity($id: ID!) {
    node(id: $id) {
      id
      ... on Entity {
        type name aliases
        related(first: 50) { id type direction status role other { id name type } citations { ${CITATION} } }
        mentions { ${CITATION} }
      }
      ... on Person { roles }
      ... on Organisation { kind }
      ... on Event { date { year month day iso inferred } place { id name } }
    }
    ${TIMELINE}
  }`, { id });
}
