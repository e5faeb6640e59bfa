import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { GraphStore } from '../storage/graph-store.js';
import { checkReadiness, sendJson } from './health.js';
import type { ServerMetrics } from './metrics/server-metrics.js';
import { REQUEST_ID_HEADER, requestIdOf, runInRequestScope } from './request-scope.js';

type NodeHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

export interface KgHttpOptions {
  /** the GraphQL server (yoga), for every path but the probes */
  graphql: NodeHandler;
  store: GraphStore;
  logger: Logger;
  /** true once shutdown began: /ready says so and connections are not kept alive */
  shuttingDown: () => boolean;
  /** refuses a client past its budget with 429 (true) before GraphQL reads anything of the request */
  rateLimiter?: { refuse(request: IncomingMessage, response: ServerResponse): boolean };
  /** /metrics (KG_METRICS=on or token) and the counts it shows; without it, /metrics is GraphQL's 404 */
  metrics?: { endpoint: NodeHandler; counts: ServerMetrics };
}

/** Longest request path written to the log: a hostile URL must not flood it. */
const LOGGED_PATH_MAX = 200;

/**
 * The server's HTTP entry: a request id for every request (the caller's when sane, else a fresh one),
 * returned in `x-request-id` and carried by every log line of the request; the probes `/health` (the
 * process is up) and `/ready` (the store answers); everything else goes to GraphQL, unless its client is
 * past its rate budget (429).
 */
export function createKgRequestListener(options: KgHttpOptions): RequestListener {
  return (request, response) => {
    const requestId = requestIdOf(request);
    const logger = options.logger.child({ requestId });
    const path = (request.url ?? '/').split('?')[0];
    const started = performance.now();
    response.setHeader(REQUEST_ID_HEADER, requestId);
    if (options.shuttingDown()) response.setHeader('connection', 'close');
    response.on('finish', () => {
      const ms = Math.round(performance.now() - started);
      logger.info({ method: request.method, path: path.slice(0, LOGGED_PATH_MAX), status: response.statusCode, ms }, 'request');
    });

    if (path === '/health') return sendJson(response, 200, { status: 'ok' });
    if (path === '/ready') {
      return void checkReadiness(options.store, logger, options.shuttingDown()).then((readiness) =>
        sendJson(
          response,
          readiness.ready ? 200 : 503,
          readiness.ready ? { status: 'ready' } : { status: 'unavailable', reason: readiness.reason },
        ),
      );
    }
    // a scraper is never rate-limited: its budget would be spent by the very traffic it should show
    if (path === '/metrics' && options.metrics) return options.metrics.endpoint(request, response);
    if (options.rateLimiter?.refuse(request, response)) return void options.metrics?.counts.refused('rate_limit');
    runInRequestScope({ requestId, logger }, () => options.graphql(request, response));
  };
}
