import { relationshipReadingId } from '../../domain/ids.js';
import type { RelationshipRecord } from '../../domain/relationship.js';

/**
 * A stored relationship as the API answers it: read from one of its ends (an entity's `related`), or from
 * none (`viewedFrom` null: a dispute's, a verdict's, `relationship`), which answers as from its source.
 */
export interface RelationshipView {
  record: RelationshipRecord;
  viewedFrom: string | null;
}

export function viewsFrom(entityId: string, records: readonly RelationshipRecord[]): RelationshipView[] {
  return records.map((record) => ({ record, viewedFrom: entityId }));
}

/** The relationship read from no end, keyed by its own id. */
export function unviewed(record: RelationshipRecord): RelationshipView {
  return { record, viewedFrom: null };
}

/**
 * Its id in the API: the relationship's own where read from no end, else one that names the end too, so
 * that a cache keyed by id never holds one end's `direction` and `other` for the other's.
 */
export function viewId(v: RelationshipView): string {
  return v.viewedFrom === null ? v.record.id : relationshipReadingId(v.record.id, v.viewedFrom);
}

/** OUT where the end it is read from is the relationship's start (a loop, or no end, reads OUT). */
export function directionOf(v: RelationshipView): 'OUT' | 'IN' {
  return v.viewedFrom === null || v.record.sourceId === v.viewedFrom ? 'OUT' : 'IN';
}

export function otherEndOf(v: RelationshipView): string {
  return directionOf(v) === 'OUT' ? v.record.targetId : v.record.sourceId;
}
