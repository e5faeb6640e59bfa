import type { EntityType, OrganisationKind } from '../domain/entity.js';
import type { PartialDate } from '../domain/partial-date.js';

/**
 * What resolution compares of an entity a document brings, before it is resolved against the graph: its
 * names, kind and, for an event, its date and participants (ingest's DocumentEntity holds the rest).
 */
export interface IncomingEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  kind?: OrganisationKind | null;
  /** events: the date the document gives, and the document keys of the participants */
  date?: PartialDate | null;
  participants?: string[];
  /** events: the document keys of the participants it happened to (see event-roles.ts) */
  principals?: string[];
}
