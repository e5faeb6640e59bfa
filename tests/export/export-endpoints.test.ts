import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../support/server-process.js';
import { readGexf, readGraphml } from './parse-back.js';

/*
 * The two ways out: `kg export` (a real process on the embedded store) and the server's /export downloads,
 * bounded and with clear errors for bad requests.
 */

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
const env = { ...process.env, KG_DATA_DIR: join(dir, 'data'), NEO4J_URI: '' };

async function kg(...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [join(root, 'bin/kg.mjs'), ...args], { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let server: ServerProcess;
beforeAll(async () => {
  expect((await kg('seed')).code).toBe(0);
  server = await startServer({ KG_DATA_DIR: env.KG_DATA_DIR, NEO4J_URI: '' });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('kg export', () => {
  it('writes a neighbourhood, a path and the whole graph to files or stdout', async () => {
    const out = join(dir, 'duvanov.gexf');
    const hood = await kg('export', '--format', 'gexf', '--id', 'person:sergei-duvanov', '--depth', '2', '--limit', '30', '--out', out);
    expect(hood.code).toBe(0);
    expect(hood.stderr).toMatch(/30 nodes, \d+ edges as gexf/);
    const graph = readGexf(readFileSync(out, 'utf8'));
    expect(graph.nodes).toHaveLength(30);
    expect(graph.edges.every((e) => e.status && e.citations.length > 0)).toBe(true);

    const path = await kg('export', '--format', 'json', '--from', 'person:maria-pulman', '--to', 'person:nursultan-nazarbaev');
    expect(path.code).toBe(0);
    const json = JSON.parse(path.stdout);
    expect(json.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining(['person:maria-pulman', 'person:nursultan-nazarbaev']));

    const all = await kg('export', '--format', 'graphml', '--all');
    expect(all.code).toBe(0);
    expect(readGraphml(all.stdout).nodes).toHaveLength(52);
  }, 60_000);

  it('names what is wrong with a bad request and exits 1', async () => {
    const badFormat = await kg('export', '--format', 'pdf', '--all');
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toContain(
      '--format: "pdf" is not a format; the formats are graphml, gexf, json, csv-nodes, csv-edges, cypher',
    );
    const noScope = await kg('export', '--format', 'json');
    expect(noScope.stderr).toContain('give exactly one of --id ID');
    const halfPath = await kg('export', '--format', 'json', '--from', 'person:maria-pulman');
    expect(halfPath.stderr).toContain('--to: a path needs both --from and --to');
    const unknown = await kg('export', '--format', 'json', '--id', 'person:nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('entity "person:nobody" does not exist');
    const deep = await kg('export', '--format', 'json', '--id', 'person:sergei-duvanov', '--depth', '12');
    expect(deep.stderr).toContain('depth: must be a whole number between 1 and 4; got 12');
  }, 60_000);
});

describe('GET /export', () => {
  it('downloads each format as an attachment', async () => {
    for (const [format, type, ext] of [
      ['gexf', 'application/gexf+xml', 'gexf'],
      ['graphml', 'application/graphml+xml', 'graphml'],
      ['csv-edges', 'text/csv', 'edges.csv'],
      ['cypher', 'text/plain', 'cypher'],
      ['json', 'application/json', 'json'],
    ]) {
      const response = await fetch(`${server.url}/export?format=${format}&id=person:sergei-duvanov&depth=1&limit=50`);
      expect(response.status, format).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="person-sergei-duvanov.${ext}"`);
    }
    const path = await fetch(`${server.url}/export?format=graphml&from=person:sergei-duvanov&to=person:nursultan-nazarbaev`);
    expect(readGraphml(await path.text()).nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['person:nursultan-nazarbaev']));
    const all = await fetch(`${server.url}/export?format=gexf&all=1`);
    expect(readGexf(await all.text()).nodes).toHaveLength(52);
  });

  it('answers bad requests with 400 or 404 and a message naming the parameter', async () => {
    const cases: Array<[string, number, string]> = [
      ['format=pdf&all=1', 400, 'format: "pdf" is not a format'],
      ['format=json', 400, 'give id (a neighbourhood'],
      ['format=json&id=person:sergei-duvanov&limit=5000', 400, 'limit: must be a whole number between 1 and 1000; got 5000'],
      ['format=json&id=person:sergei-duvanov&depth=x', 400, 'depth: must be a whole number; got "x"'],
      ['format=json&id=person:nobody', 404, 'entity "person:nobody" does not exist'],
    ];
    for (const [query, status, message] of cases) {
      const response = await fetch(`${server.url}/export?${query}`);
      expect(response.status, query).toBe(status);
      expect((await response.json()).error.message, query).toContain(message);
    }
  });
});
