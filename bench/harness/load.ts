import autocannon from 'autocannon';
import type { MixQuery, ServerKind } from './mix.js';
import { postJson, sampleRss, type ServerProcess } from './processes.js';

/** A server of the mix: its process and which form of each query it takes. */
export interface MixServer {
  name: string;
  asks: ServerKind;
  process: ServerProcess;
}

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** peak RSS of the server process during the run, MB */
  rssMb: number;
  /** non-2xx answers, timeouts and connection errors */
  failures: number;
}

export interface Agreement {
  query: string;
  server: string;
  /** null when it agrees with ours on Neo4j */
  difference: string | null;
}

/** Asks every server every query once and compares each answer with ours on Neo4j. */
export async function checkAgreement(mix: MixQuery[], servers: MixServer[], reference = 'ours'): Promise<Agreement[]> {
  const out: Agreement[] = [];
  for (const q of mix) {
    const answers = new Map<string, string[]>();
    for (const s of servers) {
      const request = q.requests[s.asks];
      if (!request) continue;
      answers.set(s.name, request.answer(await postJson(s.process.url, request.body)));
    }
    const expected = answers.get(reference)!;
    if (expected.length === 0) console.warn(`  ${q.key}: the answer is empty (the comparison proves little)`);
    for (const [server, got] of answers) {
      if (server === reference) continue;
      const missing = expected.filter((x) => !got.includes(x));
      const extra = got.filter((x) => !expected.includes(x));
      const same = missing.length === 0 && extra.length === 0 && got.length === expected.length;
      out.push({
        query: q.key,
        server,
        difference: same
          ? null
          : `${expected.length} vs ${got.length} items; missing ${JSON.stringify(missing.slice(0, 3))}; extra ${JSON.stringify(extra.slice(0, 3))}`,
      });
    }
    console.log(
      `  ${q.key}: ${expected.length} items; ${out
        .filter((a) => a.query === q.key)
        .map((a) => `${a.server} ${a.difference ? 'DIFFERS' : 'agrees'}`)
        .join(', ')}`,
    );
  }
  return out;
}

async function measure(server: MixServer, body: unknown, seconds: number, connections: number): Promise<Measurement> {
  const stopSampling = sampleRss(server.process.child.pid!);
  const fire = (duration: number) =>
    autocannon({
      url: server.process.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      connections,
      duration,
      timeout: 60,
    });
  let result = await fire(seconds);
  // a server slower than connections / seconds finishes almost nothing in the window (each request waits
  // behind the 15 others): give it a window three times as long rather than report a rate of ~0
  if (result.requests.total < connections) result = await fire(seconds * 3);
  return {
    requestsPerSecond: result.requests.total / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    rssMb: stopSampling(),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** Waits until the server answers a trivial request: the requests queued before it in its process are done. */
async function settleServer(server: MixServer): Promise<void> {
  await fetch(server.process.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
    signal: AbortSignal.timeout(180_000),
  })
    .then((r) => r.text())
    .catch(() => undefined);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Per query and server: the median of `rounds` runs of `seconds`; rounds interleave queries and servers. */
export async function runMix(
  mix: MixQuery[],
  servers: MixServer[],
  options: { rounds: number; seconds: number; connections: number; settle?: () => Promise<unknown> },
) {
  // each window alone: the requests a window left in flight are finished, or ended, before the next
  const measureAlone = async (s: MixServer, body: unknown, seconds: number) => {
    const m = await measure(s, body, seconds, options.connections);
    await settleServer(s);
    await options.settle?.();
    return m;
  };
  const runs = new Map<string, Measurement[]>();
  const pairs = mix.flatMap((q) => servers.filter((s) => q.requests[s.asks]).map((s) => ({ q, s })));
  console.log(`warming up ${pairs.length} query/server pairs`);
  for (const { q, s } of pairs) await measureAlone(s, q.requests[s.asks]!.body, 1);
  for (let round = 1; round <= options.rounds; round++) {
    console.log(`round ${round}/${options.rounds}`);
    for (const q of mix) {
      // the servers take turns going first, so none always runs on a machine cooled by the others
      const order = servers.filter((s) => q.requests[s.asks]);
      for (let i = 0; i < (round - 1) % Math.max(1, order.length); i++) order.push(order.shift()!);
      for (const s of order) {
        const m = await measureAlone(s, q.requests[s.asks]!.body, options.seconds);
        const key = `${q.key}/${s.name}`;
        runs.set(key, [...(runs.get(key) ?? []), m]);
        console.log(
          `  ${q.key.padEnd(15)} ${s.name.padEnd(13)} ${m.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  rss ${m.rssMb.toFixed(0)} MB${m.failures ? `  FAILURES ${m.failures}` : ''}`,
        );
      }
    }
  }
  const medians = new Map<string, Measurement>();
  for (const [key, ms] of runs) {
    medians.set(key, {
      requestsPerSecond: median(ms.map((m) => m.requestsPerSecond)),
      p50: median(ms.map((m) => m.p50)),
      p99: median(ms.map((m) => m.p99)),
      rssMb: Math.max(...ms.map((m) => m.rssMb)),
      failures: ms.reduce((n, m) => n + m.failures, 0),
    });
  }
  return medians;
}
