import { z } from 'zod';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const whole = (min: number, max: number, fallback: number, unit = '') =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'must be a number' })
      .int(`must be a whole number${unit}`)
      .min(min, `must be between ${min} and ${max}`)
      .max(max, `must be between ${min} and ${max}`)
      .default(fallback),
  );

/**
 * Per-client rate limits (README: Limits). Off unless KG_RATE_LIMIT=1: the operator knows whether the
 * server faces the public, and a limit a test suite or a local desk never expects would only get in the way.
 */
export const rateLimitSettings = {
  KG_RATE_LIMIT: z.preprocess(blankToUndefined, z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('0')),
  KG_RATE_BUDGET: whole(1, 1_000_000_000, 600_000),
  KG_RATE_WINDOW_S: whole(1, 86_400, 60, ' of seconds'),
  KG_RATE_CLIENTS: whole(10, 10_000_000, 10_000),
  KG_TRUST_PROXY: whole(0, 10, 0, ' of proxies'),
};

export interface RateLimits {
  /** false (the default): no client is ever refused for its rate */
  enabled: boolean;
  /** the query cost (README: Limits, Cost) one client may spend per window; it refills continuously */
  budget: number;
  windowMs: number;
  /** the most clients tracked at once (the least recently seen is forgotten first): bounds the limiter's memory */
  maxClients: number;
  /** how many reverse proxies stand in front, each appending to X-Forwarded-For; 0: the socket's address */
  trustedProxies: number;
}

type Parsed = { KG_RATE_LIMIT: '0' | '1' } & { [K in Exclude<keyof typeof rateLimitSettings, 'KG_RATE_LIMIT'>]: number };

export function readRateLimits(s: Parsed): RateLimits {
  return {
    enabled: s.KG_RATE_LIMIT === '1',
    budget: s.KG_RATE_BUDGET,
    windowMs: s.KG_RATE_WINDOW_S * 1000,
    maxClients: s.KG_RATE_CLIENTS,
    trustedProxies: s.KG_TRUST_PROXY,
  };
}

/**
 * A request is charged at most KG_MAX_COST, so a budget below it would leave a client in debt for more than
 * a window after one allowed query: refused at start, naming both settings.
 */
export function rateLimitProblems(limits: RateLimits, maxCost: number): { path: string; message: string }[] {
  if (!limits.enabled || limits.budget >= maxCost) return [];
  return [
    { path: 'KG_RATE_BUDGET', message: `must be at least KG_MAX_COST (${maxCost}), the cost of the largest query a client may send` },
  ];
}

/** Off, for servers built without reading the environment (tests, benchmarks). */
export const NO_RATE_LIMITS: RateLimits = readRateLimits(z.object(rateLimitSettings).parse({}));
