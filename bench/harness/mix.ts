import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { luceneQueryFor } from '../../src/storage/neo4j/search-query.js';
import { MEMBERSHIP_TYPES } from '../servers/neo4j-graphql-typedefs.js';

/*
 * The query mix: each query as our server, @neo4j/graphql and the floor ask it, and for each a reading
 * of the answer as a sorted list of strings (ids, or ids with what hangs on them), so that the answers
 * can be checked to agree before anything is timed. @neo4j/graphql in two configurations
 * (bench/servers/neo4j-graphql-typedefs.ts): neo4jGraphql, the one its documentation recommends, and
 * neo4jGraphqlInterface, relationship fields to the Entity interface (the bench's first).
 */

export type ServerKind = 'ours' | 'neo4jGraphql' | 'neo4jGraphqlInterface' | 'floor';

/** The entities the mix asks about, picked from the loaded graph and the corpus manifest. */
export interface Probes {
  /** the most connected person with at most 100 relationships (one page of related(first: 100)) */
  hub: { id: string; degree: number };
  ordinary: { id: string; degree: number };
  /** the most connected person of all, for the hops */
  busiest: { id: string; degree: number };
  surname: string;
  pathFrom: string;
  pathTo: string;
}

export interface Request {
  /** a GraphQL body for ours and @neo4j/graphql; {name, params} for the floor */
  body: unknown;
  answer(json: any): string[];
}

export interface MixQuery {
  key: string;
  label: string;
  requests: Partial<Record<ServerKind, Request>>;
}

const gql = (query: string, variables: Record<string, unknown>) => ({ query, variables });
const sorted = (xs: string[]) => [...xs].sort();
const citationKey = (articles: string[], quotes: string[]) => sorted(articles.map((a, i) => `${a}#${quotes[i]}`)).join(';');

// ---- entity with its relationships and citations
const OURS_ENTITY = `query Entity($id: ID!) { node(id: $id) { id ... on Entity { name
  related(first: 100) { relationshipId type status other { id name } citations { quote article { id } } } } } }`;

const CLAIM_EDGES = 'edges { properties { id status citation_articles citation_quotes } node { id name } }';
// the fair peer: one field per type, both directions, first 100 by the relationship's id (the hub fits)
const NG_ENTITY = `query Entity($id: ID!) { anyEntities(where: { id: { eq: $id } }) { id name
    ${RELATIONSHIP_TYPE_NAMES.map((t) => `any_${t}Connection(first: 100, sort: [{ edge: { id: ASC } }]) { ${CLAIM_EDGES} }`).join('\n    ')} } }`;
// the interface peer: a field per type and direction
const NG_INTERFACE_ENTITY = `query Entity($id: ID!) { people(where: { id: { eq: $id } }) { id name
    ${RELATIONSHIP_TYPE_NAMES.flatMap((t) => [`out_${t}`, `in_${t}`])
      .map((f) => `${f}Connection { ${CLAIM_EDGES} }`)
      .join('\n    ')} } }`;

/** An entity's relationships as @neo4j/graphql returns them: every ...Connection field's edges. */
function claimEdges(entity: Record<string, any>): string[] {
  const out: string[] = [];
  for (const [field, value] of Object.entries(entity)) {
    if (!field.endsWith('Connection')) continue;
    for (const e of value.edges)
      out.push(`${e.properties.id}>${e.node.id}>${citationKey(e.properties.citation_articles, e.properties.citation_quotes)}`);
  }
  return sorted(out);
}

function entityQuery(key: string, label: string, id: string): MixQuery {
  return {
    key,
    label,
    requests: {
      ours: {
        body: gql(OURS_ENTITY, { id }),
        answer: (j) =>
          sorted(
            j.data.node.related.map(
              (r: any) =>
                `${r.relationshipId}>${r.other.id}>${citationKey(
                  r.citations.map((c: any) => c.article.id),
                  r.citations.map((c: any) => c.quote),
                )}`,
            ),
          ),
      },
      neo4jGraphql: { body: gql(NG_ENTITY, { id }), answer: (j) => claimEdges(j.data.anyEntities[0]) },
      neo4jGraphqlInterface: { body: gql(NG_INTERFACE_ENTITY, { id }), answer: (j) => claimEdges(j.data.people[0]) },
      floor: {
        body: { name: 'entity', params: { id, first: 100 } },
        answer: (j) => sorted(j.data.map((r: any) => `${r.id}>${r.otherId}>${citationKey(r.articles, r.quotes)}`)),
      },
    },
  };
}

