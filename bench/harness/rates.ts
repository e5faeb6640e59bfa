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
      docs: this.durations.length, rows: this.rows, seconds: total,
      docsPerSecond: this.durations.length / total, rowsPerSecond: this.rows / total,
      firstTenth: rate(this.durations.slice(0, tenth)), lastTenth: rate(this.durations.slice(-tenth)),
    };
  }
}

/** Rows a document writes: entities, mentions, relationships and their citations. */
export function rowsOf(write: { entities: unknown[]; mentions: unknown[]; relationships: Array<{ citations: unknown[] }> }): number {
  return 1 + write.entities.length + write.mentions.length + write.relationships.length
    + write.relationships.reduce((n, r) => n + r.citations.length, 0);
}
