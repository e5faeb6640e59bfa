import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freePort, repoRoot, startServer, type ServerProcess } from '../support/server-process.js';

/*
 * docker-compose.yml's app service, checked without Docker: it is restarted when its process exits, and
 * its healthcheck command, run here as Docker would run it in the container (exec form, the service's
 * environment), passes against a ready server and fails against one that is not ready or not there.
 */

interface AppService {
  restart?: string;
  environment: Record<string, string | number>;
  healthcheck: { test: string[]; interval: string; timeout: string; retries: number; start_period: string };
}

const compose = parse(readFileSync(join(repoRoot, 'docker-compose.yml'), 'utf8')) as { services: { app: AppService } };
const app = compose.services.app;

/** Compose's interpolation of a value with no variables of its own: `$$` is a literal `$`; anything else would be substituted. */
function composeLiteral(value: string): string {
  return value.replace(/\$\$|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/g, (match) => {
    if (match === '$$') return '$';
    throw new Error(`compose would substitute ${match} in the healthcheck; write $$ for a literal $`);
  });
}

const seconds = (duration: string) => Number(/^(\d+)s$/.exec(duration)?.[1] ?? NaN);

/** Runs the healthcheck's command in exec form with PORT set as the container sets it; its exit code. */
async function healthcheck(port: number): Promise<number> {
  const [form, command, ...args] = app.healthcheck.test.map(composeLiteral);
  expect(form).toBe('CMD');
  try {
    await promisify(execFile)(command, args, { env: { ...process.env, PORT: String(port) }, timeout: 10_000 });
    return 0;
  } catch (error) {
    return (error as { code?: number }).code ?? -1;
  }
}

describe('docker-compose.yml: the app service', () => {
  let server: ServerProcess;
  let notReady: Server;
  let notReadyPort: number;
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-compose-app-'));

  beforeAll(async () => {
    server = await startServer({ NEO4J_URI: '', KG_DATA_DIR: dataDir });
    // what /ready answers while Neo4j is away
    notReady = createServer((_req, res) => res.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"unavailable"}'));
    notReadyPort = await freePort();
    await new Promise<void>((resolve) => notReady.listen(notReadyPort, '127.0.0.1', resolve));
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    notReady?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is restarted when its process exits, except after `docker compose stop`', () => {
    expect(app.restart).toBe('unless-stopped');
  });

  it("'s healthcheck asks /ready on the container's PORT, in time for Docker's timeout and after the first start's seeding", () => {
    expect(app.environment.PORT).toBeDefined();
    const script = composeLiteral(app.healthcheck.test.join(' '));
    expect(script).toContain('/ready');
    expect(script).toContain('process.env.PORT');
    expect(seconds(app.healthcheck.timeout)).toBeGreaterThan(4);
    expect(seconds(app.healthcheck.start_period)).toBeGreaterThanOrEqual(30);
    expect(app.healthcheck.retries).toBeGreaterThanOrEqual(2);
  });

  it("'s healthcheck passes against a ready server, and fails when /ready says 503 or nothing listens", async () => {
    expect(await healthcheck(server.port)).toBe(0);
    expect(await healthcheck(notReadyPort)).toBe(1);
    expect(await healthcheck(await freePort())).toBe(1);
  }, 30_000);
});
