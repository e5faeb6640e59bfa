import { createYoga, maskError, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { AccessConfig } from '../access/tokens.js';
import { NO_ACCESS_CONFIGURED } from '../access/viewer.js';
import { StoreTimeoutError, StoreUnavailableError } from '../domain/errors.js';
import { createContext, type KgContext } from '../graphql/context.js';
import { GraphQLError } from '../graphql/graphql-js.js';
import { schema } from '../graphql/schema.js';
import type { GraphStore } from '../storage/graph-store.js';
import { requestAccess, useReaderAccess, useRefusalStatus } from './access.js';
import { DEFAULT_QUERY, renderLocalGraphiQL } from './graphiql.js';
import { requestLogger } from './request-scope.js';
import { useStoreTrace } from './store-trace.js';
import { useExplorer, useExplorerPages } from './web/explorer-plugin.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../config/query-limits.js';
import { armorPlugins } from './guards/armor.js';
import { useBodyLimit } from './guards/body-limit.js';
import { useBoundedErrors } from './guards/bounded-errors.js';
import { useCorsAllowList } from './guards/cors.js';
import { useRequestTimeout } from './guards/request-timeout.js';
import { usePersistedQueries } from './persisted-queries.js';
import type { RateLimiter } from './rate-limit/limiter.js';
import { useOperationMetrics } from './metrics/operation-metrics.js';
import { useRefusalMetrics } from './metrics/refusal-metrics.js';
import type { ServerMetrics } from './metrics/server-metrics.js';

export interface KgYogaOptions {
  store: GraphStore;
  logger: Logger;
  /** add `extensions.kg = { roundTrips, store }` to every response */
  trace?: boolean;
  /** editor and reader tokens; without any, reads are public and every mutation is refused */
  access?: AccessConfig;
  /** what one request may ask for (README: Limits); the defaults when not given */
  limits?: QueryLimits;
  /** serve GraphiQL (default true; off in production unless configured on) */
  graphiql?: boolean;
  /** 'did you mean ...' hints in validation errors (default true) */
  fieldSuggestions?: boolean;
  /** browser origins allowed to call the API; none (the default): no CORS headers */
  corsOrigins?: string[];
  /** per-client cost budgets (its 429s are sent by the HTTP listener); off when not given */
  rateLimiter?: RateLimiter;
  /** counts requests, errors, durations, refusals and ingests for /metrics; none counted when not given */
  metrics?: ServerMetrics;
}

/** The configured GraphQL server at /graphql (GraphiQL on GET with Accept: text/html). It never listens. */
export function createKgYoga(options: KgYogaOptions): YogaServerInstance<Record<string, unknown>, KgContext> {
  const { store, logger } = options;
  const access = options.access ?? NO_ACCESS_CONFIGURED;
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const costLimits = { cost: limits.cost, breadth: limits.fields };
  const corsOrigins = options.corsOrigins ?? [];
  return createYoga<Record<string, unknown>, KgContext>({
    schema,
    graphqlEndpoint: '/graphql',
    // within a request (see http.ts) the request's logger, so its lines carry the request id
    context: ({ request }) => ({ ...createContext(store, requestLogger(logger), requestAccess(request, access)), costLimits }),
    logging: yogaLogger(logger),
    maskedErrors: { maskError: exposeStoreOutage },
    graphiql: options.graphiql === false ? false : { title: 'Knowledge graph', defaultQuery: DEFAULT_QUERY },
    // yoga's CORS allows `Origin: null` once two origins are listed: ours (useCorsAllowList) replaces it
    cors: false,
    batching: { limit: limits.batch },
    renderGraphiQL: renderLocalGraphiQL,
    landingPage: false,
    plugins: [
      // first, so that whatever a later plugin refuses or answers is counted
      ...(options.metrics ? [useRefusalMetrics(options.metrics), useOperationMetrics(options.metrics)] : []),
      // an explicit allow-list, or no CORS headers at all; before the token check, which preflights never pass
      ...(corsOrigins.length > 0 ? [useCorsAllowList(corsOrigins)] : []),
      // charges each request's cost to its client's budget
      ...(options.rateLimiter ? [options.rateLimiter.charging()] : []),
      // the explorer's page and script hold no data: the page must load to ask for a token
      useExplorerPages({ logger }),
      // next, so that with KG_REQUIRE_READER_TOKEN=1 no data (GraphQL, /export) answers without a token
      useReaderAccess(access),
      useBodyLimit(limits.bodyBytes),
      // after the body is read and bounded: a hash-only request is completed from what the client sent before
      usePersistedQueries(),
      ...armorPlugins(limits, options.fieldSuggestions ?? true),
      useRequestTimeout(limits.requestTimeoutMs),
      useBoundedErrors(),
      useRefusalStatus(),
      useStoreTrace({ trace: options.trace ?? false, storeKind: store.kind }),
      // /export beside /graphql
      useExplorer({ store, logger }),
    ],
  });
}

/**
 * Unexpected errors are masked (yoga logs the original); a store outage is named, so clients know to retry
 * rather than to change their query.
 */
function exposeStoreOutage(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const path = error instanceof GraphQLError ? error.path : undefined;
  if (original instanceof StoreUnavailableError) {
    // HTTP 503 too (yoga takes `extensions.http` for the status and drops it from the body): proxies and
    // monitors see an outage, not a success
    return new GraphQLError('The graph store is unavailable; try again shortly.', {
      path,
      extensions: { code: original.code, http: { status: 503 } },
    });
  }
  if (original instanceof StoreTimeoutError) {
    return new GraphQLError('The graph store took too long to answer; ask for less (smaller first, depth or limit).', {
      path,
      extensions: { code: original.code },
    });
  }
  return maskError(error, message, isDev);
}

/** Yoga's log calls, routed to pino with errors under `err` so their stacks are kept. */
function yogaLogger(root: Logger): YogaLogger {
  const log =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      const logger = requestLogger(root);
      // a resolver's error reaches here wrapped in a GraphQLError; log the original with the field's path
      if (first instanceof GraphQLError && first.originalError)
        logger[level]({ err: first.originalError, path: first.path?.join('.') }, first.message);
      else if (first instanceof Error) logger[level]({ err: first }, first.message);
      else logger[level]({ details: rest.length > 0 ? rest : undefined }, String(first));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
