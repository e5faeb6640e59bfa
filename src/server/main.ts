import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import { openConfiguredStore } from '../composition/open-store.js';
import { createLogger } from '../composition/logger.js';
import { seedIfEmpty } from '../composition/seed-if-empty.js';
import { loadConfig, type Config } from '../config/config.js';
import { KgError } from '../domain/errors.js';
import type { GraphStore } from '../storage/graph-store.js';
import { createKgRequestListener } from './http.js';
import { meteredStore } from './metrics/metered-store.js';
import { setUpMetrics, type MetricsRoute } from './metrics/setup.js';
import { RateLimiter } from './rate-limit/limiter.js';
import { createKgYoga } from './yoga.js';

/** How long in-flight requests get to finish after SIGTERM before the process gives up on them. */
const SHUTDOWN_GRACE_MS = 15_000;

/** The store the server serves: counted where metrics are on, and seeded where it starts empty and config asks. */
async function openServedStore(config: Config, logger: Logger, metrics: MetricsRoute | undefined): Promise<GraphStore> {
  const opened = await openConfiguredStore(config.store);
  const store = metrics ? meteredStore(opened, metrics.counts) : opened;
  if (config.seedOnStart && (await seedIfEmpty(store, logger))) logger.info('the store was empty: seeded it from seed/');
  return store;
}

/** Why the server cannot listen, where that is the operator's to fix; null for anything else. */
function listenRefusal(error: NodeJS.ErrnoException, config: Config): string | null {
  const where = `${config.host}:${config.port}`;
  if (error.code === 'EADDRINUSE') return `${where} is already in use (stop what uses it, or set PORT)`;
  if (error.code === 'EACCES') return `no permission to listen on ${where} (use a PORT above 1023)`;
  if (error.code === 'EADDRNOTAVAIL') return `${config.host} is not an address of this machine (check HOST)`;
  return null;
}

/**
 * Stops taking connections, lets in-flight requests finish (keep-alive ones are closed once idle), then
 * closes the store (the Neo4j driver, or the SQLite file) and exits; gives up after SHUTDOWN_GRACE_MS.
 */
function shutDown(server: Server, store: GraphStore, logger: Logger, signal: string): void {
  logger.info({ signal }, 'shutting down: finishing in-flight requests');
  server.close(() => {
    void store.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'closing the store failed');
        process.exit(1);
      },
    );
  });
  server.closeIdleConnections();
  setTimeout(() => {
    logger.error({ graceMs: SHUTDOWN_GRACE_MS }, 'in-flight requests did not finish in time: exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
}

// Composition root of the server: config -> store -> yoga -> listen, and a graceful shutdown.
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const started = performance.now();
  const metrics = setUpMetrics(config.metrics, logger);
  const store = await openServedStore(config, logger, metrics);
  const rateLimiter = config.rateLimits.enabled
    ? new RateLimiter({ limits: config.rateLimits, access: config.access, maxCost: config.limits.cost, corsOrigins: config.corsOrigins })
    : undefined;
  const yoga = createKgYoga({
    store,
    logger,
    trace: config.trace,
    access: config.access,
    limits: config.limits,
    graphiql: config.graphiql,
    fieldSuggestions: config.fieldSuggestions,
    corsOrigins: config.corsOrigins,
    rateLimiter,
    metrics: metrics?.counts,
  });
  let stopping = false;
  const server = createServer(
    createKgRequestListener({ graphql: yoga, store, logger, shuttingDown: () => stopping, rateLimiter, metrics }),
  );

  server.on('error', (error: NodeJS.ErrnoException) => {
    // a busy or forbidden port is the operator's to fix: one line, no stack
    const reason = listenRefusal(error, config);
    if (!reason) throw error;
    console.error(`kg: cannot listen: ${reason}`);
    void store.close().finally(() => process.exit(1));
  });
  server.listen(config.port, config.host, () => {
    const ms = Math.round(performance.now() - started);
    logger.info({ store: store.kind, ms }, `GraphiQL and the API at http://${config.host}:${config.port}/graphql`);
  });

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    shutDown(server, store, logger, signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // configuration and store problems are ours and readable; anything else keeps its stack
  console.error(error instanceof KgError ? `kg: ${error.message}` : error);
  process.exit(1);
});
