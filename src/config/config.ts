import { z } from 'zod';
import { parseTokenList, type AccessConfig } from '../access/tokens.js';
import { ConfigError, type ValidationProblem } from '../domain/errors.js';
import { queryLimitSettings, readQueryLimits, type QueryLimits } from './query-limits.js';
import { rateLimitProblems, rateLimitSettings, readRateLimits, type RateLimits } from './rate-limits.js';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** The seed article's extraction is about 50 KB; 5 MiB leaves room for long reports, not for a disk image. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Every setting the server and the CLI read, validated once at start. The README's table lists them. */
const settings = z.object({
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be between 1 and 65535')
      .max(65535, 'must be between 1 and 65535')
      .default(4000),
  ),
  HOST: z.preprocess(blankToUndefined, z.string().default('127.0.0.1')),
  NEO4J_URI: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/, 'must be a neo4j:// or bolt:// URI, like bolt://127.0.0.1:7687')
      .optional(),
  ),
  NEO4J_USER: z.preprocess(blankToUndefined, z.string().default('neo4j')),
  NEO4J_PASSWORD: z.preprocess(blankToUndefined, z.string().optional()),
  NEO4J_DATABASE: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a Neo4j database name: a letter, then letters, digits, dots or dashes')
      .default('neo4j'),
  ),
  KG_DATA_DIR: z.preprocess(blankToUndefined, z.string().default('./data')),
  KG_TRACE: z.preprocess(blankToUndefined, z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('0')),
  KG_SEED_ON_START: z.preprocess(blankToUndefined, z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('1')),
  ...queryLimitSettings,
  ...rateLimitSettings,
  NODE_ENV: z.preprocess(blankToUndefined, z.string().optional()),
  KG_GRAPHIQL: z.preprocess(blankToUndefined, z.enum(['0', '1'], { error: 'must be 0 or 1' }).optional()),
  KG_FIELD_SUGGESTIONS: z.preprocess(blankToUndefined, z.enum(['0', '1'], { error: 'must be 0 or 1' }).optional()),
  KG_CORS_ORIGINS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^https?:\/\/[^\s,/]+(,\s*https?:\/\/[^\s,/]+)*$/, 'must be a comma-separated list of origins like https://desk.example.org')
      .optional(),
  ),
  KG_MAX_DOCUMENT_BYTES: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number of bytes')
      .min(1, 'must be at least 1')
      .default(DEFAULT_MAX_DOCUMENT_BYTES),
  ),
  KG_STORE_TIMEOUT_MS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number of milliseconds')
      .min(100, 'must be between 100 and 600000')
      .max(600_000, 'must be between 100 and 600000')
      .default(10_000),
  ),
  LOG_LEVEL: z.preprocess(blankToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  KG_REQUIRE_READER_TOKEN: z.preprocess(blankToUndefined, z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('0')),
  KG_METRICS: z.preprocess(blankToUndefined, z.enum(['off', 'on', 'token'], { error: 'must be off, on or token' }).default('off')),
  // never quoted in a message: the checks say what is wrong, not what was given
  KG_METRICS_TOKEN: z.preprocess(blankToUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
});

export type StoreConfig =
  | { kind: 'embedded'; dataDir: string }
  | { kind: 'neo4j'; uri: string; user: string; password: string; database: string; transactionTimeoutMs: number };

/** GET /metrics: not served (off), served to anyone who can reach it (on), or only with its own token. */
export type MetricsConfig = { mode: 'off' } | { mode: 'on' } | { mode: 'token'; token: string };

