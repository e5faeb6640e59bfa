import { z } from 'zod';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const whole = (min: number, max: number, fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(min, `must be between ${min} and ${max}`)
      .max(max, `must be between ${min} and ${max}`)
      .default(fallback),
  );

/**
 * The limits every request is held to (the README's "Limits" section explains each). The defaults let
 * every README query, GraphiQL's default query and the explorer run, and refuse what would make the server
 * fall over: a `related(first: 100)` four levels deep, alias bombs, huge bodies.
 */
export const queryLimitSettings = {
  KG_MAX_DEPTH: whole(1, 100, 12),
  KG_MAX_ALIASES: whole(1, 1000, 30),
  KG_MAX_TOKENS: whole(50, 100_000, 3000),
  KG_MAX_DIRECTIVES: whole(1, 1000, 20),
  KG_MAX_COST: whole(10, 100_000_000, 25_000),
  KG_MAX_FIELDS: whole(10, 100_000, 500),
  KG_MAX_BODY_BYTES: whole(1000, 100_000_000, 1_000_000),
  KG_MAX_BATCH: whole(1, 100, 10),
  KG_REQUEST_TIMEOUT_MS: whole(100, 600_000, 15_000),
};

export interface QueryLimits {
  depth: number;
  aliases: number;
  tokens: number;
  directives: number;
  cost: number;
  fields: number;
  bodyBytes: number;
  batch: number;
  requestTimeoutMs: number;
}

type Parsed = { [K in keyof typeof queryLimitSettings]: number };

export function readQueryLimits(s: Parsed): QueryLimits {
  return {
    depth: s.KG_MAX_DEPTH,
    aliases: s.KG_MAX_ALIASES,
    tokens: s.KG_MAX_TOKENS,
    directives: s.KG_MAX_DIRECTIVES,
    cost: s.KG_MAX_COST,
    fields: s.KG_MAX_FIELDS,
    bodyBytes: s.KG_MAX_BODY_BYTES,
    batch: s.KG_MAX_BATCH,
    requestTimeoutMs: s.KG_REQUEST_TIMEOUT_MS,
  };
}

/** The defaults, for servers built without reading the environment (tests, benchmarks). */
export const DEFAULT_QUERY_LIMITS: QueryLimits = readQueryLimits(z.object(queryLimitSettings).parse({}));
