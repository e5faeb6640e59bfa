// Start-up to first answer on the embedded store, as a new user's `npm start` meets it:
// a cold start on an empty data dir (migrate + seed) and a warm start on the seeded one.
//   npx tsx bench/startup.ts [runs]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 5);
const root = new URL('../', import.meta.url).pathname;
const query = JSON.stringify({ query: '{ search(query: "Duvanov", first: 1) { entity { name } } }' });

async function timeToFirstAnswer(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn('node', ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), KG_DATA_DIR: dataDir, NEO4J_URI: '', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: query,
        });
        if (response.ok && (await response.json()).data?.search?.length === 1) return performance.now() - started;
      } catch {
        /* not listening yet */
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  cold.push(await timeToFirstAnswer(dir, 4600 + i));
  warm.push(await timeToFirstAnswer(dir, 4700 + i));
  rmSync(dir, { recursive: true, force: true });
}
console.log(`start-up to first answer, embedded store, ${runs} runs each (median, min-max ms):`);
console.log(
  `  cold (empty data dir: migrate + seed): ${median(cold).toFixed(0)} (${Math.min(...cold).toFixed(0)}-${Math.max(...cold).toFixed(0)})`,
);
console.log(
  `  warm (seeded data dir):                ${median(warm).toFixed(0)} (${Math.min(...warm).toFixed(0)}-${Math.max(...warm).toFixed(0)})`,
);
