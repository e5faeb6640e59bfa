import type { ClaimCitation } from './claims.js';
import type { ClaimStatus } from './kinds.js';

/*
 * What sources say of an event beyond its name and date: whether it happened, the sentences, fines and
 * bail it set, and who took part without being named. Kept per source in the entity's facts and
 * summarised, like the date, by rules that do not depend on the order articles arrived in.
 */

export const EVENT_STATUSES = ['HAPPENED', 'PLANNED', 'PREVENTED', 'CANCELLED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const QUANTITY_KINDS = ['SENTENCE', 'FINE', 'BAIL', 'DAMAGES', 'OTHER'] as const;
export type QuantityKind = (typeof QUANTITY_KINDS)[number];
export const QUANTITY_QUALIFIERS = ['MORE_THAN', 'LESS_THAN', 'ABOUT'] as const;
export type QuantityQualifier = (typeof QUANTITY_QUALIFIERS)[number];

/** A duration or an amount an event set: "three and a half years" is SENTENCE 3.5 years. */
export interface Quantity {
  kind: QuantityKind;
  value: number;
  unit: string;
  qualifier: QuantityQualifier | null;
  citations: ClaimCitation[];
}

/** A part in an event taken by an unnamed actor ("two legal professors" wrote the report). */
export interface UnnamedParticipation {
  /** the actor as the article describes it */
  name: string;
  role: string;
  status: ClaimStatus;
  citations: ClaimCitation[];
}

/** Whether an event happened, as one source tells it. */
export interface StatusClaim {
  status: EventStatus;
  citations: ClaimCitation[];
}

/** The per-source parts an event's facts carry (see ArticleFacts). */
export interface EventFacts {
  status: { status: EventStatus; citation: ClaimCitation };
  quantities: Array<Omit<Quantity, 'citations'> & { citation: ClaimCitation }>;
  unnamedParticipants: Array<Omit<UnnamedParticipation, 'citations'> & { citations: ClaimCitation[] }>;
}

/** The summary of an event's details over all its sources (stored with the entity, read with it). */
export interface EventDetails {
  /** the status the timeline shows (rule: eventStatusOf) */
  status: EventStatus;
  /** every status the sources give, each with its citations */
  statuses: StatusClaim[];
  quantities: Quantity[];
  unnamedParticipants: UnnamedParticipation[];
}

/** A settled outcome (it happened; it was cancelled or prevented) says more than a plan. */
const SETTLED: Record<EventStatus, number> = { HAPPENED: 2, CANCELLED: 2, PREVENTED: 2, PLANNED: 1 };

/**
 * The event-status rule (README): a plan followed by news of its outcome is not a disagreement, so a
 * settled status (HAPPENED, CANCELLED, PREVENTED) wins over PLANNED; among settled ones the status most
 * sources give, then HAPPENED. Sources that say it happened and sources that say it did not disagree:
 * the event is disputed on whether it happened.
 */
export function eventStatusOf(statuses: readonly StatusClaim[]): { status: EventStatus; disputed: boolean } {
  if (statuses.length === 0) return { status: 'HAPPENED', disputed: false };
  const articles = (s: StatusClaim) => new Set(s.citations.map((c) => c.articleId)).size;
  const ranked = [...statuses].sort(
    (a, b) =>
      SETTLED[b.status] - SETTLED[a.status] ||
      articles(b) - articles(a) ||
      Number(b.status === 'HAPPENED') - Number(a.status === 'HAPPENED') ||
      a.status.localeCompare(b.status),
  );
  const settled = new Set(statuses.filter((s) => SETTLED[s.status] === 2).map((s) => s.status === 'HAPPENED'));
  return { status: ranked[0].status, disputed: settled.size > 1 };
}

/** Groups per-source parts into the summary's lists (same value from two sources: one entry, two citations). */
export function eventDetailsOf(perSource: readonly EventFacts[]): EventDetails {
  const group = <T, K>(items: readonly T[], keyOf: (t: T) => string, make: (t: T) => K, add: (k: K, t: T) => void): K[] => {
    const out = new Map<string, K>();
    for (const item of items) {
      const key = keyOf(item);
      if (!out.has(key)) out.set(key, make(item));
      add(out.get(key)!, item);
    }
    return [...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, k]) => k);
  };
  const statuses = group(
    perSource.map((f) => f.status),
    (s) => s.status,
    (s): StatusClaim => ({ status: s.status, citations: [] }),
    (k, s) => k.citations.push(s.citation),
  );
  const quantities = group(
    perSource.flatMap((f) => f.quantities),
    (q) => JSON.stringify([q.kind, q.value, q.unit, q.qualifier]),
    ({ citation: _c, ...q }): Quantity => ({ ...q, citations: [] }),
    (k, q) => k.citations.push(q.citation),
  );
  const unnamedParticipants = group(
    perSource.flatMap((f) => f.unnamedParticipants),
    (p) => JSON.stringify([p.name.toLowerCase(), p.role, p.status]),
    ({ citations: _c, ...p }): UnnamedParticipation => ({ ...p, citations: [] }),
    (k, p) => k.citations.push(...p.citations),
  );
  return { status: eventStatusOf(statuses).status, statuses, quantities, unnamedParticipants };
}
