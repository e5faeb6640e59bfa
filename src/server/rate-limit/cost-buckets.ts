/** One client's budget: what is left of it, as of `at` (ms). Negative: in debt after a costly request. */
interface Bucket {
  left: number;
  at: number;
}

export interface CostBucketOptions {
  /** what a client may spend per window, and what an idle client may spend at once */
  budget: number;
  windowMs: number;
  /** the most clients tracked; past it the least recently seen is forgotten (it starts again with a full budget) */
  maxClients: number;
  /** the clock, in ms (tests pass their own) */
  now?: () => number;
}

/**
 * A token bucket per client, refilled continuously at budget/window. A client is let in while it has any
 * budget left and is charged once its request's cost is known, so one request may overdraw it (at most
 * once, since a request's charge never exceeds KG_MAX_COST): the debt is then what it waits out.
 * Buckets live in a Map kept in least-recently-used order (a touched client is moved to the end), so
 * memory is bounded by maxClients however many addresses or tokens are seen.
 */
export class CostBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly now: () => number;

  constructor(private readonly options: CostBucketOptions) {
    this.perMs = options.budget / options.windowMs;
    this.now = options.now ?? (() => performance.now());
  }

  /** 0 when `client` may be served now; otherwise how many ms until it has budget again. */
  waitMs(client: string): number {
    const left = this.current(client);
    return left >= 1 ? 0 : Math.ceil((1 - left) / this.perMs);
  }

  /** Takes `cost` from the client's budget. */
  charge(client: string, cost: number): void {
    const left = this.current(client) - cost;
    this.touch(client, { left, at: this.now() });
  }

  /** How many clients are tracked now. */
  get size(): number {
    return this.buckets.size;
  }

  /** The client's budget now, refilled since it was last seen and never above the budget. */
  private current(client: string): number {
    const bucket = this.buckets.get(client);
    if (!bucket) return this.options.budget;
    return Math.min(this.options.budget, bucket.left + (this.now() - bucket.at) * this.perMs);
  }

  private touch(client: string, bucket: Bucket): void {
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    if (this.buckets.size > this.options.maxClients) {
      // a Map iterates in insertion order: the first key is the client seen longest ago
      this.buckets.delete(this.buckets.keys().next().value!);
    }
  }
}
