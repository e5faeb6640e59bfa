import type { EntityType, OrganisationKind } from '../domain/entity.js';
import type { PartialDate } from '../domain/partial-date.js';

/** An entity as a document brings it, before it is resolved against the graph. */
export interface IncomingEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  kind?: OrganisationKind | null;
  /** events: the date the document gives, and the document keys of the participants */
  date?: PartialDate | null;
  participants?: string[];
}
