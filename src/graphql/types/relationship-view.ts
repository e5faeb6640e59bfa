import type { RelationshipRecord } from '../../domain/relationship.js';

/** A stored relationship as seen from one of its ends. */
export interface RelationshipView {
  record: RelationshipRecord;
  viewedFrom: string;
}

export function viewsFrom(entityId: string, records: readonly RelationshipRecord[]): RelationshipView[] {
  return records.map((record) => ({ record, viewedFrom: entityId }));
}

/** OUT where the end it is read from is the relationship's start (a loop reads OUT). */
export function directionOf(v: RelationshipView): 'OUT' | 'IN' {
  return v.record.sourceId === v.viewedFrom ? 'OUT' : 'IN';
}

export function otherEndOf(v: RelationshipView): string {
  return directionOf(v) === 'OUT' ? v.record.targetId : v.record.sourceId;
}
