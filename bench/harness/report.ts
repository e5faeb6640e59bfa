import type { IngestResults } from './ingest-phase.js';
import type { Agreement, Measurement } from './load.js';
import type { Probes } from './mix.js';
export interface BenchResult {
  size: string; seed: string; date: string; expected: unknown; counts: unknown; probes: Probes; ingest: IngestResults | null;
  machine: any; options: any; queries: Array<{ key: string; label: string }>; servers: string[]; agreement: Agreement[];
  measurements: Record<string, Measurement>; totalSeconds: number;
}
export function writeReport(): void {}
