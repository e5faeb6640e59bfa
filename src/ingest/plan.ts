import type { ArticleRecord, Citation, EntityRecord, OrganisationKind } from '../domain/entity.js';
import type { PartialDate } from '../domain/partial-date.js';
import type { RelationshipRecord } from '../domain/relationship.js';
import type { DocumentWrite } from '../storage/graph-store.js';
import type { ExtractionDocument, PartialDateInput } from './extraction-format.js';
import { articleIdFor, relationshipIdFor } from './ids.js';

export function toPartialDate(input: PartialDateInput | undefined): PartialDate | null {
  if (!input) return null;
  return { year: input.year, month: input.month ?? null, day: input.day ?? null, inferred: input.inferred };
}

type StoredEntity = Omit<EntityRecord, 'mentions'>;

export interface EntityOutcome {
  key: string;
  id: string;
  outcome: 'created' | 'merged' | 'unchanged';
}

function union(existing: readonly string[], incoming: readonly string[], exclude: string): string[] {
  const seen = new Set(existing.map((s) => s.toLowerCase()));
  const out = [...existing];
  for (const value of incoming) {
    const lower = value.toLowerCase();
    if (!seen.has(lower) && lower !== exclude.toLowerCase()) { seen.add(lower); out.push(value); }
  }
  return out;
}

/** Incoming facts about one entity, merged into what the store already has (if anything). */
export function mergeEntity(existing: StoredEntity | undefined, incoming: StoredEntity, warnings: string[]): StoredEntity {
  if (!existing) return incoming;
  if (existing.kind !== incoming.kind && incoming.kind) {
    warnings.push(`${existing.id}: kept kind ${existing.kind}; this document says ${incoming.kind}`);
  }
  if (existing.date && incoming.date && JSON.stringify(existing.date) !== JSON.stringify(incoming.date)) {
    warnings.push(`${existing.id}: kept date ${JSON.stringify(existing.date)}; this document says ${JSON.stringify(incoming.date)}`);
  }
  return {
    ...existing,
    aliases: union(existing.aliases, [incoming.name, ...incoming.aliases], existing.name),
    roles: union(existing.roles, incoming.roles, ''),
    kind: existing.kind ?? incoming.kind,
    date: existing.date ?? incoming.date,
  };
}

export function incomingEntities(doc: ExtractionDocument): Array<{ key: string; record: Omit<StoredEntity, 'id'>; mentions: string[] }> {
  return [
    ...doc.entities.map((e) => ({
      key: e.key,
      mentions: e.mentions,
      record: {
        type: e.type, name: e.name, aliases: union([], e.aliases, e.name),
        roles: e.type === 'PERSON' ? union([], e.roles, '') : [],
        kind: e.type === 'ORGANISATION' ? (e.kind as OrganisationKind) : null,
        date: null,
      },
    })),
    ...doc.events.map((e) => ({
      key: e.key,
      mentions: e.mentions,
      record: { type: 'EVENT' as const, name: e.name, aliases: union([], e.aliases, e.name), roles: [], kind: null, date: toPartialDate(e.date) },
    })),
  ];
}

function relationship(
  type: string, sourceId: string, targetId: string, status: RelationshipRecord['status'], role: string | null,
  quotes: readonly string[], articleId: string, start: PartialDate | null = null, end: PartialDate | null = null,
): RelationshipRecord {
  // symmetric types are stored once, with their ends in a fixed order
  if (type === 'FRIEND_OF' && targetId < sourceId) [sourceId, targetId] = [targetId, sourceId];
  const citations: Citation[] = [...new Set(quotes)].map((quote) => ({ articleId, quote }));
  return { id: relationshipIdFor(type, sourceId, targetId, role, status), type, sourceId, targetId, status, role, start, end, citations };
}

/** Every edge a document states: its relationships, event participations and event places. */
export function documentRelationships(doc: ExtractionDocument, idOf: (key: string) => string, articleId: string): RelationshipRecord[] {
  const edges = new Map<string, RelationshipRecord>();
  const add = (r: RelationshipRecord) => {
    const seen = edges.get(r.id);
    if (seen) seen.citations.push(...r.citations.filter((c) => !seen.citations.some((s) => s.quote === c.quote)));
    else edges.set(r.id, r);
  };
  for (const r of doc.relationships) {
    add(relationship(r.type, idOf(r.from), idOf(r.to), r.status, null, r.quotes, articleId, toPartialDate(r.start), toPartialDate(r.end)));
  }
  for (const event of doc.events) {
    for (const p of event.participants) {
      add(relationship('PARTICIPATED_IN', idOf(p.entity), idOf(event.key), p.status, p.role, p.quotes ?? event.mentions, articleId));
    }
    if (event.place) add(relationship('TOOK_PLACE_IN', idOf(event.key), idOf(event.place), 'REPORTED', null, event.mentions, articleId));
  }
  return [...edges.values()];
}

export function articleRecord(doc: ExtractionDocument): ArticleRecord {
  const a = doc.article;
  return {
    id: articleIdFor(a), title: a.title, url: a.url ?? null, author: a.author ?? null,
    publisher: a.publisher ?? null, publishedAt: toPartialDate(a.publishedAt), text: a.text,
  };
}

