import type { Citation, ClaimStatus } from './entity.js';
import type { PartialDate } from './partial-date.js';

export interface RelationshipRecord {
  /** stable: derived from type, ends, role and status, so the same claim from two articles is one edge */
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  status: ClaimStatus;
  /** PARTICIPATED_IN only: subject, victim, visitor, organiser... */
  role: string | null;
  start: PartialDate | null;
  end: PartialDate | null;
  citations: Citation[];
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

/** A subgraph ready for drawing: node ids and the edges among them. */
export interface SubgraphRecord {
  nodeIds: string[];
  edges: RelationshipRecord[];
}
