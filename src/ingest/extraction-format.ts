import { z } from 'zod';
import { CLAIM_STATUSES, ORGANISATION_KINDS } from '../domain/entity.js';
import { RELATIONSHIP_TYPE_NAMES } from '../domain/vocabulary.js';

/**
 * The extraction format: one JSON document per article, written by a person, an NLP tool or an LLM.
 * Entities and events have document-local keys; relationships and participations refer to those keys.
 * Every fact carries at least one verbatim quote from `article.text`.
 */
const key = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'a key is lower case letters, digits, - and _').describe('document-local key');
const quote = z.string().trim().min(3).describe('verbatim from article.text (whitespace and typographic quotes may differ)');
const quotes = z.array(quote).min(1);
const name = z.string().trim().min(1);

export const partialDateInput = z
  .object({
    year: z.number().int(),
    month: z.number().int().optional(),
    day: z.number().int().optional(),
    inferred: z.boolean().default(false).describe('true where the source did not state it (the year of "May 22")'),
  })
  .strict()
  .describe('a date as precise as the source');

const status = z.enum(CLAIM_STATUSES).describe('REPORTED: the article states it; ALLEGED: someone claims it; CONFIRMED; DENIED');

const baseEntity = {
  key,
  name,
  aliases: z.array(name).default([]).describe('other names and spellings used for the same entity'),
  mentions: quotes.describe('quotes where the article names this entity'),
  notes: z.string().optional().describe('for human reviewers; not stored'),
};

export const personInput = z.object({ ...baseEntity, type: z.literal('PERSON'), roles: z.array(name).default([]) }).strict();
export const organisationInput = z.object({ ...baseEntity, type: z.literal('ORGANISATION'), kind: z.enum(ORGANISATION_KINDS) }).strict();
export const placeInput = z.object({ ...baseEntity, type: z.literal('PLACE') }).strict();
export const entityInput = z.discriminatedUnion('type', [personInput, organisationInput, placeInput]);

export const participationInput = z
  .object({
    entity: key,
    role: z.string().trim().min(1).describe('subject, victim, visitor, organiser, ...'),
    status: status.default('REPORTED'),
    quotes: quotes.optional().describe("defaults to the event's mentions"),
  })
  .strict();

export const eventInput = z
  .object({
    ...baseEntity,
    date: partialDateInput.optional(),
    place: key.optional().describe('key of a PLACE entity'),
    participants: z.array(participationInput).default([]),
  })
  .strict();

export const relationshipInput = z
  .object({
    type: z.enum(RELATIONSHIP_TYPE_NAMES as [string, ...string[]]),
    from: key,
    to: key,
    status,
    start: partialDateInput.optional(),
    end: partialDateInput.optional(),
    quotes,
    notes: z.string().optional(),
  })
  .strict();

export const articleInput = z
  .object({
    title: name,
    url: z.url().optional(),
    author: z.string().trim().min(1).optional().describe('the byline as printed; may be a pseudonym'),
    publisher: z.string().trim().min(1).optional(),
    publishedAt: partialDateInput.optional(),
    text: z.string().min(1).describe('the full text, so every quote can be checked against it'),
  })
  .strict();

export const extractionDocument = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('kg-extraction/1'),
    article: articleInput,
    entities: z.array(entityInput).min(1),
    events: z.array(eventInput).default([]),
    relationships: z.array(relationshipInput).default([]),
  })
  .strict();

export type ExtractionDocument = z.output<typeof extractionDocument>;
export type EntityInput = z.output<typeof entityInput>;
export type EventInput = z.output<typeof eventInput>;
export type RelationshipInput = z.output<typeof relationshipInput>;
export type PartialDateInput = z.output<typeof partialDateInput>;

/** The JSON Schema checked in at schema/extraction.schema.json, for editors and other tools. */
export function extractionJsonSchema(): unknown {
  return z.toJSONSchema(extractionDocument, { io: 'input', target: 'draft-2020-12' });
}
