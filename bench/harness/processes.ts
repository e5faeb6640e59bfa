import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A server under test: a real process of its own, on its own port. */
export interface ServerProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** what it printed, for the error when it dies */
  output(): string;
}

/** tsx as a loader of a plain `node`, so the pid is the server's own (for RSS) and --cpu-prof works. */
export function nodeTs(script: string, nodeFlags: string[] = []): string[] {
  return [...nodeFlags, '--import', 'tsx', script];
}

export async function startServer(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  path = '/graphql',
): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const server: ServerProcess = { name, url: `http://127.0.0.1:${port}${path}`, child, output: () => output };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before answering:\n${output}`);
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      await response.arrayBuffer();
      return server;
    } catch {
      await sleep(250);
    }
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not answer on port ${port} within 120 s:\n${output}`);
}

export async function stopServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill(signal);
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

/** Resident set size of a process in MB (VmRSS of /proc/<pid>/status); 0 once it is gone. */
export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; gives the peak. */
export function sampleRss(pid: number, everyMs = 200): () => number {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, everyMs);
  return () => {
    clearInterval(timer);
    return Math.max(peak, rssMb(pid));
  };
}

/** POSTs a JSON body and parses the JSON answer; an HTTP error or GraphQL errors throw with the body. */
export async function postJson(url: string, body: unknown): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${url}: HTTP ${response.status}, not JSON: ${text.slice(0, 500)}`);
  }
  if (!response.ok || parsed.errors) throw new Error(`${url}: HTTP ${response.status}: ${text.slice(0, 1000)}`);
  return parsed;
}