// ---- two and three hops, first 10 at each level
const oursHops = (levels: number) => {
  let inner = 'id name';
  for (let i = 0; i < levels; i++) inner = `id name related(first: 10) { id other { ${inner} } }`;
  return `query Hops($id: ID!) { node(id: $id) { ... on Entity { ${inner} } } }`;
};
/** @neo4j/graphql's hops: its @cypher `neighbours` field, from `root` (anyEntities on the fair peer). */
const ngHops = (levels: number, root: string) => {
  let inner = 'id name';
  for (let i = 0; i < levels; i++) inner = `id name neighbours { ${inner} }`;
  return `query Hops($id: ID!) { ${root}(where: { id: { eq: $id } }) { ${inner} } }`;
};
const ngPaths = (start: any) =>
  sorted(
    paths(
      start.neighbours,
      (n) => n.neighbours,
      (n) => n.id,
    ),
  );

/** Every path of ids from the start's neighbours down, as strings "a>b>c". */
function paths(children: any[], next: (x: any) => any[] | undefined, idOf: (x: any) => string, prefix = ''): string[] {
  return children.flatMap((c) => {
    const here = `${prefix}${idOf(c)}`;
    return [here, ...paths(next(c) ?? [], next, idOf, `${here}>`)];
  });
}

function hopsQuery(key: string, label: string, id: string, levels: 2 | 3): MixQuery {
  return {
    key,
    label,
    requests: {
      ours: {
        body: gql(oursHops(levels), { id }),
        answer: (j) =>
          sorted(
            paths(
              j.data.node.related,
              (r) => r.other.related,
              (r) => r.other.id,
            ),
          ),
      },
      neo4jGraphql: { body: gql(ngHops(levels, 'anyEntities'), { id }), answer: (j) => ngPaths(j.data.anyEntities[0]) },
      neo4jGraphqlInterface: { body: gql(ngHops(levels, 'people'), { id }), answer: (j) => ngPaths(j.data.people[0]) },
      floor: {
        body: { name: levels === 2 ? 'twoHops' : 'threeHops', params: { id } },
        answer: (j) =>
          sorted(
            paths(
              j.data,
              (n) => n.next,
              (n) => n.id,
            ),
          ),
      },
    },
  };
}

// ---- 20 people with their organisations (the same body on both peers: Organisation targets on the fair one)
const OURS_PEOPLE = `{ entities(type: PERSON, first: 20) { edges { node { id name
  ... on Person { memberships { relationshipId type other { id name } } } } } } }`;
const NG_PEOPLE = `{ people(limit: 20, sort: [{ id: ASC }]) { id name
  ${MEMBERSHIP_TYPES.map((t) => `out_${t}Connection { edges { properties { id } node { id name } } }`).join('\n  ')} } }`;

const ngPeople: Request = {
  body: gql(NG_PEOPLE, {}),
  answer: (j) =>
    sorted(
      j.data.people.flatMap((p: any) => [
        p.id,
        ...MEMBERSHIP_TYPES.flatMap((t) => p[`out_${t}Connection`].edges.map((e: any) => `${p.id}>${e.properties.id}>${e.node.id}`)),
      ]),
    ),
};

function peopleQuery(): MixQuery {
  return {
    key: 'people',
    label: '20 people with their organisations',
    requests: {
      ours: {
        body: gql(OURS_PEOPLE, {}),
        answer: (j) =>
          sorted(
            j.data.entities.edges.flatMap((e: any) => [
              e.node.id,
              ...e.node.memberships.map((m: any) => `${e.node.id}>${m.relationshipId}>${m.other.id}`),
            ]),
          ),
      },
      neo4jGraphql: ngPeople,
      neo4jGraphqlInterface: ngPeople,
      floor: {
        body: { name: 'people', params: { first: 20 } },
        answer: (j) => sorted(j.data.flatMap((p: any) => [p.id, ...p.memberships.map((m: any) => `${p.id}>${m.id}>${m.otherId}`)])),
      },
    },
  };
}

// ---- search by a surname: agree on the people who carry the surname (the rest is fuzzy ranking). The fair
// peer ranks with its @fulltext query over entity names (Lucene's words); the interface peer's `contains`
// looks at people's names only, unranked
/** The floor's search: the same Lucene query on the same index as ours. */
function searchParams(surname: string): { index: string; lucene: string } {
  const lucene = luceneQueryFor(surname);
  if (!lucene) throw new Error(`no search for ${JSON.stringify(surname)}: it holds no word`);
  return { index: lucene.index, lucene: lucene.query };
}

