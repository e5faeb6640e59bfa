import type { IncomingMessage, ServerResponse } from 'node:http';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import type { Plugin } from 'graphql-yoga';
import type { AccessConfig } from '../../access/tokens.js';
import { viewerOf } from '../../access/viewer.js';
import type { RateLimits } from '../../config/rate-limits.js';
import { originAllowList } from '../guards/cors.js';
import { CostBuckets } from './cost-buckets.js';
import { clientAddress, clientKey } from './client-key.js';

export interface RateLimiterOptions {
  limits: RateLimits;
  access: AccessConfig;
  /** KG_MAX_COST: the most one request is charged, and what a refused request or a download is charged */
  maxCost: number;
  /** KG_CORS_ORIGINS: a listed origin's page may read the 429 and its Retry-After */
  corsOrigins?: readonly string[];
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

type ComplexityArgs = Parameters<typeof complexityFromQuery>;

/** An operation's cost as the complexity plugin counts it, capped at maxCost: past it the query is refused anyway. */
function operationCost(
  document: ComplexityArgs[0],
  schema: ComplexityArgs[1]['schema'],
  variables: unknown,
  ctx: unknown,
  maxCost: number,
): number {
  try {
    const { complexity } = complexityFromQuery(document, {
      schema,
      ctx: ctx as object,
      variables: (variables ?? {}) as Record<string, unknown>,
    });
    return Math.min(maxCost, Math.max(1, complexity));
  } catch {
    return maxCost; // variables the cost cannot be read from: the request fails too
  }
}

/** Past this (or of unknown length), a refused request's body is not worth reading to keep its connection alive. */
const DRAIN_MAX_BYTES = 64 * 1024;
const bodyTooLongToDrain = (request: IncomingMessage) =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > DRAIN_MAX_BYTES;

/**
 * Per-client cost budgets (KG_RATE_LIMIT=1). `refuse` runs in the HTTP listener, before GraphQL sees the
 * request: a client whose budget is spent gets 429 with Retry-After, and its body is never parsed (a long
 * one is not even read: the connection is closed), so once limited a hostile client costs the server
 * what a probe does.
 * `charging()` is the GraphQL side: each operation is charged its complexity score (the count KG_MAX_COST
 * limits) as it starts, so concurrent requests see each other's charges; a request refused before running
 * (a bad body, a query past a limit, a missing token) is charged KG_MAX_COST, since checking it took real
 * work and ordinary clients rarely send one; an /export download is charged KG_MAX_COST; anything else
 * (the explorer's pages) 1.
 */
export class RateLimiter {
  private readonly buckets: CostBuckets;
  private readonly visits = new WeakMap<IncomingMessage, Visit>();
  private readonly isAllowedOrigin: (origin: string | null) => boolean;

  constructor(private readonly options: RateLimiterOptions) {
    const { budget, windowMs, maxClients } = options.limits;
    this.buckets = new CostBuckets({ budget, windowMs, maxClients, now: options.now });
    this.isAllowedOrigin = originAllowList(options.corsOrigins ?? []);
  }

  /** Answers 429 when the request's client has no budget left (true), else lets it through and tracks it. */
  refuse(request: IncomingMessage, response: ServerResponse): boolean {
    const address = clientAddress(request, this.options.limits.trustedProxies);
    const client = clientKey(viewerOf(request.headers.authorization ?? null, this.options.access), address);
    const waitMs = this.buckets.waitMs(client);
    if (waitMs === 0) {
      this.visits.set(request, { client, charged: false, refused: false });
      return false;
    }
    this.tooManyRequests(request, response, Math.max(1, Math.ceil(waitMs / 1000)));
    return true;
  }

  private tooManyRequests(request: IncomingMessage, response: ServerResponse, seconds: number): void {
    const { budget, windowMs } = this.options.limits;
    const message = `This client has spent its budget of ${budget} (query cost per ${windowMs / 1000} s, KG_RATE_BUDGET); retry in ${seconds} s, or ask for less per query.`;
    response.setHeader('retry-after', String(seconds));
    // closing the connection spares reading a long body nobody will use; a short one is cheaper to drain
    // than a new connection
    if (bodyTooLongToDrain(request)) response.setHeader('connection', 'close');
    const origin = request.headers.origin ?? null;
    if (this.options.corsOrigins?.length) response.setHeader('vary', 'Origin');
    if (this.isAllowedOrigin(origin)) {
      response.setHeader('access-control-allow-origin', origin!);
      response.setHeader('access-control-expose-headers', 'x-request-id, retry-after');
    }
    response.writeHead(429, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } }] }));
  }

  /** The GraphQL side: charges each admitted request what it cost once that is known. */
  charging(): Plugin {
    const visitOf = (serverContext: unknown) => {
      const request = (serverContext as { req?: IncomingMessage } | undefined)?.req;
      return request ? this.visits.get(request) : undefined;
    };
    const maxCost = this.options.maxCost;
    return {
      onExecute: ({ args }) => {
        const visit = visitOf(args.contextValue);
        if (!visit) return;
        this.buckets.charge(visit.client, operationCost(args.document, args.schema, args.variableValues, args.contextValue, maxCost));
        visit.charged = true;
      },
      onResultProcess: ({ result, serverContext }) => {
        const visit = visitOf(serverContext);
        const results = Array.isArray(result) ? result : [result];
        if (visit && !visit.charged && results.some((r) => r && typeof r === 'object' && 'errors' in r && r.errors)) visit.refused = true;
      },
      onResponse: ({ request, response, serverContext }) => {
        const visit = visitOf(serverContext);
        if (!visit || visit.charged) return;
        const heavy = visit.refused || response.status >= 400 || new URL(request.url).pathname === '/export';
        this.buckets.charge(visit.client, heavy ? maxCost : 1);
      },
    };
  }
}
