import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An id a proxy or client may pass in: short, and only characters safe in a header and a log line. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface RequestScope {
  requestId: string;
  /** the root logger's child carrying `requestId`: every log line of the request goes through it */
  logger: Logger;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** The caller's id when it is sane (so a request can be followed across services), else a fresh one. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Runs `work` (and everything it awaits) with the request's scope, which `currentScope` then finds. */
export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** The scope of the request being handled, or undefined outside one (start-up, tests calling yoga directly). */
export function currentScope(): RequestScope | undefined {
  return scopes.getStore();
}

/** The current request's logger, or `fallback` outside a request. */
export function requestLogger(fallback: Logger): Logger {
  return scopes.getStore()?.logger ?? fallback;
}
