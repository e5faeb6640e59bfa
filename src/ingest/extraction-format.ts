import { z } from 'zod';
import { CLAIM_STATUSES, ORGANISATION_KINDS } from '../domain/entity.js';
import { EVENT_STATUSES, QUANTITY_KINDS, QUANTITY_QUALIFIERS, type EventStatus } from '../domain/event-details.js';
import { DATE_QUALIFIERS } from '../domain/partial-date.js';
import { RELATIONSHIP_TYPE_NAMES } from '../domain/vocabulary.js';

/**
 * The extraction format: one JSON document per article, written by a person, an NLP tool or an LLM.
 * Entities and events have document-local keys; relationships and participations refer to those keys.
 * Every fact carries at least one verbatim quote from `article.text`.
 *
 * Two versions are read. `kg-extraction/1` is accepted exactly as it always was. `kg-extraction/2` is a
 * superset: unnamed actors ("his supporters"), who says each claim (`saidBy`), event status and
 * quantities, a relationship's "as of" date, dates with bounds, nationality. Both are turned into one
 * normalised shape, `ExtractionDocument` (below), which is all the rest of the code sees.
 */
const key = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'a key is lower case letters, digits, - and _')
  .describe('document-local key');
const quote = z.string().trim().min(3).describe('verbatim from article.text (whitespace and typographic quotes may differ)');
const quotes = z.array(quote).min(1);
const name = z.string().trim().min(1);

export const FORMATS = ['kg-extraction/1', 'kg-extraction/2'] as const;
export type FormatName = (typeof FORMATS)[number];

const dateParts = {
  year: z.number().int(),
  month: z.number().int().optional(),
  day: z.number().int().optional(),
};

export const partialDateInput = z
  .object({
    ...dateParts,
    inferred: z.boolean().default(false).describe('true where the source did not state it (the year of "May 22")'),
  })
  .strict()
  .describe('a date as precise as the source');

/** v2: a partial date that may be a bound ("before 5 November") or a range ("between May and July 2003"). */
export const dateInput = z
  .object({
    ...dateParts,
    inferred: z.boolean().default(false).describe('true where the source did not state it (the year of "May 22")'),
    qualifier: z
      .enum(DATE_QUALIFIERS)
      .optional()
      .describe('absent: on this date; BEFORE / AFTER: a bound the source gives; BETWEEN: from this date to `until`; ABOUT: approximately'),
    until: z.object(dateParts).strict().optional().describe('the end of a BETWEEN range (only with BETWEEN), later than the date itself'),
  })
  .strict()
  .describe('a date as precise as the source, or a bound on it');

const status = z.enum(CLAIM_STATUSES).describe('REPORTED: the article states it; ALLEGED: someone claims it; CONFIRMED; DENIED');
const saidBy = key.describe('key of the entity or actor who, according to the article, says so; absent: the article in its own voice');

/**
 * What an extraction engine says of one item of a draft: how sure it is and where in article.text it
 * comes from, so that a reviewer sees the weakest items first and can find each one in the text. Ingest
 * accepts and drops it (it is about the draft, not the world), so a reviewed draft ingests as it is.
 */
export const draftNote = z
  .object({
    confidence: z.number().min(0).max(1).describe('how sure the engine is, from 0 to 1'),
    spans: z
      .array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).strict())
      .default([])
      .describe('where the item comes from: character offsets [start, end) into article.text'),
    cue: z.string().optional().describe('what the engine went by: a cue word, a pattern, a gazetteer match'),
    matches: z
      .array(z.object({ id: z.string(), name: z.string() }).strict())
      .default([])
      .describe('entities already in the graph this one may be (the ingest decides; a reviewer may choose)'),
  })
  .strict()
  .describe("an extraction engine's confidence and provenance for this item; ingest ignores it");

/** What the engine says of the whole draft; ingest ignores it. */
export const draftInfo = z
  .object({
    engine: z.string().describe('"offline", or "llm:" and the model'),
    createdAt: z.string().optional(),
    tookMs: z.number().nonnegative().optional(),
    tokens: z.object({ prompt: z.number().int().nonnegative(), completion: z.number().int().nonnegative() }).strict().optional(),
    warnings: z.array(z.string()).default([]).describe('what the engine dropped or changed, for the reviewer'),
  })
  .strict()
  .describe('how this draft was made: engine, time, tokens, warnings; ingest ignores it');

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

const personInputV2 = personInput
  .extend({
    nationality: z.array(name).default([]).describe('nationality or citizenship as stated: "Kazakh", "Russian citizen"'),
    draft: draftNote.optional(),
  })
  .strict();
const entityInputV2 = z.discriminatedUnion('type', [
  personInputV2,
  organisationInput.extend({ draft: draftNote.optional() }).strict(),
  placeInput.extend({ draft: draftNote.optional() }).strict(),
]);

