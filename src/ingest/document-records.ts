import type { Attribution, RelationshipCitation } from '../domain/claims.js';
import type { ArticleFacts } from '../domain/entity-facts.js';
import type { EventFacts, EventStatus, QuantityKind, QuantityQualifier } from '../domain/event-details.js';
import type { ArticleRecord, ClaimStatus, EntityRecord, OrganisationKind } from '../domain/entity.js';
import type { PartialDate } from '../domain/partial-date.js';
import type { RelationshipRecord } from '../domain/relationship.js';
import type { ExtractionDocument, PartialDateInput } from './extraction-format.js';
import { articleIdFor, relationshipIdFor } from '../domain/ids.js';
import { unionOfNames } from '../domain/name-lists.js';
import { principalParticipants } from '../resolution/event-roles.js';

/*
 * The records one extraction document states, before they meet the graph: its article, its entities
 * (DocumentEntity), every edge it claims and who says each claim, all read once by readDocument.
 * plan-document.ts resolves them against the store and plans the write.
 */

/** A date as the document gives it, with its bound where it has one ("before 5 November"). */
function toPartialDate(input: PartialDateInput | undefined): PartialDate | null {
  if (!input) return null;
  const bounded = input as PartialDateInput & {
    qualifier?: PartialDate['qualifier'];
    until?: { year: number; month?: number; day?: number };
  };
  return {
    year: input.year,
    month: input.month ?? null,
    day: input.day ?? null,
    inferred: input.inferred,
    ...(bounded.qualifier ? { qualifier: bounded.qualifier } : {}),
    ...(bounded.until ? { until: { year: bounded.until.year, month: bounded.until.month ?? null, day: bounded.until.day ?? null } } : {}),
  };
}

/** The optional parts of a kg-extraction/2 document, read so that version 1 documents need none of them. */
interface Attributed {
  saidBy?: string;
}
interface ActorInput {
  key: string;
  description: string;
}
interface QuantityInput {
  kind: QuantityKind;
  value: number;
  unit: string;
  qualifier?: QuantityQualifier;
  quote: string;
}
interface ActorParticipationInput {
  actor: string;
  role: string;
  status: ClaimStatus;
  saidBy?: string;
  quotes?: string[];
}
interface EventV2 {
  status?: EventStatus;
  quantities?: QuantityInput[];
  actorParticipants?: ActorParticipationInput[];
  dateQuote?: string;
}
const actorsOf = (doc: ExtractionDocument): ActorInput[] => (doc as { actors?: ActorInput[] }).actors ?? [];
const saidByKey = (claim: object): string | undefined => (claim as Attributed).saidBy;
const v2 = (event: object): EventV2 => event as EventV2;
const nationalityOf = (entity: object): string[] => (entity as { nationality?: string[] }).nationality ?? [];

/** What an event's article says of whether it happened, what it set and who took part unnamed. */
function eventFacts(
  event: ExtractionDocument['events'][number],
  articleId: string,
  saidBy: (key: string | undefined) => Attribution | null,
  actors: Map<string, string>,
): EventFacts {
  const e = v2(event);
  const cite = (quote: string, status: ClaimStatus = 'REPORTED', by = saidBy(saidByKey(event))) => ({
    articleId,
    quote,
    status,
    saidBy: by,
  });
  return {
    status: { status: e.status ?? 'HAPPENED', citation: cite(event.mentions[0]) },
    quantities: (e.quantities ?? []).map((q) => ({
      kind: q.kind,
      value: q.value,
      unit: q.unit,
      qualifier: q.qualifier ?? null,
      citation: cite(q.quote),
    })),
    unnamedParticipants: (e.actorParticipants ?? []).map((p) => ({
      name: actors.get(p.actor) ?? p.actor,
      role: p.role,
      status: p.status,
      citations: (p.quotes ?? event.mentions).map((quote) => cite(quote, p.status, saidBy(p.saidBy))),
    })),
  };
}

/** An entity as one document states it: its record, the quotes that mention it, what this article says of it. */
export interface DocumentEntity {
  key: string;
  record: Omit<EntityRecord, 'id'>;
  mentions: string[];
  /** what this article says about the entity (articleId filled in by the caller) */
  facts: Omit<ArticleFacts, 'articleId' | 'publishedAt'>;
}

