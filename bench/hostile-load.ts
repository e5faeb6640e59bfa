// Does a stream of hostile requests hurt everyone else? Starts the real server (embedded store, seeded),
// times an ordinary query alone (clean), then the same query while hostile clients send refused
// requests as fast as they can (cost, depth, alias and token bombs, oversized bodies, malformed JSON),
// alternating clean and loaded rounds so machine noise falls on both. It does so twice in one run, on a
// server without rate limits and on one with the default per-client budgets (KG_RATE_LIMIT=1), each client
// at its own address as a trusted proxy reports it (KG_TRUST_PROXY=1). Not part of `npm test`.
//   npx tsx bench/hostile-load.ts [requestsPerRound] [hostileClients]
//   Hostile clients run in a worker thread, so that their client-side work does not delay the ordinary
//   client's timing in this event loop (figures before issue 25 had that artefact).
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const perRound = Number(process.argv[2] ?? 200);
const hostileClients = Number(process.argv[3] ?? 4);
const rounds = 3;
const root = new URL('../', import.meta.url).pathname;
let url = '';

const NORMAL = JSON.stringify({
  query:
    '{ node(id: "person:sergei-duvanov") { ... on Person { name related(first: 20) { type status other { name } citations { quote } } } } }',
});
const nested = (levels: number) => {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = `related(first: 100) { other { name ${inner} } }`;
  return `{ node(id: "person:sergei-duvanov") { ... on Person { ${inner} } } }`;
};
const HOSTILE = [
  JSON.stringify({ query: nested(7) }),
  JSON.stringify({ query: nested(4) }),
  JSON.stringify({
    query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: neighbourhood(id: "person:sergei-duvanov", depth: 4, limit: 1000) { nodes { id } }`).join(' ')} }`,
  }),
  JSON.stringify({ query: `{ node(id: "person:sergei-duvanov") { ${'id '.repeat(20_000)} } }` }),
  JSON.stringify({ query: `{ ${'a { '.repeat(5000)}b${' }'.repeat(5000)} }` }),
  JSON.stringify({ query: `{ search(query: "${'x'.repeat(2_000_000)}") { score } }` }),
  '{"query": "{ node(id: ',
];

/** Each client at its own address, as the (trusted) proxy in front of the server would say. */
const ORDINARY_CLIENT = '198.51.100.1';
const hostileClient = (c: number) => `203.0.113.${c + 1}`;

const post = (body: string, client = ORDINARY_CLIENT) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, body });

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

interface Tally {
  /** hostile requests answered 4xx or with errors after being read and checked */
  refused: number;
  /** hostile requests answered 429 before their body was read */
  rateLimited: number;
  /** hostile requests whose connection was closed before an answer was read (a 429 to a long body) */
  closed: number;
  hostileServerErrors: number;
}

interface Measured extends Tally {
  clean: number[];
  loaded: number[];
  /** the server process's CPU time (ms) during the clean rounds and during the attacked ones */
  cleanCpuMs: number;
  loadedCpuMs: number;
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux; NaN elsewhere). */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
  } catch {
    return Number.NaN;
  }
}

/**
 * The hostile clients' loop, in a thread of its own: their client-side work (encoding a 2 MB body, say)
 * must not delay the ordinary client's timing by sharing its event loop, as it would from another machine.
 */
const ATTACKERS = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, addresses } = workerData;
// encoded once: the attacker's own work per request stays small, as it would be on a machine of its own
const bodies = workerData.bodies.map((body) => new TextEncoder().encode(body));
const tally = { refused: 0, rateLimited: 0, closed: 0, hostileServerErrors: 0 };
let stopping = false;
parentPort.on('message', () => { stopping = true; });
Promise.all(addresses.map(async (address, c) => {
  for (let i = c; !stopping; i++) {
    const init = { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: bodies[i % bodies.length] };
    const response = await fetch(url, init).catch(() => null);
    const read = await response?.arrayBuffer().then(() => true, () => false);
    if (!response || !read) tally.closed++;
    else if (response.status >= 500) tally.hostileServerErrors++;
    else if (response.status === 429) tally.rateLimited++;
    else tally.refused++;
  }
})).then(() => parentPort.postMessage(tally));
`;

/** Hostile clients sending back to back until `stop()`, which resolves to what they were answered. */
function attack(): { stop: () => Promise<Tally> } {
  const addresses = Array.from({ length: hostileClients }, (_, c) => hostileClient(c));
  const worker = new Worker(ATTACKERS, { eval: true, workerData: { url, bodies: HOSTILE, addresses } });
  const done = new Promise<Tally>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    stop: async () => {
      worker.postMessage('stop');
      const tally = await done;
      await worker.terminate();
      return tally;
    },
  };
}

/** Starts a real server with `env` on top, measures the rounds, stops it. */
async function measure(env: Record<string, string>): Promise<Measured> {
  const port = 40_000 + Math.floor(Math.random() * 10_000);
  url = `http://127.0.0.1:${port}/graphql`;
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-hostile-'));
  const child = spawn('node', ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), KG_DATA_DIR: dataDir, NEO4J_URI: '', LOG_LEVEL: 'silent', KG_TRUST_PROXY: '1', ...env },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        if ((await post(NORMAL)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await timeNormal(50); // warm up
    const measured: Measured = {
      clean: [],
      loaded: [],
      cleanCpuMs: 0,
      loadedCpuMs: 0,
      refused: 0,
      rateLimited: 0,
      closed: 0,
      hostileServerErrors: 0,
    };
    for (let round = 0; round < rounds; round++) {
      let cpu = cpuMsOf(child.pid);
      measured.clean.push(...(await timeNormal(perRound)));
      measured.cleanCpuMs += cpuMsOf(child.pid) - cpu;
      const attackers = attack();
      cpu = cpuMsOf(child.pid);
      measured.loaded.push(...(await timeNormal(perRound)));
      measured.loadedCpuMs += cpuMsOf(child.pid) - cpu;
      const tally = await attackers.stop();
      for (const key of ['refused', 'rateLimited', 'closed', 'hostileServerErrors'] as const) measured[key] += tally[key];
    }
    return measured;
  } finally {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const configurations: [string, Record<string, string>][] = [
    ['no rate limits', { KG_RATE_LIMIT: '0' }],
    ['rate limits (defaults)', { KG_RATE_LIMIT: '1' }],
  ];
  const ms = (xs: number[], q: number) => quantile(xs, q).toFixed(2);
  console.log(`${rounds} rounds of ${perRound} ordinary requests, clean and under ${hostileClients} hostile clients, alternating`);
  console.log(
    '| server | clean p50 / p95 ms | under attack p50 / p95 ms | ratio p50 / p95 | server CPU ms per ordinary request, clean / under attack | hostile requests: refused after reading / 429 before reading / connection closed | 5xx |\n|---|---|---|---|---|---|---|',
  );
  for (const [name, env] of configurations) {
    const m = await measure(env);
    const ratio = (q: number) => (quantile(m.loaded, q) / quantile(m.clean, q)).toFixed(2);
    console.log(
      `| ${name} | ${ms(m.clean, 0.5)} / ${ms(m.clean, 0.95)} | ${ms(m.loaded, 0.5)} / ${ms(m.loaded, 0.95)} | ${ratio(0.5)}x / ${ratio(0.95)}x | ${(m.cleanCpuMs / m.clean.length).toFixed(2)} / ${(m.loadedCpuMs / m.loaded.length).toFixed(2)} | ${m.refused} / ${m.rateLimited} / ${m.closed} | ${m.hostileServerErrors} |`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
