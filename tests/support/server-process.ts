import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export const repoRoot = new URL('../../', import.meta.url).pathname;

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** everything the process wrote to stdout and stderr so far */
  logs(): string;
  /** SIGTERM (SIGKILL after 10 s), then the exit code */
  stop(): Promise<number | null>;
  /** the exit code once the process has exited */
  exited: Promise<number | null>;
}

/** How `npm start` runs the server: TypeScript through tsx. */
export const TS_SERVER_ARGS = ['--import', 'tsx', 'src/server/main.ts'];

/**
 * The real server, as `npm start` runs it unless `args` say otherwise, with `env` on top; resolves once it
 * logs that it listens.
 */
export async function startServer(
  env: Record<string, string>,
  options: { args?: string[]; startTimeoutMs?: number } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn('node', options.args ?? TS_SERVER_ARGS, {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'info', ...env, PORT: String(port) },
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), options.startTimeoutMs ?? 60_000);
    child.stderr!.on('data', () => output.includes('GraphiQL and the API') && (clearTimeout(timer), resolve()));
    void exited.then((code) => (clearTimeout(timer), reject(new Error(`server exited with ${code}:\n${output}`))));
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { child, port, url: `http://127.0.0.1:${port}`, logs: () => output, stop, exited };
}

/** POSTs a GraphQL query; the HTTP status, the body, the headers and how long it took. */
export async function postQuery(
  url: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any; ms: number; headers: Headers }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  return { status: response.status, body, ms: performance.now() - started, headers: response.headers };
}
