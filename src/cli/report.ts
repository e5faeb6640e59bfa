import type { IngestReport } from '../ingest/ingest.js';

/** A report a person can read after an ingest: counts, then every merge and near miss to review. */
export function formatReport(report: IngestReport): string {
  const lines = [
    `${report.source}  (${report.articleId})`,
    `  entities: ${report.entities.created} created, ${report.entities.merged} merged, ${report.entities.unchanged} unchanged`,
    `  relationships: ${report.relationshipsCreated} created; citations: ${report.citationsAdded} added; mentions: ${report.mentionsAdded} added`,
  ];
  for (const m of report.merges.filter((m) => !report.outcomes.some((o) => o.key === m.key && o.outcome === 'unchanged'))) {
    lines.push(`  merged: "${m.name}" into ${m.intoId} ("${m.intoName}"), matched on "${m.matchedOn}"`);
  }
  for (const n of report.nearMisses) {
    lines.push(`  near miss: "${n.name}" ~ ${n.candidateId} ("${n.candidateName}", ${n.candidateType}) score ${n.score}: ${n.reason}`);
  }
  for (const w of report.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}

export interface Totals {
  documents: number;
  failed: number;
  created: number;
  merged: number;
  unchanged: number;
  relationshipsCreated: number;
  citationsAdded: number;
}

export function addToTotals(totals: Totals, report: IngestReport): void {
  totals.documents++;
  totals.created += report.entities.created;
  totals.merged += report.entities.merged;
  totals.unchanged += report.entities.unchanged;
  totals.relationshipsCreated += report.relationshipsCreated;
  totals.citationsAdded += report.citationsAdded;
}

export function formatTotals(t: Totals): string {
  return `${t.documents} document(s) ingested, ${t.failed} failed: entities ${t.created} created, ${t.merged} merged, ${t.unchanged} unchanged; relationships ${t.relationshipsCreated} created; citations ${t.citationsAdded} added`;
}
