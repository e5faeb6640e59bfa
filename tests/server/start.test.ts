import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
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
      const p = spawn('node', ['--import', 'tsx', 'src/server/main.ts'], {
        cwd: root,
        env: { ...process.env, PORT: 'eighty', NEO4J_URI: '' },
      });
      p.stderr.on('data', (d) => (output += d));
      p.on('exit', (code) => resolve({ code, output }));
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('PORT: must be a number');
  }, 30_000);
});

/** The pids whose parent is `pid` (`ps` exits 1 when there are none). */
async function childrenOf(pid: number): Promise<number[]> {
  const { stdout } = await promisify(execFile)('ps', ['-o', 'pid=', '--ppid', String(pid)]).catch(() => ({ stdout: '' }));
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map(Number);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `npm start` itself, as a user types it, on a store of its own; resolves once the server listens. */
async function npmStart(
  port: number,
  dir: string,
  options: { ownGroup?: boolean } = {},
): Promise<{ npm: ChildProcess; logs: () => string; exited: Promise<number | null> }> {
  let output = '';
  // ownGroup: a process group of its own, as a terminal gives a command, so the test can send Ctrl-C's SIGINT to all of it
  const npm = spawn('npm', ['start'], {
    cwd: root,
    detached: options.ownGroup ?? false,
    env: { ...process.env, PORT: String(port), KG_DATA_DIR: dir, KG_SEED_ON_START: '0', NEO4J_URI: '', LOG_LEVEL: 'info' },
  });
  npm.stdout!.on('data', (d) => (output += d));
  npm.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not start the server:\n${output}`)), 30_000);
    npm.stderr!.on('data', () => output.includes('GraphiQL and the API') && (clearTimeout(timer), resolve()));
    void exited.then((code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  return { npm, logs: () => output, exited };
}

describe('npm start, as a process tree', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** Starts `npm start`, checks its one child is the server itself (no shell, no tsx between), returns both. */
  async function started(options: { ownGroup?: boolean } = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'kg-npm-start-'));
    dirs.push(dir);
    const port = await freePort();
    const run = await npmStart(port, dir, options);
    const children = await childrenOf(run.npm.pid!);
    expect(children).toHaveLength(1);
    const command = readFileSync(`/proc/${children[0]}/cmdline`, 'utf8').split('\0');
    expect(command.slice(0, 4)).toEqual(['node', '--import', 'tsx', 'src/server/main.ts']);
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    return { ...run, port, server: children[0] };
  }

  async function expectStoppedCleanly(run: Awaited<ReturnType<typeof started>>) {
    expect(await run.exited).toBe(0);
    expect(run.logs()).toContain('"msg":"stopped"');
    expect(isAlive(run.server)).toBe(false);
    await expect(fetch(`http://127.0.0.1:${run.port}/health`)).rejects.toThrow();
  }

  it('stops the server gracefully when npm gets SIGTERM, freeing the port', async () => {
    const run = await started();
    run.npm.kill('SIGTERM');
    await expectStoppedCleanly(run);
  }, 60_000);

  it("stops the server gracefully when npm's own child (the server) gets SIGTERM, and npm exits with it", async () => {
    const run = await started();
    process.kill(run.server, 'SIGTERM');
    await expectStoppedCleanly(run);
  }, 60_000);

  it('stops the server gracefully on Ctrl-C (SIGINT to the whole process group)', async () => {
    const run = await started({ ownGroup: true });
    process.kill(-run.npm.pid!, 'SIGINT');
    await expectStoppedCleanly(run);
  }, 60_000);
});
