/** Per-document timings of a load, summarised: the whole run and its first and last tenth. */
export interface LoadRate {
  docs: number;
  rows: number;
  seconds: number;
  docsPerSecond: number;
  rowsPerSecond: number;
  /** docs/s over the first and last tenth of the documents (null when this load did not time them) */
  firstTenth: number | null;
  lastTenth: number | null;
}

export class RateRecorder {
  private readonly durations: number[] = [];
  private rows = 0;

  /** One document (or a batch of `docs` documents that took `ms` together) with its rows. */
  add(ms: number, rows: number, docs = 1): void {
    for (let i = 0; i < docs; i++) this.durations.push(ms / docs);
    this.rows += rows;
  }

  /** The documents [from, to) as a load of their own. */
  slice(from: number, to?: number): RateRecorder {
    const part = new RateRecorder();
    part.durations.push(...this.durations.slice(from, to));
    part.rows = Math.round((this.rows * part.durations.length) / Math.max(1, this.durations.length));
    return part;
  }

  /** Another recorder's documents after this one's. */
  append(other: RateRecorder): RateRecorder {
    this.durations.push(...other.durations);
    this.rows += other.rows;
    return this;
  }

  summary(): LoadRate {
    const total = this.durations.reduce((a, b) => a + b, 0) / 1000;
    const tenth = Math.max(1, Math.floor(this.durations.length / 10));
    const rate = (xs: number[]) => xs.length / (xs.reduce((a, b) => a + b, 0) / 1000);
    return {
      docs: this.durations.length,
      rows: this.rows,
      seconds: total,
      docsPerSecond: this.durations.length / total,
      rowsPerSecond: this.rows / total,
      firstTenth: rate(this.durations.slice(0, tenth)),
      lastTenth: rate(this.durations.slice(-tenth)),
    };
  }
}

/** Rows a document writes: entities, mentions, relationships and their citations. */
export function rowsOf(write: { entities: unknown[]; mentions: unknown[]; relationships: Array<{ citations: unknown[] }> }): number {
  return (
    1 +
    write.entities.length +
    write.mentions.length +
    write.relationships.length +
    write.relationships.reduce((n, r) => n + r.citations.length, 0)
  );
}

/**
 * Ingests the documents one after another, printing docs/s over each hundred, and returns the seconds in
 * all: what the profiling scripts (profile-ingest.ts, stage-rate.ts) print as they go.
 */
export async function ingestPrintingRates(docs: readonly unknown[], ingest: (doc: unknown) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  let last = started;
  for (const [i, doc] of docs.entries()) {
    await ingest(doc);
    if ((i + 1) % 100 === 0) {
      console.log(`${i + 1}: ${(100 / ((performance.now() - last) / 1000)).toFixed(1)} docs/s`);
      last = performance.now();
    }
  }
  return (performance.now() - started) / 1000;
}
