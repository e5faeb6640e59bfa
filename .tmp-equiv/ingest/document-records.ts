import type { Attribution, RelationshipCitation } from '../../src/domain/claims.js';
import type { ArticleFacts } from '../../src/domain/entity-facts.js';
import type { EventFacts, EventStatus, QuantityKind, QuantityQualifier } from '../../src/domain/event-details.js';
import type { ArticleRecord, ClaimStatus, EntityRecord, OrganisationKind } from '../../src/domain/entity.js';
import type { PartialDate } from '../../src/domain/partial-date.js';
import type { RelationshipRecord } from '../../src/domain/relationship.js';
import type { ExtractionDocument, PartialDateInput } from '../../src/ingest/extraction-format.js';
import { articleIdFor, relationshipIdFor } from '../../src/domain/ids.js';
import { unionOfNames } from '../../src/domain/name-lists.js';

/*
 * The records one extraction document states, before they meet the graph: its article, its entities
 * (DocumentEntity), every edge it claims and who says each claim. plan-document.ts resolves them against
 * the store and plans the write.
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
export function attributionOf(doc: ExtractionDocument, idOf: (key: string) => string | undefined) {
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

export function documentEntities(
  doc: ExtractionDocument,
  articleId: string,
  saidBy: (key: string | undefined) => Attribution | null,
): DocumentEntity[] {
  const none = { date: null, dates: [], disputed: false };
  const actors = new Map(actorsOf(doc).map((a) => [a.key, a.description]));
  return [
    ...doc.entities.map((e) => {
      const record = {
        type: e.type,
        name: e.name,
        aliases: unionOfNames([], e.aliases, e.name),
        roles: e.type === 'PERSON' ? unionOfNames([], e.roles, '') : [],
        kind: e.type === 'ORGANISATION' ? (e.kind as OrganisationKind) : null,
        ...none,
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
    }),
    ...doc.events.map((e) => {
      const date = toPartialDate(e.date);
      const record = {
        type: 'EVENT' as const,
        name: e.name,
        aliases: unionOfNames([], e.aliases, e.name),
        roles: [],
        kind: null,
        ...none,
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
    }),
  ];
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

/** Every edge a document states (relationships, event participations, event places), each once with all its quotes. */
export function documentRelationships(
  doc: ExtractionDocument,
  idOf: (key: string) => string,
  articleId: string,
  saidBy: (key: string | undefined) => Attribution | null,
): RelationshipRecord[] {
  const edges = new Map<string, RelationshipRecord>();
  const add = (r: RelationshipRecord) => {
    const seen = edges.get(r.id);
    if (seen) seen.citations.push(...r.citations.filter((c) => !seen.citations.some((s) => s.quote === c.quote)));
    else edges.set(r.id, r);
  };
  const asOf = (r: object) => toPartialDate((r as { asOf?: PartialDateInput }).asOf);
  for (const r of doc.relationships) {
    add(
      claim(
        {
          type: r.type,
          sourceId: idOf(r.from),
          targetId: idOf(r.to),
          role: null,
          status: r.status,
          quotes: r.quotes,
          saidBy: saidBy(saidByKey(r)),
          start: toPartialDate(r.start),
          end: toPartialDate(r.end),
          asOf: asOf(r),
        },
        articleId,
      ),
    );
  }
  const actorKeys = new Set(actorsOf(doc).map((a) => a.key));
  for (const event of doc.events) {
    // an unnamed actor takes part without becoming an entity: it has no edge to hang on
    for (const p of event.participants.filter((x) => !actorKeys.has(x.entity))) {
      add(
        claim(
          {
            type: 'PARTICIPATED_IN',
            sourceId: idOf(p.entity),
            targetId: idOf(event.key),
            role: p.role,
            status: p.status,
            quotes: p.quotes ?? event.mentions,
            saidBy: saidBy(saidByKey(p)),
          },
          articleId,
        ),
      );
    }
    if (event.place) {
      add(
        claim(
          {
            type: 'TOOK_PLACE_IN',
            sourceId: idOf(event.key),
            targetId: idOf(event.place),
            role: null,
            status: 'REPORTED',
            quotes: event.mentions,
            saidBy: saidBy(saidByKey(event)),
          },
          articleId,
        ),
      );
    }
  }
  return [...edges.values()];
}

export function articleRecord(doc: ExtractionDocument): ArticleRecord {
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
