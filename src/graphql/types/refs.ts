import type { Citation, EntityRecord } from '../../domain/entity.js';
import { builder } from '../builder.js';
import type { RelationshipView } from './relationship-view.js';

/*
 * The types that refer to each other (an entity's relationships, a relationship's ends, a citation's
 * speaker), declared apart from their fields: each type's file implements its own and imports the
 * others' from here, so no two type files import each other.
 */
export const EntityRef = builder.interfaceRef<EntityRecord>('Entity');
export const RelationshipRef = builder.objectRef<RelationshipView>('Relationship');
export const CitationRef = builder.objectRef<Citation>('Citation');
