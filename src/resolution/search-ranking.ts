import type { EntityRecord } from '../domain/entity.js';
import { nameMatchScore } from './names.js';

export interface RankedHit {
  entity: EntityRecord;
  score: number;
}

/**
 * How many candidates a store's index gives for `first`: the ranker needs room to reorder, since the
 * index's best are not always the best names. Both stores read the same number, so they answer alike.
 */
export function candidateLimit(first: number): number {
  return Math.max(first * 5, 50);
}

/**
 * How many of the index's hits, best first, a store reads before its tie-break (shorter keys, then id):
 * this many times the candidates, so a common trigram's thousands of hits are never all sorted.
 */
export const TIE_BREAK_WIDTH = 4;

/** Below this, a candidate from the index is noise rather than a variant spelling or a typo. */
const MIN_SEARCH_SCORE = 0.62;

/**
 * Ranks index candidates by how well the query matches the entity's name or best alias, so both stores
 * give the same order for the same data. Ties break by name, then id, to keep results stable.
 */
export function rankSearchHits(query: string, candidates: readonly EntityRecord[], first: number): RankedHit[] {
  return candidates
    .map((entity) => ({
      entity,
      score: Math.max(nameMatchScore(query, entity.name), ...entity.aliases.map((a) => nameMatchScore(query, a) * 0.98)),
    }))
    .filter((hit) => hit.score >= MIN_SEARCH_SCORE)
    .sort((a, b) => b.score - a.score || a.entity.name.localeCompare(b.entity.name) || a.entity.id.localeCompare(b.entity.id))
    .slice(0, first)
    .map((hit) => ({ ...hit, score: Math.round(hit.score * 1000) / 1000 }));
}
