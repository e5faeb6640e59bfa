import type { IngestReport } from '../ingest/ingest.js';
import { resolutionHints } from './near-miss-hints.js';

/** A report a person can read after an ingest: counts, then every merge and near miss to review. */
export function formatReport(report: IngestReport): string {
  const verb = report.dryRun ? 'would be ' : '';
  const lines = [
    `${report.source}  (${report.articleId})${report.dryRun ? '  [dry run: nothing written]' : ''}${report.replaced ? `  [${verb}replaces the earlier version of this article]` : ''}`,
    `  entities: ${report.entities.created} ${verb}created, ${report.entities.merged} ${verb}merged, ${report.entities.unchanged} unchanged`,
    `  relationships: ${report.relationshipsCreated} ${verb}created; citations: ${report.citationsAdded} ${verb}added; mentions: ${report.mentionsAdded} ${verb}added`,
  ];
  for (const m of report.merges.filter((m) => !report.outcomes.some((o) => o.key === m.key && o.outcome === 'unchanged'))) {
    lines.push(`  merged: "${m.name}" into ${m.intoId} ("${m.intoName}"), matched on "${m.matchedOn}"`);
  }
  for (const n of report.nearMisses) {
    lines.push(`  near miss: "${n.name}" ~ ${n.candidateId} ("${n.candidateName}", ${n.candidateType}) score ${n.score}: ${n.reason}`);
    const id = report.outcomes.find((o) => o.key === n.key)?.id;
    if (id) lines.push(...resolutionHints(id, n.candidateId, report.dryRun).map((h) => `    ${h}`));
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

export function formatTotals(t: Totals, dryRun = false): string {
  const verb = dryRun ? 'would be ' : '';
  const what = `${t.documents} document(s) ${dryRun ? 'checked (dry run, nothing written)' : 'ingested'}, ${t.failed} failed`;
  return `${what}: entities ${t.created} ${verb}created, ${t.merged} ${verb}merged, ${t.unchanged} unchanged; relationships ${t.relationshipsCreated} ${verb}created; citations ${t.citationsAdded} ${verb}added`;
}
