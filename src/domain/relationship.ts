import type { RelationshipCitation } from './claims.js';
import type { ClaimStatus, EntityRecord } from './entity.js';
import type { PartialDate } from './partial-date.js';

export interface RelationshipRecord {
  /** stable: derived from type, ends and role, so the same fact from two articles is one edge */
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  /** summarised from the citations' own statuses (summariseStatus) */
  status: ClaimStatus;
  /** true when one source denies what another asserts */
  disputed: boolean;
  /** PARTICIPATED_IN only: subject, victim, visitor, organiser... */
  role: string | null;
  /** summarised from the citations' own dates (summariseBound) */
  start: PartialDate | null;
  end: PartialDate | null;
  citations: RelationshipCitation[];
}

/** A relationship as stored, without its citations: its summary stands for them (a planner folds onto it). */
export type RelationshipSummary = Omit<RelationshipRecord, 'citations'>;

export function relationshipSummaryOf({ citations: _, ...summary }: RelationshipRecord): RelationshipSummary {
  return summary;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** A batch key for "the relationships of one entity". Results keep the store's order: by type, then id. */
export interface RelationsQuery {
  entityId: string;
  /** null: every type */
  types: string[] | null;
  direction: Direction;
  /** at most this many, in the order above */
  first: number;
}

/** A page of an entity's relationships with the entities at their other ends, each once (GraphStore.getRelationsWithOthers). */
export interface RelationPage {
  relationships: RelationshipRecord[];
  others: EntityRecord[];
}

/** A relationship's id and ends only: what a walk needs to choose nodes before anything is loaded whole. */
export interface EdgeEnds {
  id: string;
  sourceId: string;
  targetId: string;
}

/** A subgraph ready for drawing: node ids and the edges among them. */
export interface SubgraphRecord {
  nodeIds: string[];
  edges: RelationshipRecord[];
}
