import type { EntityType, OrganisationKind } from '../../domain/entity.js';
import { ValidationError } from '../../domain/errors.js';
import { RELATIONSHIP_TYPE_NAMES, isRelationshipType, type RelationshipType } from '../../domain/vocabulary.js';

/**
 * Every label and relationship type that reaches Cypher text comes from the tables in this file. Cypher
 * cannot take a label or a type as a parameter, so statements are built from these constants once, at
 * load time, and input strings are only ever used to pick a prebuilt statement, never spliced into one.
 */

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a safe Cypher identifier: ${JSON.stringify(name)}`);
  return name;
}

export const ENTITY_LABEL = 'Entity';
export const ARTICLE_LABEL = 'Article';
export const MENTION_TYPE = 'MENTIONED_IN';
/** One node of this label serialises document writes (see write-document.ts); no read matches it. */
export const WRITE_LOCK_LABEL = 'DocumentWriteLock';
/** Review items: apart from the graph, holding entity ids (see review-items.ts). */
export const DUPLICATE_CANDIDATE_LABEL = 'DuplicateCandidate';
export const DISTINCT_PAIR_LABEL = 'DistinctPair';
/** A disagreement between sources about one fact (see claim-statements.ts). */
export const DISPUTE_LABEL = 'DisputeMarker';
/** What one source says of one entity (see facts.ts): apart from the graph, keyed by entity and source id. */
export const SOURCE_FACTS_LABEL = 'SourceFacts';

export const TYPE_LABELS: Record<EntityType, string> = {
  PERSON: 'Person',
  ORGANISATION: 'Organisation',
  EVENT: 'Event',
  PLACE: 'Place',
};

/** OTHER has no label of its own: it says nothing a query could use. */
export const KIND_LABELS: Record<OrganisationKind, string | null> = {
  PARTY: 'Party',
  PRISON: 'Prison',
  MEDIA_OUTLET: 'MediaOutlet',
  GOVERNMENT_BODY: 'GovernmentBody',
  NGO: 'Ngo',
  INTERGOVERNMENTAL: 'Intergovernmental',
  COMPANY: 'Company',
  COURT: 'Court',
  OTHER: null,
};

for (const label of [
  ENTITY_LABEL,
  ARTICLE_LABEL,
  MENTION_TYPE,
  WRITE_LOCK_LABEL,
  DUPLICATE_CANDIDATE_LABEL,
  DISTINCT_PAIR_LABEL,
  DISPUTE_LABEL,
  SOURCE_FACTS_LABEL,
  ...Object.values(TYPE_LABELS),
])
  identifier(label);
for (const label of Object.values(KIND_LABELS)) if (label) identifier(label);
for (const type of RELATIONSHIP_TYPE_NAMES) identifier(type);

/** `MEMBER_OF|LEADS|...`: every vocabulary type and nothing else, so walks never follow MENTIONED_IN. */
export const GRAPH_TYPES_PATTERN = RELATIONSHIP_TYPE_NAMES.join('|');

/** The vocabulary type named by `value`, or an error: the gate between input and statement tables. */
// the vocabulary's own check, where this adapter picks a statement by type
export { relationshipTypeOf } from '../../domain/vocabulary.js';
