import type { IncomingMessage } from 'node:http';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import type { Plugin } from 'graphql-yoga';
import type { AccessConfig } from '../../access/tokens.js';
import { viewerOf } from '../../access/viewer.js';
import type { RateLimits } from '../../config/rate-limits.js';
import { CostBuckets } from './cost-buckets.js';
import { clientAddress, clientKey } from './client-key.js';

export interface RateLimitOptions {
  limits: RateLimits;
  access: AccessConfig;
  /** KG_MAX_COST: the most one request is charged, and what a refused request or a download is charged */
  maxCost: number;
  /** the clock, in ms (tests) */
  now?: () => number;
}

/** What one admitted request has done so far. */
interface Visit {
  client: string;
  /** an operation ran and was charged its cost */
  charged: boolean;
  /** GraphQL answered with errors before anything ran (parse, validation, a limit) */
  refused: boolean;
}

function tooManyRequests(waitMs: number, limits: RateLimits): Response {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const message = `This client has spent its budget of ${limits.budget} (query cost per ${limits.windowMs / 1000} s, KG_RATE_BUDGET); retry in ${seconds} s, or ask for less per query.`;
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } }] }), {
    status: 429,
    headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(seconds) },
  });
}

/** An operation's cost as the complexity plugin counts it, capped at maxCost: past it the query is refused anyway. */
function operationCost(args: { document: Parameters<typeof complexityFromQuery>[0]; schema: Parameters<typeof complexityFromQuery>[1]['schema']; variableValues?: unknown; contextValue: unknown }, maxCost: number): number {
  try {
    const { complexity } = complexityFromQuery(args.document, { schema: args.schema, ctx: args.contextValue as object, variables: (args.variableValues ?? {}) as Record<string, unknown> });
    return Math.min(maxCost, Math.max(1, complexity));
  } catch {
    return maxCost; // variables the cost cannot be read from: the request fails too
  }
}

/**
 * Per-client cost budgets (KG_RATE_LIMIT=1). A client whose budget is spent gets 429 with Retry-After before
 * its body is read, which is what keeps a hostile client from taking the server's time from everyone else.
 * Each operation is charged its complexity score (the same count KG_MAX_COST limits) as it starts, so
 * concurrent requests see each other's charges; a request refused before running (a bad body, a query past
 * a limit, a missing token) is charged KG_MAX_COST, since checking it took real work and ordinary clients
 * rarely send one; an /export download is charged KG_MAX_COST; anything else (the explorer's pages) 1.
 */
export function useRateLimit(options: RateLimitOptions): Plugin {
  const { limits, access, maxCost } = options;
  const buckets = new CostBuckets({ budget: limits.budget, windowMs: limits.windowMs, maxClients: limits.maxClients, now: options.now });
  const visits = new WeakMap<Request, Visit>();
  return {
    onRequest({ request, serverContext, endResponse }) {
      const socket = (serverContext as { req?: IncomingMessage } | undefined)?.req;
      const address = socket ? clientAddress(socket, limits.trustedProxies) : 'local';
      const client = clientKey(viewerOf(request.headers.get('authorization'), access), address);
      const waitMs = buckets.waitMs(client);
      if (waitMs > 0) return endResponse(tooManyRequests(waitMs, limits));
      visits.set(request, { client, charged: false, refused: false });
    },
    onExecute({ args }) {
      const visit = visits.get((args.contextValue as { request?: Request }).request!);
      if (!visit) return;
      buckets.charge(visit.client, operationCost(args, maxCost));
      visit.charged = true;
    },
    onResultProcess({ request, result }) {
      const visit = visits.get(request);
      const results = Array.isArray(result) ? result : [result];
      if (visit && !visit.charged && results.some((r) => r && typeof r === 'object' && 'errors' in r && r.errors)) visit.refused = true;
    },
    onResponse({ request, response }) {
      const visit = visits.get(request);
      if (!visit || visit.charged) return;
      const heavy = visit.refused || response.status >= 400 || new URL(request.url).pathname === '/export';
      buckets.charge(visit.client, heavy ? maxCost : 1);
    },
  };
}
