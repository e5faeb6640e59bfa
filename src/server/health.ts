import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { KgError } from '../domain/errors.js';
import type { GraphStore } from '../storage/graph-store.js';

/** /ready answers within this even when the store hangs: a probe must not hang with it. */
const READY_TIMEOUT_MS = 2_000;

export interface Readiness {
  ready: boolean;
  /** why not, in words safe to show anyone (the details go to the log) */
  reason?: string;
}

/**
 * Whether the store answers a small query now. Counting articles is on the port for both stores and
 * cheap on both (Neo4j's count store; an index-only count in SQLite).
 */
export async function checkReadiness(store: GraphStore, logger: Logger, shuttingDown: boolean): Promise<Readiness> {
  if (shuttingDown) return { ready: false, reason: 'the server is shutting down' };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the store did not answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
  });
  try {
    await Promise.race([store.countArticles(), timeout]);
    return { ready: true };
  } catch (error) {
    logger.warn({ err: error }, 'not ready: the store does not answer');
    const code = error instanceof KgError ? error.code : 'STORE_UNAVAILABLE';
    return { ready: false, reason: `the ${store.kind} graph store does not answer (${code})` };
  } finally {
    clearTimeout(timer);
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}