export const participationInput = z
  .object({
    entity: key,
    role: z.string().trim().min(1).describe('subject, victim, visitor, organiser, ...'),
    status: status.default('REPORTED'),
    quotes: quotes.optional().describe("defaults to the event's mentions"),
  })
  .strict();

const participationInputV2 = participationInput
  .extend({ entity: key.describe('key of a PERSON or ORGANISATION, or of an actor'), saidBy: saidBy.optional() })
  .strict();

export const eventInput = z
  .object({
    ...baseEntity,
    date: partialDateInput.optional(),
    place: key.optional().describe('key of a PLACE entity'),
    participants: z.array(participationInput).default([]),
  })
  .strict();

export const quantityInput = z
  .object({
    kind: z.enum(QUANTITY_KINDS).describe('SENTENCE (a prison term), FINE, BAIL, DAMAGES or OTHER (a legal bill, a sum demanded)'),
    value: z.number().nonnegative().describe('3.5 for "three and a half years"'),
    unit: z.string().trim().min(1).describe('"years", "months", "days" for a sentence; a currency for money: "KZT", "USD"'),
    qualifier: z.enum(QUANTITY_QUALIFIERS).optional().describe('absent: exactly; "more than 1,000 US dollars" is MORE_THAN'),
    quote: quote.describe('the words that give the amount, verbatim from article.text'),
  })
  .strict()
  .describe('a duration or an amount the event sets: a sentence, a fine, bail');

const eventInputV2 = z
  .object({
    ...baseEntity,
    status: z
      .enum(EVENT_STATUSES)
      .default('HAPPENED')
      .describe(
        'HAPPENED; PLANNED (yet to come); PREVENTED (stopped by someone); CANCELLED (called off): only HAPPENED is on a timeline as having taken place',
      ),
    date: dateInput.optional(),
    dateQuote: quote.optional().describe('the words that give the date, verbatim from article.text'),
    place: key.optional().describe('key of a PLACE entity'),
    saidBy: saidBy.optional().describe('who, according to the article, says it happened and gives its date; absent: the article itself'),
    participants: z.array(participationInputV2).default([]),
    quantities: z.array(quantityInput).default([]),
    draft: draftNote.optional(),
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

const relationshipInputV2 = relationshipInput
  .extend({
    start: dateInput.optional(),
    end: dateInput.optional(),
    asOf: dateInput.optional().describe('the article says it holds on this date ("he is held there" as of publication)'),
    saidBy: saidBy.optional(),
    draft: draftNote.optional(),
  })
  .strict();

export const actorInput = z
  .object({
    key,
    description: name.describe('the actor as the article describes it: "his supporters", "two legal professors", "the prosecution"'),
    mentions: quotes.describe('quotes where the article names this actor'),
    notes: z.string().optional().describe('for human reviewers; not stored'),
    draft: draftNote.optional(),
  })
  .strict()
  .describe('an unnamed source or party: it can say things and take part in events, but is not an entity');

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

const articleInputV2 = articleInput.extend({ publishedAt: dateInput.optional() }).strict();

export const extractionDocumentV1 = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('kg-extraction/1'),
    article: articleInput,
    entities: z.array(entityInput).min(1),
    events: z.array(eventInput).default([]),
    relationships: z.array(relationshipInput).default([]),
  })
  .strict();

export const extractionDocumentV2 = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('kg-extraction/2'),
    draft: draftInfo.optional(),
    article: articleInputV2,
    actors: z.array(actorInput).default([]).describe('unnamed actors; their keys share the namespace of entity and event keys'),
    entities: z.array(entityInputV2).min(1),
    events: z.array(eventInputV2).default([]),
    relationships: z.array(relationshipInputV2).default([]),
  })
  .strict();

/** Either version, told apart by `format`: what the JSON Schema describes. */
export const extractionDocument = z.discriminatedUnion('format', [extractionDocumentV1, extractionDocumentV2]);

// ---------------------------------------------------------------------------------------------------
// The normalised shape the rest of the code consumes: every v1 field keeps its name and meaning.

export type PartialDateInput = z.output<typeof partialDateInput>;
/** A v1 partial date plus an optional bound; a plain v1 date is a valid DateInput. */
export type DateInput = z.output<typeof dateInput>;
export type ActorInput = z.output<typeof actorInput>;
export type QuantityInput = z.output<typeof quantityInput>;
export type ClaimStatusInput = z.output<typeof status>;

export type PersonInput = z.output<typeof personInputV2>;
export type OrganisationInput = z.output<typeof organisationInput>;
export type PlaceInput = z.output<typeof placeInput>;
export type EntityInput = PersonInput | OrganisationInput | PlaceInput;

/** A named entity's part in an event: `entity` is always the key of a PERSON or ORGANISATION. */
export interface ParticipationInput {
  entity: string;
  role: string;
  status: ClaimStatusInput;
  saidBy?: string;
  quotes?: string[];
}

