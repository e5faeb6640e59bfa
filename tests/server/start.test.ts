import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'kg-start-'));
let child: ChildProcess | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts the server as `npm start` does, on the embedded store, and waits for its "listening" log line. */
async function start(port: number): Promise<{ logs: () => string }> {
  let output = '';
  child = spawn('node', ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), KG_DATA_DIR: dataDir, NEO4J_URI: '', KG_TRACE: '1', LOG_LEVEL: 'info' },
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    child!.stderr!.on('data', () => output.includes('GraphiQL and the API') && (clearTimeout(timer), resolve()));
    child!.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { logs: () => output };
}

async function stop(): Promise<number | null> {
  if (!child || child.exitCode !== null) return child?.exitCode ?? null;
  const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

afterAll(async () => {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on a fresh machine', () => {
  it('seeds the empty embedded store, serves GraphiQL and answers, then stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const { logs } = await start(port);
    expect(logs()).toContain('seeded it from seed/');

    const page = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/graphiql/i);

    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(query: "Duvanov", first: 1) { entity { id name } } }' }),
    });
    const body = await response.json();
    expect(body.data.search[0].entity).toEqual({ id: 'person:sergei-duvanov', name: 'Sergei Duvanov' });
    expect(body.extensions.kg.store).toBe('embedded');

    expect(await stop()).toBe(0);
  }, 60_000);

  it('does not seed again on the next start', async () => {
    const port = await freePort();
    const { logs } = await start(port);
    expect(logs()).not.toContain('seeded it from seed/');
    expect(await stop()).toBe(0);
  }, 60_000);

  it('refuses to start with a bad setting, naming it', async () => {
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      let output = '';
      const p = spawn('node', ['--import', 'tsx', 'src/server/main.ts'], { cwd: root, env: { ...process.env, PORT: 'eighty', NEO4J_URI: '' } });
      p.stderr.on('data', (d) => (output += d));
      p.on('exit', (code) => resolve({ code, output }));
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('PORT: must be a number');
  }, 30_000);
});
