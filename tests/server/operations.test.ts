import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../src/storage/embedded/connection.js';
import { postQuery, repoRoot, startServer, type ServerProcess } from '../support/server-process.js';

const SEARCH = '{ search(query: "Duvanov", first: 1) { entity { id name } } }';
const dataDir = mkdtempSync(join(tmpdir(), 'kg-ops-'));
const servers: ServerProcess[] = [];

async function start(env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await startServer({ NEO4J_URI: '', KG_DATA_DIR: dataDir, ...env });
  servers.push(server);
  return server;
}

/** The JSON log lines the server wrote. */
function logLines(server: ServerProcess): Record<string, unknown>[] {
  return server
    .logs()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
}

afterAll(async () => {
  for (const server of servers) await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a running server (embedded store)', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await start({ LOG_LEVEL: 'debug' });
  }, 60_000);

  it('answers /health and /ready', async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('gives each request an id in x-request-id, keeping a sane one the caller sent', async () => {
    const generated = await postQuery(server.url, SEARCH);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const again = await postQuery(server.url, SEARCH);
    expect(again.headers.get('x-request-id')).not.toBe(generated.headers.get('x-request-id'));

    expect((await postQuery(server.url, SEARCH, { 'x-request-id': 'edge-7f3a.2' })).headers.get('x-request-id')).toBe('edge-7f3a.2');
    for (const insane of ['x'.repeat(500), 'two words', 'a"b<script>']) {
      const id = (await postQuery(server.url, SEARCH, { 'x-request-id': insane })).headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect((await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'probe-1' } })).headers.get('x-request-id')).toBe('probe-1');
  });

  it('writes the request id on every log line of that request', async () => {
    const id = 'trace-me-42';
    const { body } = await postQuery(server.url, '{ node(id: "person:sergei-duvanov") { id } nope: node(id: 7) { id } }', {
      'x-request-id': id,
    });
    expect(body.data.node.id).toBe('person:sergei-duvanov');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const mine = logLines(server).filter((l) => l.requestId === id);
    // yoga's own lines, the store trace ('executed') and the access line ('request')
    expect(mine.map((l) => l.msg)).toEqual(expect.arrayContaining(['executed', 'request']));
    expect(mine.find((l) => l.msg === 'request')).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });
    // every line logged while the request ran carries its id: none without one between its first and last
    const all = logLines(server);
    const first = all.findIndex((l) => l.requestId === id);
    const last = all.length - 1 - [...all].reverse().findIndex((l) => l.requestId === id);
    expect(all.slice(first, last + 1).every((l) => l.requestId === id)).toBe(true);
  });

  it('on a port already in use says so in one line and exits 1', async () => {
    const child = spawn('node', ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: '', KG_DATA_DIR: dataDir, PORT: String(server.port), LOG_LEVEL: 'silent' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `kg: cannot listen: 127.0.0.1:${server.port} is already in use (stop what uses it, or set PORT)`,
    ]);
  }, 30_000);
});

describe('graceful shutdown on SIGTERM', () => {
  it('lets an in-flight request finish, refuses new connections, closes the store and exits 0', async () => {
    // a data dir of its own: no other server holds the SQLite file open
    const ownDir = mkdtempSync(join(tmpdir(), 'kg-ops-stop-'));
    const server = await start({ KG_DATA_DIR: ownDir });
    const body = JSON.stringify({ query: SEARCH });
    // a slow client: the request is in flight (headers and half the body sent) when SIGTERM arrives
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        `${server.url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(20)), 1_000);
      }, 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(server.child.exitCode).toBeNull();
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();

    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text).data.search[0].entity.id).toBe('person:sergei-duvanov');
    expect(await server.exited).toBe(0);
    expect(server.logs()).toContain('"msg":"stopped"');
    // SQLite removes its write-ahead log when the last connection closes cleanly
    expect(existsSync(join(ownDir, DATABASE_FILE_NAME))).toBe(true);
    expect(existsSync(join(ownDir, `${DATABASE_FILE_NAME}-wal`))).toBe(false);
    rmSync(ownDir, { recursive: true, force: true });
  }, 60_000);
});
