import type { Plugin } from 'graphql-yoga';
import type { Guard, ServerMetrics } from './server-metrics.js';

/** The error codes the guards answer with (src/server/guards, src/graphql/complexity.ts, access). */
const GUARD_OF_CODE: Record<string, Guard> = {
  REQUEST_TOO_LARGE: 'body_limit',
  QUERY_TOO_DEEP: 'depth',
  TOO_MANY_ALIASES: 'aliases',
  TOO_MANY_DIRECTIVES: 'directives',
  QUERY_TOO_BROAD: 'breadth',
  QUERY_TOO_COSTLY: 'cost',
  REQUEST_TIMEOUT: 'timeout',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
};

/** graphql-armor's token limit is a parse error with no code of its own; its message is fixed. */
const TOKEN_LIMIT = /Token limit of \d+ exceeded/;

type ErrorLike = { message?: unknown; extensions?: Record<string, unknown> };

function guardOf(error: ErrorLike): Guard | undefined {
  const code = error.extensions?.code;
  if (typeof code === 'string' && code in GUARD_OF_CODE) return GUARD_OF_CODE[code];
  return typeof error.message === 'string' && TOKEN_LIMIT.test(error.message) ? 'tokens' : undefined;
}

/** The guards that refused one result: each counted once however many errors it raised. */
function guardsOf(result: unknown): Set<Guard> {
  const errors =
    result && typeof result === 'object' && 'errors' in result && Array.isArray(result.errors) ? (result.errors as ErrorLike[]) : [];
  return new Set(errors.map(guardOf).filter((g): g is Guard => g !== undefined));
}

/**
 * Counts refusals by guard from what the client is answered: the codes of each result's errors (each
 * operation of a batch on its own). A response that carries no result, the reader-token check's 401
 * (it ends the request before GraphQL runs), is counted from its status. The rate limiter's 429 is
 * counted by the HTTP listener, which sends it.
 */
export function useRefusalMetrics(metrics: ServerMetrics): Plugin {
  const withResult = new WeakSet<Request>();
  return {
    onResultProcess({ request, result }) {
      withResult.add(request);
      for (const one of Array.isArray(result) ? result : [result]) {
        for (const guard of guardsOf(one)) metrics.refused(guard);
      }
    },
    onResponse({ request, response }) {
      if (!withResult.has(request) && response.status === 401) metrics.refused('unauthenticated');
    },
  };
}
