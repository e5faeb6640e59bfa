import { createServer } from 'node:http';
import { openConfiguredStore } from '../composition/open-store.js';
import { createLogger } from '../composition/logger.js';
import { seedIfEmpty } from '../composition/seed-if-empty.js';
import { loadConfig } from '../config/config.js';
import { KgError } from '../domain/errors.js';
import { createKgYoga } from './yoga.js';

// Composition root of the server: config -> store -> yoga -> listen, and a clean shutdown.
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const started = performance.now();
  const store = await openConfiguredStore(config.store);
  if (config.seedOnStart && (await seedIfEmpty(store, logger))) logger.info('the store was empty: seeded it from seed/');
  const yoga = createKgYoga({
    store, logger, trace: config.trace, access: config.access, limits: config.limits,
    graphiql: config.graphiql, fieldSuggestions: config.fieldSuggestions, corsOrigins: config.corsOrigins,
  });
  const server = createServer(yoga);
  server.listen(config.port, config.host, () => {
    const ms = Math.round(performance.now() - started);
    logger.info({ store: store.kind, ms }, `GraphiQL and the API at http://${config.host}:${config.port}/graphql`);
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close(() => void store.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // configuration and store problems are ours and readable; anything else keeps its stack
  console.error(error instanceof KgError ? `kg: ${error.message}` : error);
  process.exit(1);
});
