import { createServer } from 'node:http';
import { openConfiguredStore } from '../composition/open-store.js';
import { createLogger } from '../composition/logger.js';
import { seedIfEmpty } from '../composition/seed-if-empty.js';
import { loadConfig } from '../config/config.js';
import { KgError } from '../domain/errors.js';
import { createKgRequestListener } from './http.js';
import { meteredStore } from './metrics/metered-store.js';
import { setUpMetrics } from './metrics/setup.js';
import { RateLimiter } from './rate-limit/limiter.js';
import { createKgYoga } from './yoga.js';

/** How long in-flight requests get to finish after SIGTERM before the process gives up on them. */
const SHUTDOWN_GRACE_MS = 15_000;

// Composition root of the server: config -> store -> yoga -> listen, and a graceful shutdown.
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const started = performance.now();
  const metrics = setUpMetrics(config.metrics, logger);
  const opened = await openConfiguredStore(config.store);
  const store = metrics ? meteredStore(opened, metrics.counts) : opened;
  if (config.seedOnStart && (await seedIfEmpty(store, logger))) logger.info('the store was empty: seeded it from seed/');
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
    const where = `${config.host}:${config.port}`;
    const reason =
      error.code === 'EADDRINUSE'
        ? `${where} is already in use (stop what uses it, or set PORT)`
        : error.code === 'EACCES'
          ? `no permission to listen on ${where} (use a PORT above 1023)`
          : error.code === 'EADDRNOTAVAIL'
            ? `${config.host} is not an address of this machine (check HOST)`
            : null;
    if (!reason) throw error;
    console.error(`kg: cannot listen: ${reason}`);
    void store.close().finally(() => process.exit(1));
  });
  server.listen(config.port, config.host, () => {
    const ms = Math.round(performance.now() - started);
    logger.info({ store: store.kind, ms }, `GraphiQL and the API at http://${config.host}:${config.port}/graphql`);
  });

  // Stop taking connections, let in-flight requests finish (keep-alive ones are closed once idle), then
  // close the store (the Neo4j driver, or the SQLite file) and exit.
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
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
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // configuration and store problems are ours and readable; anything else keeps its stack
  console.error(error instanceof KgError ? `kg: ${error.message}` : error);
  process.exit(1);
});
