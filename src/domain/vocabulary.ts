import type { EntityType } from './entity.js';
import { ValidationError } from './errors.js';

/**
 * The fixed relationship vocabulary. Neo4j relationship types come only from here (Cypher cannot take a
 * type as a parameter), and extraction documents are checked against it. Direction reads "from TYPE to".
 */
interface RelationshipTypeSpec {
  description: string;
  from: readonly EntityType[];
  to: readonly EntityType[];
}

const PEOPLE_AND_ORGS = ['PERSON', 'ORGANISATION'] as const;
const ANY = ['PERSON', 'ORGANISATION', 'PLACE', 'EVENT'] as const;

export const RELATIONSHIP_TYPES = {
  MEMBER_OF: { description: 'belongs to a party, group or organisation', from: PEOPLE_AND_ORGS, to: ['ORGANISATION'] },
  LEADS: { description: 'leads a party, movement or campaign organisation', from: ['PERSON'], to: ['ORGANISATION'] },
  HEAD_OF: { description: 'holds the top office of an institution (chairman, director, head)', from: ['PERSON'], to: ['ORGANISATION'] },
  PRESIDENT_OF: { description: 'is the president of a country or organisation', from: ['PERSON'], to: ['PLACE', 'ORGANISATION'] },
  WORKS_FOR: { description: 'is employed by or holds a post in an organisation', from: ['PERSON'], to: ['ORGANISATION'] },
  FORMERLY_WORKED_FOR: { description: 'used to be employed by or hold a post in an organisation', from: ['PERSON'], to: ['ORGANISATION'] },
  WRITES_FOR: { description: 'writes for, or is published by, a media outlet', from: ['PERSON'], to: ['ORGANISATION'] },
  REPRESENTS: { description: 'acts for someone as their lawyer or representative', from: PEOPLE_AND_ORGS, to: PEOPLE_AND_ORGS },
  IMPRISONED_IN: { description: 'is held in a prison', from: ['PERSON'], to: ['ORGANISATION'] },
  FRIEND_OF: { description: 'is a friend of (symmetric; stored once)', from: ['PERSON'], to: ['PERSON'] },
  SUPPORTS: { description: 'supports or campaigns for someone or something', from: PEOPLE_AND_ORGS, to: ANY },
  OPPOSES: { description: 'is in opposition to someone or something', from: PEOPLE_AND_ORGS, to: PEOPLE_AND_ORGS },
  ACCUSED: { description: 'publicly accused someone of wrongdoing', from: PEOPLE_AND_ORGS, to: PEOPLE_AND_ORGS },
  PART_OF: { description: 'is a part or body of a larger organisation', from: ['ORGANISATION'], to: ['ORGANISATION', 'PLACE'] },
  LOCATED_IN: { description: 'is situated in a place', from: ['ORGANISATION', 'PLACE'], to: ['PLACE'] },
  BASED_IN: { description: 'lives or works in a place', from: PEOPLE_AND_ORGS, to: ['PLACE'] },
  PARTICIPATED_IN: { description: 'took part in an event, in the role the relationship names', from: PEOPLE_AND_ORGS, to: ['EVENT'] },
  TOOK_PLACE_IN: { description: 'an event happened in a place', from: ['EVENT'], to: ['PLACE'] },
  CONCERNS: { description: 'an event was about someone or something (a report about a trial)', from: ['EVENT'], to: ANY },
} as const satisfies Record<string, RelationshipTypeSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.hasOwn(RELATIONSHIP_TYPES, value);
}

/** The value as a vocabulary type, or a validation error naming where it was found. */
export function relationshipTypeOf(value: string, path = 'type'): RelationshipType {
  if (!isRelationshipType(value)) {
    throw new ValidationError([{ path, message: `${JSON.stringify(value)} is not a relationship type of the vocabulary` }]);
  }
  return value;
}
