import type { EntityType, OrganisationKind } from '../domain/entity.js';

/** What resolution concludes about one incoming entity and one stored one. */
export interface MatchOutcome {
  decision: 'merge' | 'review' | 'none';
  /** in [0, 1]; merges rank by it, reviews are listed best first by it */
  score: number;
  reason: string;
}

export interface NamedEntity {
  type: EntityType;
  name: string;
  aliases: readonly string[];
  kind?: OrganisationKind | null;
}
