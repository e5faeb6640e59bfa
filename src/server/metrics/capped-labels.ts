/** What a label value becomes once the cap of distinct values is reached. */
export const OTHER = 'other';

/**
 * Label values from an open set (operation names chosen by clients), bounded: the first `max` distinct
 * values are kept as they are and every later one is counted as "other", so no client can grow the
 * number of series (and the server's memory) by inventing names. The set lives as long as the process.
 */
export class CappedLabels {
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly maxLength = 100,
  ) {}

  label(value: string): string {
    const cut = value.slice(0, this.maxLength);
    if (this.seen.has(cut)) return cut;
    if (this.seen.size >= this.max) return OTHER;
    this.seen.add(cut);
    return cut;
  }
}
