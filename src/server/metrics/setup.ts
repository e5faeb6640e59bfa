import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { MetricsConfig } from '../../config/config.js';
import { metricsEndpoint } from './endpoint.js';
import { ServerMetrics } from './server-metrics.js';

export interface MetricsRoute {
  /** what the GraphQL plugins, the store wrapper and the rate limiter's listener count into */
  counts: ServerMetrics;
  /** answers GET /metrics */
  endpoint: (request: IncomingMessage, response: ServerResponse) => void;
}

/** The server's metrics and their endpoint, or none with KG_METRICS=off (nothing is counted then). */
export function setUpMetrics(config: MetricsConfig, logger: Logger): MetricsRoute | undefined {
  if (config.mode === 'off') return undefined;
  const counts = new ServerMetrics();
  return { counts, endpoint: metricsEndpoint(counts, config, logger) };
}
