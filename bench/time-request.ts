// Times one GraphQL request in-process (no HTTP, one client): mean ms over N sequential runs after 20 warm-up
// runs, on Neo4j (NEO4J_URI, NEO4J_PASSWORD) or on an embedded store directory. For comparing two versions
// of the code side by side on one loaded graph (run it from each worktree, interleaved), e.g.
//   NEO4J_URI=bolt://127.0.0.1:7698 NEO4J_PASSWORD=kg-dev-password npx tsx bench/time-request.ts neo4j \
//     'query T($id: ID!) { timeline(id: $id) { id name date { iso } } }' '{"id":"person:mikhail-penotov"}' 200
import { createKgYoga } from '../src/server/yoga.js';
import { openEmbeddedStore } from '../src/storage/embedded/index.js';
import { openNeo4jStore } from '../src/storage/neo4j/index.js';
import { createLogger } from '../src/composition/logger.js';

const [where, query, variables = '{}', runs = '200'] = process.argv.slice(2);
if (!where || !query) throw new Error('usage: time-request.ts neo4j|<embedded store dir> <query> [variables JSON] [runs]');
const store =
  where === 'neo4j'
    ? await openNeo4jStore({
        uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
        user: process.env.NEO4J_USER ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        database: process.env.NEO4J_DATABASE ?? 'neo4j',
      })
    : await openEmbeddedStore(where);
const yoga = createKgYoga({ store, logger: createLogger('error') });
const request = async () => {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: JSON.parse(variables) }),
  });
  return response.json() as Promise<{ errors?: unknown[] }>;
};
try {
  const first = await request();
  if (first.errors) throw new Error(`the request fails: ${JSON.stringify(first.errors)}`);
  for (let i = 0; i < 20; i++) await request();
  const started = performance.now();
  for (let i = 0; i < Number(runs); i++) await request();
  console.log(`${((performance.now() - started) / Number(runs)).toFixed(2)} ms per request (${runs} runs)`);
} finally {
  await store.close();
}