/** Who says a claim, as the document names them: one of its entities, or an unnamed actor. */
function attributionOf(doc: ExtractionDocument, idOf: (key: string) => string | undefined) {
  const entityNames = new Map([...doc.entities, ...doc.events].map((e) => [e.key, e.name]));
  const actors = new Map(actorsOf(doc).map((a) => [a.key, a.description]));
  return (key: string | undefined): Attribution | null => {
    if (!key) return null;
    const actor = actors.get(key);
    if (actor !== undefined) return { name: actor, entityId: null };
    const name = entityNames.get(key);
    return name === undefined ? null : { name, entityId: idOf(key) ?? null };
  };
}

type SaidBy = (key: string | undefined) => Attribution | null;
type DocumentEvent = ExtractionDocument['events'][number];
/** A record's dates before the planner summarises them from every source. */
const noDates = () => ({ date: null, dates: [], disputed: false });

/** A person, organisation or place as the document states it. */
function namedEntity(e: ExtractionDocument['entities'][number]): DocumentEntity {
  const record = {
    type: e.type,
    name: e.name,
    aliases: unionOfNames([], e.aliases, e.name),
    roles: e.type === 'PERSON' ? unionOfNames([], e.roles, '') : [],
    kind: e.type === 'ORGANISATION' ? (e.kind as OrganisationKind) : null,
    ...noDates(),
  };
  const nationality = e.type === 'PERSON' ? nationalityOf(e) : [];
  return {
    key: e.key,
    mentions: e.mentions,
    record,
    facts: {
      name: record.name,
      aliases: record.aliases,
      roles: record.roles,
      kind: record.kind,
      date: null,
      ...(nationality.length > 0 ? { nationality } : {}),
    },
  };
}

/** An event as the document states it: its date, cited by the quote that gives it, and its event facts. */
function eventEntity(e: DocumentEvent, articleId: string, saidBy: SaidBy, actors: Map<string, string>): DocumentEntity {
  const date = toPartialDate(e.date);
  const record = {
    type: 'EVENT' as const,
    name: e.name,
    aliases: unionOfNames([], e.aliases, e.name),
    roles: [],
    kind: null,
    ...noDates(),
    date,
  };
  const citation = {
    articleId,
    quote: v2(e).dateQuote ?? e.mentions[0],
    status: 'REPORTED' as ClaimStatus,
    saidBy: saidBy(saidByKey(e)),
  };
  return {
    key: e.key,
    mentions: e.mentions,
    record,
    facts: {
      name: record.name,
      aliases: record.aliases,
      roles: [],
      kind: null,
      date: date ? { date, citation } : null,
      event: eventFacts(e, articleId, saidBy, actors),
    },
  };
}

/** The document's entities, then its events. */
function documentEntities(doc: ExtractionDocument, articleId: string, saidBy: SaidBy): DocumentEntity[] {
  const actors = new Map(actorsOf(doc).map((a) => [a.key, a.description]));
  return [...doc.entities.map(namedEntity), ...doc.events.map((e) => eventEntity(e, articleId, saidBy, actors))];
}

interface ClaimInput {
  type: string;
  sourceId: string;
  targetId: string;
  role: string | null;
  status: ClaimStatus;
  quotes: readonly string[];
  saidBy: Attribution | null;
  start?: PartialDate | null;
  end?: PartialDate | null;
  asOf?: PartialDate | null;
}

/**
 * One document's claim as a relationship carrying this article's citations only; the store's other
 * citations and the summary (status, dates) are added by the planner from what the store holds.
 */
function claim(c: ClaimInput, articleId: string): RelationshipRecord {
  let { sourceId, targetId } = c;
  // symmetric types are stored once, with their ends in a fixed order
  if (c.type === 'FRIEND_OF' && targetId < sourceId) [sourceId, targetId] = [targetId, sourceId];
  const citations: RelationshipCitation[] = [...new Set(c.quotes)].map((quote) => ({
    articleId,
    quote,
    status: c.status,
    saidBy: c.saidBy,
    start: c.start ?? null,
    end: c.end ?? null,
    asOf: c.asOf ?? null,
  }));
  return {
    id: relationshipIdFor(c.type, sourceId, targetId, c.role),
    type: c.type,
    sourceId,
    targetId,
    role: c.role,
    status: c.status,
    disputed: false,
    start: c.start ?? null,
    end: c.end ?? null,
    citations,
  };
}