/** An unnamed actor's part in an event ("two legal professors" as authors of a report). */
export interface ActorParticipationInput {
  actor: string;
  role: string;
  status: ClaimStatusInput;
  saidBy?: string;
  quotes?: string[];
}

export interface EventInput {
  key: string;
  name: string;
  aliases: string[];
  mentions: string[];
  notes?: string;
  status: EventStatus;
  date?: DateInput;
  dateQuote?: string;
  place?: string;
  saidBy?: string;
  /** named participants only, as in v1: an actor named in `participants[].entity` is moved to actorParticipants */
  participants: ParticipationInput[];
  actorParticipants: ActorParticipationInput[];
  quantities: QuantityInput[];
}

export interface RelationshipInput {
  type: string;
  from: string;
  to: string;
  status: ClaimStatusInput;
  start?: DateInput;
  end?: DateInput;
  asOf?: DateInput;
  saidBy?: string;
  quotes: string[];
  notes?: string;
}

export interface ArticleInput {
  title: string;
  url?: string;
  author?: string;
  publisher?: string;
  publishedAt?: DateInput;
  text: string;
}

export interface ExtractionDocument {
  $schema?: string;
  /** always the newest version: v1 documents are upgraded (see `sourceFormat`) */
  format: 'kg-extraction/2';
  /** the version the document was written in */
  sourceFormat: FormatName;
  article: ArticleInput;
  actors: ActorInput[];
  entities: EntityInput[];
  events: EventInput[];
  relationships: RelationshipInput[];
}

type ParsedV1 = z.output<typeof extractionDocumentV1>;
type ParsedV2 = z.output<typeof extractionDocumentV2>;

/** A v1 document as the v2 shape it means: no actors, nobody cited, every event HAPPENED, no quantities. */
export function upgradeV1(doc: ParsedV1): ExtractionDocument {
  return {
    ...(doc.$schema !== undefined && { $schema: doc.$schema }),
    format: 'kg-extraction/2',
    sourceFormat: 'kg-extraction/1',
    article: doc.article,
    actors: [],
    entities: doc.entities.map((e) => (e.type === 'PERSON' ? { ...e, nationality: [] } : e)),
    events: doc.events.map((e) => ({ ...e, status: 'HAPPENED' as const, actorParticipants: [], quantities: [] })),
    relationships: doc.relationships,
  };
}

/** A parsed v2 document in the normalised shape: participations by actors are set apart from named ones. */
export function normaliseV2(parsed: ParsedV2): ExtractionDocument {
  const doc = withoutDraftNotes(parsed);
  const actorKeys = new Set(doc.actors.map((a) => a.key));
  return {
    ...doc,
    sourceFormat: 'kg-extraction/2',
    events: doc.events.map(({ participants, ...event }) => ({
      ...event,
      participants: participants.filter((p) => !actorKeys.has(p.entity)),
      actorParticipants: participants.filter((p) => actorKeys.has(p.entity)).map(({ entity, ...p }) => ({ actor: entity, ...p })),
    })),
  };
}

type WithoutNote<T> = T extends unknown ? Omit<T, 'draft'> : never;
const noNote = <T extends { draft?: unknown }>({ draft: _note, ...item }: T): WithoutNote<T> => item as WithoutNote<T>;

/** A draft's notes are about the draft, not the world: nothing after validation sees them. */
function withoutDraftNotes(doc: ParsedV2) {
  const { draft: _info, ...rest } = doc;
  return {
    ...rest,
    actors: doc.actors.map(noNote),
    entities: doc.entities.map(noNote),
    events: doc.events.map(noNote),
    relationships: doc.relationships.map(noNote),
  };
}

/** A kg-extraction/2 document as JSON, before defaults: what an engine writes and a reviewer edits. */
export type DraftDocument = z.input<typeof extractionDocumentV2>;
export type DraftNote = z.input<typeof draftNote>;

/** Either version, parsed, as the normalised shape. */
export function normaliseExtraction(doc: ParsedV1 | ParsedV2): ExtractionDocument {
  return doc.format === 'kg-extraction/1' ? upgradeV1(doc) : normaliseV2(doc);
}

/** The JSON Schema checked in at schema/extraction.schema.json, for editors and other tools. */
export function extractionJsonSchema(): unknown {
  return z.toJSONSchema(extractionDocument, { io: 'input', target: 'draft-2020-12' });
}

/** The JSON Schema of one version alone (for "this field belongs to version 2" hints). */
export function extractionJsonSchemaOf(format: FormatName): unknown {
  return z.toJSONSchema(format === 'kg-extraction/1' ? extractionDocumentV1 : extractionDocumentV2, {
    io: 'input',
    target: 'draft-2020-12',
  });
}
