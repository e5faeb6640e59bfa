import type { EntityRecord, EntityType } from '../../domain/entity.js';
import { isEntityRecord } from '../loaders/node-loader.js';

/** Object-type options shared by the four entity types: the id as stored, and recognition by `type`. */
export function entityNodeOptions(type: EntityType) {
  return {
    id: { resolve: (e: EntityRecord) => e.id },
    isTypeOf: (value: unknown) => isEntityRecord(value) && value.type === type,
  };
}
