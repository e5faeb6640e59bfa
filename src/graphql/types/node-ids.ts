import { entityTypeOfId, isArticleId, type EntityType } from '../../domain/entity.js';

const TYPENAME: Record<EntityType, string> = { PERSON: 'Person', ORGANISATION: 'Organisation', EVENT: 'Event', PLACE: 'Place' };

/** The GraphQL type an id names by its prefix, or null for an id no type could have. */
export function nodeTypeNameOfId(id: string): string | null {
  const type = entityTypeOfId(id);
  if (type) return TYPENAME[type];
  return isArticleId(id) ? 'Article' : null;
}

export function entityTypeName(type: EntityType): string {
  return TYPENAME[type];
}