export interface Config {
  port: number;
  host: string;
  store: StoreConfig;
  trace: boolean;
  seedOnStart: boolean;
  /** the largest extraction document `kg ingest` reads, in bytes */
  maxDocumentBytes: number;
  logLevel: string;
  /** editor and reader tokens (hashed); see src/access */
  access: AccessConfig;
  limits: QueryLimits;
  /** per-client cost budgets (off unless KG_RATE_LIMIT=1) */
  rateLimits: RateLimits;
  /** serve GraphiQL on GET /graphql (off in production unless KG_GRAPHIQL=1) */
  graphiql: boolean;
  /** 'did you mean ...' in validation errors (off in production unless KG_FIELD_SUGGESTIONS=1) */
  fieldSuggestions: boolean;
  /** origins allowed to call the API from a browser; empty: no CORS headers at all */
  corsOrigins: string[];
  metrics: MetricsConfig;
}

/** Reads the environment; throws a ConfigError naming each bad variable and what is wrong with it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = settings.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message })));
  }
  const s = parsed.data;
  if (s.NEO4J_URI && !s.NEO4J_PASSWORD) {
    throw new ConfigError([{ path: 'NEO4J_PASSWORD', message: 'must be set when NEO4J_URI is set' }]);
  }
  const access = accessConfig(env, s.KG_REQUIRE_READER_TOKEN === '1');
  const limits = readQueryLimits(s);
  const rateLimits = readRateLimits(s);
  const rateProblems = rateLimitProblems(rateLimits, limits.cost);
  if (rateProblems.length > 0) throw new ConfigError(rateProblems);
  const metrics = metricsConfig(s.KG_METRICS, s.KG_METRICS_TOKEN);
  return {
    port: s.PORT,
    host: s.HOST,
    store: s.NEO4J_URI
      ? {
          kind: 'neo4j',
          uri: s.NEO4J_URI,
          user: s.NEO4J_USER,
          password: s.NEO4J_PASSWORD!,
          database: s.NEO4J_DATABASE,
          transactionTimeoutMs: s.KG_STORE_TIMEOUT_MS,
        }
      : { kind: 'embedded', dataDir: s.KG_DATA_DIR },
    trace: s.KG_TRACE === '1',
    seedOnStart: s.KG_SEED_ON_START === '1',
    maxDocumentBytes: s.KG_MAX_DOCUMENT_BYTES,
    logLevel: s.LOG_LEVEL,
    access,
    limits,
    rateLimits,
    graphiql: s.KG_GRAPHIQL ? s.KG_GRAPHIQL === '1' : s.NODE_ENV !== 'production',
    fieldSuggestions: s.KG_FIELD_SUGGESTIONS ? s.KG_FIELD_SUGGESTIONS === '1' : s.NODE_ENV !== 'production',
    corsOrigins: s.KG_CORS_ORIGINS ? s.KG_CORS_ORIGINS.split(',').map((o) => o.trim()) : [],
    metrics,
  };
}

/**
 * A token without `token` mode is refused when /metrics would be open anyway (`on`): the operator meant
 * to protect it and would not be.
 */
function metricsConfig(mode: 'off' | 'on' | 'token', token: string | undefined): MetricsConfig {
  if (mode === 'token' && !token)
    throw new ConfigError([{ path: 'KG_METRICS_TOKEN', message: 'must be set (16 or more characters) when KG_METRICS=token' }]);
  if (mode === 'on' && token)
    throw new ConfigError([
      {
        path: 'KG_METRICS_TOKEN',
        message: 'is set, but KG_METRICS=on serves /metrics to anyone: set KG_METRICS=token to require the token',
      },
    ]);
  return mode === 'token' ? { mode, token: token! } : { mode };
}

/** Token lists are parsed by hand (see src/access/tokens.ts) so that no message ever quotes a token. */
function accessConfig(env: Record<string, string | undefined>, requireReaderToken: boolean): AccessConfig {
  const editors = parseTokenList(env.KG_EDITOR_TOKENS);
  const readers = parseTokenList(env.KG_READER_TOKENS);
  const problems: ValidationProblem[] = [
    ...editors.problems.map((message) => ({ path: 'KG_EDITOR_TOKENS', message })),
    ...readers.problems.map((message) => ({ path: 'KG_READER_TOKENS', message })),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  return { editors: editors.tokens, readers: readers.tokens, requireReaderToken };
}
