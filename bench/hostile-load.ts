// Does a stream of hostile requests hurt everyone else? Starts the real server (embedded store, seeded),
// times an ordinary query alone (clean), then the same query while hostile clients send refused
// requests as fast as they can (cost, depth, alias and token bombs, oversized bodies, malformed JSON),
// alternating clean and loaded rounds so machine noise falls on both. Not part of `npm test`.
//   npx tsx bench/hostile-load.ts [requestsPerRound] [hostileClients]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const perRound = Number(process.argv[2] ?? 200);
const hostileClients = Number(process.argv[3] ?? 4);
const rounds = 3;
const root = new URL('../', import.meta.url).pathname;
const port = 40_000 + Math.floor(Math.random() * 10_000);
const url = `http://127.0.0.1:${port}/graphql`;

const NORMAL = JSON.stringify({ query: '{ node(id: "person:sergei-duvanov") { ... on Person { name related(first: 20) { type status other { name } citations { quote } } } } }' });
const nested = (levels: number) => {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = `related(first: 100) { other { name ${inner} } }`;
  return `{ node(id: "person:sergei-duvanov") { ... on Person { ${inner} } } }`;
};
const HOSTILE = [
  JSON.stringify({ query: nested(7) }),
  JSON.stringify({ query: nested(4) }),
  JSON.stringify({ query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: neighbourhood(id: "person:sergei-duvanov", depth: 4, limit: 1000) { nodes { id } }`).join(' ')} }` }),
  JSON.stringify({ query: `{ node(id: "person:sergei-duvanov") { ${'id '.repeat(20_000)} } }` }),
  JSON.stringify({ query: `{ ${'a { '.repeat(5000)}b${' }'.repeat(5000)} }` }),
  JSON.stringify({ query: `{ search(query: "${'x'.repeat(2_000_000)}") { score } }` }),
  '{"query": "{ node(id: ',
];

const post = (body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

async function timeNormal(n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const response = await post(NORMAL);
    const answer = (await response.json()) as { errors?: unknown };
    if (answer.errors) throw new Error(`the normal query failed: ${JSON.stringify(answer.errors)}`);
    times.push(performance.now() - started);
  }
  return times;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-hostile-'));
  const child = spawn('node', ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root, env: { ...process.env, PORT: String(port), KG_DATA_DIR: dataDir, NEO4J_URI: '', LOG_LEVEL: 'silent' }, stdio: 'ignore',
  });
  try {
    for (;;) {
      try { if ((await post(NORMAL)).ok) break; } catch { /* not up yet */ }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await timeNormal(50); // warm up
    const clean: number[] = [];
    const loaded: number[] = [];
    let refused = 0;
    let hostileServerErrors = 0;
    for (let round = 0; round < rounds; round++) {
      clean.push(...(await timeNormal(perRound)));
      let stop = false;
      const attackers = Array.from({ length: hostileClients }, async (_, c) => {
        for (let i = c; !stop; i++) {
          const response = await post(HOSTILE[i % HOSTILE.length]).catch(() => null);
          await response?.arrayBuffer().catch(() => null);
          if (response && response.status >= 500) hostileServerErrors++;
          else refused++;
        }
      });
      loaded.push(...(await timeNormal(perRound)));
      stop = true;
      await Promise.all(attackers);
    }
    const row = (name: string, xs: number[]) => `| ${name} | ${quantile(xs, 0.5).toFixed(2)} | ${quantile(xs, 0.95).toFixed(2)} | ${quantile(xs, 0.99).toFixed(2)} |`;
    console.log(`${rounds} rounds of ${perRound} ordinary requests, clean and under ${hostileClients} hostile clients, alternating`);
    console.log('| ordinary query | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|');
    console.log(row('clean', clean));
    console.log(row('under attack', loaded));
    console.log(`p50 ratio ${(quantile(loaded, 0.5) / quantile(clean, 0.5)).toFixed(2)}x, p95 ratio ${(quantile(loaded, 0.95) / quantile(clean, 0.95)).toFixed(2)}x; hostile requests refused: ${refused}, answered 5xx: ${hostileServerErrors}`);
  } finally {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
