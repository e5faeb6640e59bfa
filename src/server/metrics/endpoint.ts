import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { MetricsConfig } from '../../config/config.js';
import type { ServerMetrics } from './server-metrics.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether the request carries the scrape token. Both sides are hashed first, so the comparison takes
 * the same time whatever the length or the first differing byte of what was sent.
 */
function hasToken(request: IncomingMessage, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return timingSafeEqual(digest(match?.[1] ?? ''), digest(token));
}

function sendText(response: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', ...headers });
  response.end(body);
}

/**
 * GET /metrics in Prometheus's text format (KG_METRICS=on), or only with `Authorization: Bearer
 * <KG_METRICS_TOKEN>` (KG_METRICS=token): a scraper's own credential, not a reader's or an editor's.
 * A failure to render is logged and answered 500 without details.
 */
export function metricsEndpoint(metrics: ServerMetrics, config: Exclude<MetricsConfig, { mode: 'off' }>, logger: Logger) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    if (config.mode === 'token' && !hasToken(request, config.token)) {
      sendText(
        response,
        401,
        'text/plain; charset=utf-8',
        'This endpoint needs the metrics token: send `Authorization: Bearer <KG_METRICS_TOKEN>`.\n',
        { 'www-authenticate': 'Bearer' },
      );
      return;
    }
    metrics.registry.metrics().then(
      (text) => sendText(response, 200, metrics.registry.contentType, text),
      (error: unknown) => {
        logger.error({ err: error }, 'rendering /metrics failed');
        sendText(response, 500, 'text/plain; charset=utf-8', 'The metrics could not be rendered; the server log says why.\n');
      },
    );
  };
}