/** A relationship the document states between two of its entities. */
function statedClaim(r: ExtractionDocument['relationships'][number], idOf: (key: string) => string, saidBy: SaidBy): ClaimInput {
  return {
    type: r.type,
    sourceId: idOf(r.from),
    targetId: idOf(r.to),
    role: null,
    status: r.status,
    quotes: r.quotes,
    saidBy: saidBy(saidByKey(r)),
    start: toPartialDate(r.start),
    end: toPartialDate(r.end),
    asOf: toPartialDate((r as { asOf?: PartialDateInput }).asOf),
  };
}

/** An event's edges: who took part (named entities only) and where it took place. */
function eventClaims(event: DocumentEvent, idOf: (key: string) => string, saidBy: SaidBy, actorKeys: Set<string>): ClaimInput[] {
  // an unnamed actor takes part without becoming an entity: it has no edge to hang on
  const participations = event.participants
    .filter((x) => !actorKeys.has(x.entity))
    .map(
      (p): ClaimInput => ({
        type: 'PARTICIPATED_IN',
        sourceId: idOf(p.entity),
        targetId: idOf(event.key),
        role: p.role,
        status: p.status,
        quotes: p.quotes ?? event.mentions,
        saidBy: saidBy(saidByKey(p)),
      }),
    );
  if (!event.place) return participations;
  const place: ClaimInput = {
    type: 'TOOK_PLACE_IN',
    sourceId: idOf(event.key),
    targetId: idOf(event.place),
    role: null,
    status: 'REPORTED',
    quotes: event.mentions,
    saidBy: saidBy(saidByKey(event)),
  };
  return [...participations, place];
}

/** Adds `r` to `edges`, or, where the document states that edge again, its quotes not yet cited. */
function addEdge(edges: Map<string, RelationshipRecord>, r: RelationshipRecord): void {
  const seen = edges.get(r.id);
  if (seen) seen.citations.push(...r.citations.filter((c) => !seen.citations.some((s) => s.quote === c.quote)));
  else edges.set(r.id, r);
}

/** Every edge a document states (relationships, event participations, event places), each once with all its quotes. */
function documentRelationships(
  doc: ExtractionDocument,
  idOf: (key: string) => string,
  articleId: string,
  saidBy: SaidBy,
): RelationshipRecord[] {
  const actorKeys = new Set(actorsOf(doc).map((a) => a.key));
  const claims = [
    ...doc.relationships.map((r) => statedClaim(r, idOf, saidBy)),
    ...doc.events.flatMap((event) => eventClaims(event, idOf, saidBy, actorKeys)),
  ];
  const edges = new Map<string, RelationshipRecord>();
  for (const c of claims) addEdge(edges, claim(c, articleId));
  return [...edges.values()];
}

function articleRecord(doc: ExtractionDocument): ArticleRecord {
  const a = doc.article;
  return {
    id: articleIdFor(a),
    title: a.title,
    url: a.url ?? null,
    author: a.author ?? null,
    publisher: a.publisher ?? null,
    publishedAt: toPartialDate(a.publishedAt),
    text: a.text,
  };
}

/** One document, read once: what it states, and its edges once its keys have entity ids. */
export interface DocumentReading {
  article: ArticleRecord;
  entities: DocumentEntity[];
  /** each event's participants, by key: resolution tells two events apart by who took part */
  participants: Map<string, string[]>;
  /** each event's principal participants (whom it happened to), by key: see event-roles.ts */
  principals: Map<string, string[]>;
  /** every edge the document states, its ends and the entities it cites as sources given by `idOf` */
  edges(idOf: (key: string) => string): RelationshipRecord[];
}

function principalsByEvent(doc: ExtractionDocument): Map<string, string[]> {
  const typeOf = new Map(doc.entities.map((e) => [e.key, e.type as string]));
  return new Map(
    doc.events.map((e) => [
      e.key,
      [...principalParticipants(e.participants.map((p) => ({ id: p.entity, role: p.role, type: typeOf.get(p.entity) ?? 'OTHER' })))],
    ]),
  );
}

export function readDocument(doc: ExtractionDocument): DocumentReading {
  const article = articleRecord(doc);
  return {
    article,
    // the entities are read before any key has an id, so a source they cite is named but not linked
    entities: documentEntities(
      doc,
      article.id,
      attributionOf(doc, () => undefined),
    ),
    participants: new Map(doc.events.map((e) => [e.key, e.participants.map((p) => p.entity)])),
    principals: principalsByEvent(doc),
    edges: (idOf) => documentRelationships(doc, idOf, article.id, attributionOf(doc, idOf)),
  };
}
