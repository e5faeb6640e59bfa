import type { DistinctPairs } from '../domain/duplicates.js';
import type { EntityRecord, EntityType } from '../domain/entity.js';
import type { MatchOutcome } from './compare-names.js';
import type { IncomingEntity } from './incoming-entity.js';

/** An incoming entity merged into a stored one. */
export interface Merge {
  key: string;
  name: string;
  intoId: string;
  intoName: string;
  /** why they are one: the shared name, the romanisations, the acronym, the shared participants */
  matchedOn: string;
}

/** A stored entity that nearly matched an incoming one: offered to an editor for review. */
export interface NearMiss {
  key: string;
  name: string;
  candidateId: string;
  candidateName: string;
  candidateType: EntityType;
  score: number;
  reason: string;
}

/** What resolving one document's entities concludes. */
export interface Resolution {
  /** document key -> existing entity it merges into */
  matches: Map<string, EntityRecord>;
  merges: Merge[];
  nearMisses: NearMiss[];
}

/**
 * Records what one incoming entity's comparisons conclude: the best merge is taken (ties by id, so the
 * outcome never depends on the index's order) and every other merge or review is listed as a near miss,
 * except a pair an editor has ruled distinct beside the merge taken.
 */
export function chooseBestMatch(
  resolution: Resolution,
  entity: IncomingEntity,
  judged: Array<{ record: EntityRecord; outcome: MatchOutcome }>,
  distinct: DistinctPairs,
): void {
  const ranked = judged.sort((a, b) => b.outcome.score - a.outcome.score || a.record.id.localeCompare(b.record.id));
  const match = ranked.find((j) => j.outcome.decision === 'merge');
  if (match) {
    resolution.matches.set(entity.key, match.record);
    resolution.merges.push({
      key: entity.key,
      name: entity.name,
      intoId: match.record.id,
      intoName: match.record.name,
      matchedOn: match.outcome.reason,
    });
  }
  for (const { record, outcome } of ranked) {
    if (record.id === match?.record.id || outcome.decision === 'none') continue;
    // another merge candidate that lost to the best one is still worth a look, unless an editor has ruled
    if (match && distinct.has(match.record.id, record.id)) continue;
    resolution.nearMisses.push({
      key: entity.key,
      name: entity.name,
      candidateId: record.id,
      candidateName: record.name,
      candidateType: record.type,
      score: outcome.score,
      reason: outcome.decision === 'merge' ? `${outcome.reason}, but ${match!.record.id} matched better; please review` : outcome.reason,
    });
  }
}
