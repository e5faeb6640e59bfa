import type { EntityRecord } from '../domain/entity.js';

/*
 * Both stores keep an entity's nationality and event details as one JSON value (a column, a property):
 * they are read with the entity and never queried by themselves.
 */

/** The summary parts only some entities have, kept together as one JSON value (absent ones left out). */
export function detailsJson(entity: Pick<EntityRecord, 'nationality' | 'event'>): string {
  return JSON.stringify({
    ...(entity.nationality?.length ? { nationality: entity.nationality } : {}),
    ...(entity.event ? { event: entity.event } : {}),
  });
}

export function detailsFrom(json: unknown): Pick<EntityRecord, 'nationality' | 'event'> {
  return typeof json === 'string' ? (JSON.parse(json) as Pick<EntityRecord, 'nationality' | 'event'>) : {};
}
