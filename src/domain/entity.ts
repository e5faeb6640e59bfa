import type { Citation, EntityType } from './kinds.js';
import type { EntityFacts, EntitySummary } from './source-facts.js';

export * from './kinds.js';

export interface EntityRecord extends EntitySummary {
  id: string;
  type: EntityType;
  /** what each source says about the entity; read only where a write needs it (see summariseEntity) */
  facts?: EntityFacts[];
}

/**
 * An entity with where the sources mention it. Mentions grow with every article (a hub has thousands), so
 * ordinary reads leave them out: the API loads them (GraphStore.getMentions) only when `mentions` is
 * selected, and only an edit, which rewrites them, reads entities whole.
 */
export interface EntityWithMentions extends EntityRecord {
  mentions: Citation[];
}
