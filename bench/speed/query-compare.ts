// GraphQL queries answered by two versions side by side over the same stored graph (yoga.fetch in
// process, no HTTP): median and p90 ms over interleaved rounds, response bytes, store round trips.
//   npx tsx bench/speed/query-compare.ts --before /work/wt-speed-base --store neo4j [--embedded-dir DIR]
// Neo4j: the database at SPEED_NEO4J_URI (default bolt://127.0.0.1:7698), loaded beforehand (ingest-compare).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import pino from 'pino';
import { loadVersion, SPEED_NEO4J } from './roots.js';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    store: { type: 'string', default: 'neo4j' },
    rounds: { type: 'string', default: '30' },
    'embedded-dir': { type: 'string' },
    hub: { type: 'string' },
    'hub-name': { type: 'string' },
    ordinary: { type: 'string' },
  },
});

async function yogaOf(label: string, root: string) {
  const version = await loadVersion(label, root);
  const { createKgYoga } = await import(pathToFileURL(resolve(root, 'src/server/yoga.ts')).href);
  const store =
    values.store === 'neo4j' ? await version.openNeo4jStore(SPEED_NEO4J) : await version.openEmbeddedStore(values['embedded-dir']!);
  const yoga = createKgYoga({ store, logger: pino({ level: 'silent' }), trace: true, limits: undefined });
  return { label, store, yoga };
}

async function ask(yoga: any, query: string, variables: Record<string, unknown> = {}) {
  const response = await yoga.fetch('http://kg.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kg-trace': '1' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { text, json: JSON.parse(text) };
}

const versions = [];
if (values.before) versions.push(await yogaOf('before', values.before));
versions.push(await yogaOf('after', process.cwd()));

// the busiest person and an ordinary one (4 relationships), found in the Neo4j graph
const driver = neo4j.driver(SPEED_NEO4J.uri, neo4j.auth.basic(SPEED_NEO4J.user, SPEED_NEO4J.password));
const pick = async (cypher: string) =>
  (await driver.executeQuery(cypher)).records[0].toObject() as { id: string; name: string; degree: number };
const hub = values.hub
  ? { id: values.hub, name: values['hub-name']!, degree: 0 }
  : await pick(
      `MATCH (e:Entity {type: 'PERSON'}) WITH e, COUNT { (e)-[r]-(:Entity) } AS degree ORDER BY degree DESC, e.id LIMIT 1 RETURN e.id AS id, e.name AS name, degree`,
    );
const ordinary = values.ordinary
  ? { id: values.ordinary, degree: 4 }
  : await pick(
      `MATCH (e:Entity {type: 'PERSON'}) WITH e, COUNT { (e)-[r]-(:Entity) } AS degree WHERE degree = 4 RETURN e.id AS id, e.name AS name, degree ORDER BY id LIMIT 1`,
    );
await driver.close();
const surname = hub.name.split(' ').slice(-1)[0];
console.log(`hub ${hub.id} (${hub.degree} relationships), ordinary ${ordinary.id} (${ordinary.degree}), search "${surname}"`);

const CITED = 'id type status citations { quote article { title } }';
// the bench's own entity query (bench/harness/mix.ts): a citation's article asked for its id only
const MIX_ENTITY =
  'query($id: ID!) { node(id: $id) { id ... on Entity { name related(first: 100) { id type status other { id name } citations { quote article { id } } } } } }';
const QUERIES: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  {
    name: 'hub: related with citations, neighbours by name',
    query: `query($id: ID!) { node(id: $id) { ... on Entity { name related(first: 100) { ${CITED} other { name } } } } }`,
    variables: { id: hub.id },
  },
  {
    name: 'ordinary: related with citations',
    query: `query($id: ID!) { node(id: $id) { ... on Entity { name related(first: 100) { ${CITED} other { name } } } } }`,
    variables: { id: ordinary.id },
  },
  { name: 'mix: hub entity, citations with article ids', query: MIX_ENTITY, variables: { id: hub.id } },
  { name: 'mix: ordinary entity, citations with article ids', query: MIX_ENTITY, variables: { id: ordinary.id } },
  {
    name: 'hub: related(types: [MEMBER_OF], first: 5)',
    query: `query($id: ID!) { node(id: $id) { ... on Entity { related(types: ["MEMBER_OF"], first: 5) { ${CITED} } } } }`,
    variables: { id: hub.id },
  },
  {
    name: 'hub: related(direction: IN, first: 5)',
    query: `query($id: ID!) { node(id: $id) { ... on Entity { related(direction: IN, first: 5) { ${CITED} } } } }`,
    variables: { id: hub.id },
  },
  {
    name: 'two hops from the hub, first 10 each',
    query: `query($id: ID!) { node(id: $id) { ... on Entity { related(first: 10) { other { name related(first: 10) { other { name } } } } } } }`,
    variables: { id: hub.id },
  },
  {
    name: '20 people with their organisations',
    query: `{ entities(first: 20, type: PERSON) { edges { node { name related(types: ["MEMBER_OF", "WORKS_FOR"], direction: OUT, first: 5) { other { name } } } } } }`,
  },
  {
    name: 'search by a surname',
    query: `query($q: String!) { search(query: $q, first: 10) { entity { id name } } }`,
    variables: { q: surname },
  },
  {
    name: 'hub with its mentions',
    query: `query($id: ID!) { node(id: $id) { ... on Entity { name mentions { quote } } } }`,
    variables: { id: hub.id },
  },
  {
    name: 'neighbourhood of the hub, depth 2, limit 100',
    query: `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) { nodes { id } edges { id } } }`,
    variables: { id: hub.id },
  },
];

const rounds = Number(values.rounds);
const rows: string[] = [];
for (const q of QUERIES) {
  const times = new Map<string, number[]>(versions.map((v) => [v.label, []]));
  const shape = new Map<string, { bytes: number; trips: unknown; data: string }>();
  for (const v of versions) {
    // warm-up, and the answers compared
    const { text, json } = await ask(v.yoga, q.query, q.variables);
    if (json.errors) throw new Error(`${v.label} ${q.name}: ${JSON.stringify(json.errors)}`);
    shape.set(v.label, { bytes: text.length, trips: json.extensions?.kg?.roundTrips, data: JSON.stringify(json.data) });
  }
  for (let r = 0; r < rounds; r++) {
    for (const v of r % 2 ? [...versions].reverse() : versions) {
      const t = performance.now();
      await ask(v.yoga, q.query, q.variables);
      times.get(v.label)!.push(performance.now() - t);
    }
  }
  const stat = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
  const cells = versions.map(
    (v) =>
      `${stat(times.get(v.label)!, 0.5).toFixed(1)} ms (p90 ${stat(times.get(v.label)!, 0.9).toFixed(1)}, ${shape.get(v.label)!.trips} trips)`,
  );
  const same = versions.length < 2 || shape.get('before')!.data === shape.get('after')!.data;
  const ratio = versions.length === 2 ? `${(stat(times.get('before')!, 0.5) / stat(times.get('after')!, 0.5)).toFixed(2)}x` : '';
  rows.push(`| ${q.name} | ${cells.join(' | ')} | ${ratio} | ${same ? 'same' : 'DIFFERENT'} |`);
  console.log(rows[rows.length - 1]);
}
for (const v of versions) await v.store.close();