function searchQuery(surname: string): MixQuery {
  const carries = (hit: { id: string; name: string }) =>
    hit.id.startsWith('person:') && hit.name.toLowerCase().includes(surname.toLowerCase());
  const keep = (hits: Array<{ id: string; name: string }>) => sorted(hits.filter(carries).map((h) => h.id));
  return {
    key: 'search',
    label: `search by a surname ("${surname}")`,
    requests: {
      ours: {
        body: gql('query Search($q: String!) { search(query: $q, first: 10) { score entity { id name } } }', { q: surname }),
        answer: (j) => keep(j.data.search.map((h: any) => h.entity)),
      },
      neo4jGraphql: {
        body: gql(
          'query Search($q: String!) { anyEntitiesByName(phrase: $q, first: 10, sort: [{ score: DESC }]) { edges { score node { id name } } } }',
          { q: surname },
        ),
        answer: (j) => keep(j.data.anyEntitiesByName.edges.map((e: any) => e.node)),
      },
      neo4jGraphqlInterface: {
        body: gql('query Search($q: String!) { people(where: { name: { contains: $q } }, limit: 10, sort: [{ id: ASC }]) { id name } }', {
          q: surname,
        }),
        answer: (j) => keep(j.data.people),
      },
      floor: {
        body: { name: 'search', params: { ...searchParams(surname), first: 10 } },
        answer: (j) => keep(j.data),
      },
    },
  };
}

// ---- neighbourhood, paths, timeline: no declarative form in @neo4j/graphql
function neighbourhoodQuery(id: string): MixQuery {
  return {
    key: 'neighbourhood',
    label: 'neighbourhood depth 2, limit 100',
    requests: {
      ours: {
        body: gql('query N($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) { nodes { id } edges { id } } }', { id }),
        answer: (j) =>
          sorted([...j.data.neighbourhood.nodes.map((n: any) => n.id), ...j.data.neighbourhood.edges.map((e: any) => `edge ${e.id}`)]),
      },
      floor: {
        body: { name: 'neighbourhood', params: { id, limit: 100 } },
        answer: (j) => sorted([...j.data[0].nodes, ...j.data[0].edges.map((e: string) => `edge ${e}`)]),
      },
    },
  };
}

function pathsQuery(from: string, to: string): MixQuery {
  return {
    key: 'paths',
    label: 'shortest paths between two entities (up to 4 hops)',
    requests: {
      ours: {
        body: gql('query P($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4) { nodes { id } edges { id } } }', {
          from,
          to,
        }),
        answer: (j) => sorted([...j.data.paths.nodes.map((n: any) => n.id), ...j.data.paths.edges.map((e: any) => `edge ${e.id}`)]),
      },
      floor: {
        body: { name: 'paths', params: { from, to } },
        answer: (j) => sorted([...j.data[0].nodes, ...j.data[0].edges.map((e: string) => `edge ${e}`)]),
      },
    },
  };
}

function timelineQuery(id: string): MixQuery {
  const ng: Request = {
    body: gql(
      `query T($id: ID!) { people(where: { id: { eq: $id } }) {
          participatedIn(sort: [{ date_year: ASC }, { date_month: ASC }, { date_day: ASC }, { id: ASC }]) { id name date_year date_month date_day } } }`,
      { id },
    ),
    answer: (j) => sorted([...new Set<string>(j.data.people[0].participatedIn.map((e: any) => e.id))]),
  };
  return {
    key: 'timeline',
    label: 'timeline of a person',
    requests: {
      ours: {
        body: gql('query T($id: ID!) { timeline(id: $id) { id name date { iso } } }', { id }),
        answer: (j) => sorted([...new Set<string>(j.data.timeline.map((e: any) => e.id))]),
      },
      neo4jGraphql: ng,
      neo4jGraphqlInterface: ng,
      floor: {
        body: { name: 'timeline', params: { id } },
        answer: (j) => sorted([...new Set<string>(j.data.map((e: any) => e.id))]),
      },
    },
  };
}

export function queryMix(p: Probes): MixQuery[] {
  return [
    entityQuery('entityHub', `one entity with all its relationships and citations, hub (${p.hub.degree} relationships)`, p.hub.id),
    entityQuery('entityOrdinary', `the same, ordinary entity (${p.ordinary.degree} relationships)`, p.ordinary.id),
    hopsQuery('twoHops', `two hops from the busiest person (${p.busiest.degree} relationships), first 10 at each level`, p.busiest.id, 2),
    hopsQuery('threeHops', 'three hops from the busiest person, first 10 at each level', p.busiest.id, 3),
    peopleQuery(),
    searchQuery(p.surname),
    neighbourhoodQuery(p.hub.id),
    pathsQuery(p.pathFrom, p.pathTo),
    timelineQuery(p.hub.id),
  ];
}
