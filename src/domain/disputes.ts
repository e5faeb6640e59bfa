import { summariseDates } from './claims.js';
import type { EntityRecord } from './entity.js';
import { eventStatusOf } from './event-details.js';
import type { RelationshipRecord } from './relationship.js';

/*
 * Where the sources disagree. The stores keep a marker per disagreement (written with the fact it is about,
 * in the same transaction), so the whole graph's disputes are one indexed read; the sides are worked out
 * from the fact's citations when asked for.
 */

const DISPUTE_ASPECTS = ['status', 'date', 'happened'] as const;
export type DisputeAspect = (typeof DISPUTE_ASPECTS)[number];

export interface DisputeMarker {
  /** `dispute:<aspect>:<subject id>` */
  id: string;
  aspect: DisputeAspect;
  /** the relationship or entity the dispute is about */
  subjectId: string;
}

const disputeIdOf = (aspect: DisputeAspect, subjectId: string) => `dispute:${aspect}:${subjectId}`;

/** The markers a relationship should have: one when its sources disagree on whether it holds. */
export function relationshipDisputes(r: Pick<RelationshipRecord, 'id' | 'disputed'>): DisputeMarker[] {
  return r.disputed ? [{ id: disputeIdOf('status', r.id), aspect: 'status', subjectId: r.id }] : [];
}

/** The markers an entity should have: one per aspect its sources disagree on (an event's date, whether it happened). */
export function entityDisputes(e: Pick<EntityRecord, 'id' | 'disputed' | 'dates' | 'event'>): DisputeMarker[] {
  if (!e.disputed) return [];
  const aspects: DisputeAspect[] = [];
  if (summariseDates(e.dates).disputed) aspects.push('date');
  if (e.event && eventStatusOf(e.event.statuses).disputed) aspects.push('happened');
  return aspects.map((aspect) => ({ id: disputeIdOf(aspect, e.id), aspect, subjectId: e.id }));
}
