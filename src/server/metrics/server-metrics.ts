import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { CappedLabels } from './capped-labels.js';

/** Distinct operation names kept as labels; later ones are counted as "other" (see CappedLabels). */
export const MAX_OPERATION_NAMES = 100;
/** The store port has a few dozen methods; the cap only guards against a proxy being asked for anything. */
const MAX_STORE_METHODS = 100;

/** The guards that refuse requests: a fixed set, so `guard` never holds more values than these. */
export const GUARDS = [
  'rate_limit',
  'body_limit',
  'tokens',
  'depth',
  'aliases',
  'directives',
  'breadth',
  'cost',
  'timeout',
  'unauthenticated',
  'forbidden',
] as const;
export type Guard = (typeof GUARDS)[number];

/** Seconds: most reads answer in milliseconds; the request timeout (default 10 s) caps the top. */
const OPERATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const STORE_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];

/**
 * The server's metrics (docs/operations.md lists them), in a registry of their own rather than
 * prom-client's global one, so that two servers in one process (tests) never share counts.
 * Every label comes from a fixed set or a capped one: memory stays bounded whatever clients send.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly operations = new CappedLabels(MAX_OPERATION_NAMES);
  readonly storeMethods = new CappedLabels(MAX_STORE_METHODS);
  readonly requests = new Counter({
    name: 'kg_graphql_requests_total',
    help: 'GraphQL operations received (each operation of a batch counts), by operation name',
    labelNames: ['operation'],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'kg_graphql_errors_total',
    help: 'GraphQL operations answered with at least one error, by operation name and kind (client: the request was refused or wrong; server: unexpected or the store failed)',
    labelNames: ['operation', 'kind'],
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'kg_graphql_duration_seconds',
    help: 'Time from parsing a GraphQL operation to its result, by operation name',
    labelNames: ['operation'],
    buckets: OPERATION_BUCKETS,
    registers: [this.registry],
  });
  readonly refusals = new Counter({
    name: 'kg_refusals_total',
    help: 'Requests refused by a guard: rate_limit (429), body_limit (413), tokens, depth, aliases, directives, breadth, cost, timeout, unauthenticated (401), forbidden (403)',
    labelNames: ['guard'],
    registers: [this.registry],
  });
  readonly storeCalls = new Histogram({
    name: 'kg_store_call_duration_seconds',
    help: 'Round trips to the graph store and their time, by store method (_count: round trips, _sum: seconds spent)',
    labelNames: ['method'],
    buckets: STORE_BUCKETS,
    registers: [this.registry],
  });
  readonly ingests = new Counter({
    name: 'kg_ingests_total',
    help: 'Extraction documents sent to ingestArticle, by outcome (ingested, or failed: refused or invalid)',
    labelNames: ['outcome'],
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    // the process's CPU, memory, event-loop lag, handles: prefixed process_ and nodejs_ as prom-client names them
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    // every guard's series exists from the start at 0, so rate() and alerts see the first refusal
    for (const guard of GUARDS) this.refusals.inc({ guard }, 0);
  }

  refused(guard: Guard): void {
    this.refusals.inc({ guard });
  }
}
