import type { DraftDocument } from '../ingest/extraction-format.js';

/** Below this the engine is guessing; a reviewer should look at these items first. */
export const WEAK_CONFIDENCE = 0.5;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Items of the draft the engine is least sure of: entities, events, relationships and actors alike. */
export function weakItems(draft: DraftDocument): number {
  const items = [...(draft.actors ?? []), ...draft.entities, ...(draft.events ?? []), ...(draft.relationships ?? [])];
  return items.filter((item) => item.draft !== undefined && item.draft.confidence < WEAK_CONFIDENCE).length;
}

/**
 * What `kg extract` tells a person on stderr after drafting: what the draft holds, what to look at first,
 * what the engine dropped or changed, and the next command. `out` is where the draft went (null: stdout).
 */
export function draftSummary(draft: DraftDocument, source: string, out: string | null, notes: readonly string[]): string[] {
  const info = draft.draft;
  const count = (type: string) => draft.entities.filter((e) => e.type === type).length;
  const took = info?.tookMs === undefined ? '' : ` in ${(info.tookMs / 1000).toFixed(1)} s`;
  const tokens = info?.tokens ? `, ${info.tokens.prompt} prompt + ${info.tokens.completion} completion tokens` : '';
  const lines = [
    `drafted ${source} with the ${info?.engine ?? 'unknown'} engine${took}${tokens}`,
    `  ${plural(count('PERSON'), 'person', 'people')}, ${plural(count('ORGANISATION'), 'organisation', 'organisations')}, ${plural(count('PLACE'), 'place', 'places')}; ` +
      `${plural(draft.events?.length ?? 0, 'event', 'events')}; ${plural(draft.relationships?.length ?? 0, 'relationship', 'relationships')}; ` +
      `${plural(draft.actors?.length ?? 0, 'unnamed actor', 'unnamed actors')}`,
  ];
  const weak = weakItems(draft);
  if (weak > 0)
    lines.push(`  ${plural(weak, 'item', 'items')} with confidence under ${WEAK_CONFIDENCE}: review ${weak === 1 ? 'it' : 'them'} first`);
  const warnings = [...notes, ...(info?.warnings ?? [])];
  if (warnings.length > 0) lines.push(`  ${plural(warnings.length, 'warning', 'warnings')}:`, ...warnings.map((w) => `    - ${w}`));
  lines.push(
    out === null
      ? 'next: save the draft (--out FILE), review it, then: kg ingest --dry-run FILE'
      : `next: review ${out}, then: kg ingest --dry-run ${out}`,
  );
  return lines;
}
