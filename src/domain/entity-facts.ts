import { compareCodePoints } from './code-point-order.js';
import { dateClaimsOf, summariseDates, type DateClaim } from './claims.js';
import type { OrganisationKind } from './kinds.js';
import type { EditorFacts, EntityFacts, EntitySummary } from './source-facts.js';
import { eventDetailsOf, eventStatusOf } from './event-details.js';
import { digestOf, earlierSource, holdsSources, type EntityDigest, type NameCount } from './entity-digest.js';

/*
 * What each source says about an entity itself (the name it uses, other names, roles, kind, an event's
 * date), kept per article so that the entity can be summarised from all of them in an order-free way and
 * an article's contribution can be taken back when a corrected version replaces it. An editor's changes
 * are one more source (articleId null) that wins over the articles where they speak.
 */

export type { ArticleFacts, EditorFacts, EntityFacts, EntitySummary } from './source-facts.js';

/**
 * The stores keep facts one row per (entity, source), so that a document rewrites only its own article's
 * rows. A source is an article id, or one of these fixed ids that no article id can take (article ids
 * are `article:...`): the editor's, and the one standing for what an entity held before facts were kept.
 */
const EDITOR_SOURCE = 'editor:';
export const LEGACY_SOURCE = 'legacy:';
/** The row holding the fold of all the others (see entity-digest.ts): not a source, never read as one. */
export const DIGEST_SOURCE = 'digest:';

export function sourceIdOf(facts: EntityFacts): string {
  return facts.articleId ?? EDITOR_SOURCE;
}

/** A proper name ("Zarechnoye penal colony") reads better as the entity's name than a description ("the colony at ..."). */
function preferredName(a: string, b: string): number {
  const proper = (s: string) => Number(/^\p{Lu}/u.test(s));
  const words = (s: string) => s.trim().split(/\s+/).length;
  return proper(b) - proper(a) || words(b) - words(a) || compareCodePoints(a, b);
}

/** The name most sources use; of equals, the one the earliest coverage used, then the proper and fuller one. */
function nameOf(names: readonly NameCount[]): string | null {
  const ranked = [...names].sort((a, b) => b.n - a.n || earlierSource(a, b) || preferredName(a.name, b.name));
  return ranked[0]?.name ?? null;
}

/** The kind most sources give; ties in code-point order. */
function mostGiven(kinds: EntityDigest['kinds']): OrganisationKind | null {
  const ranked = [...kinds].sort((a, b) => b.n - a.n || compareCodePoints(a.kind, b.kind));
  return ranked[0]?.kind ?? null;
}

/** Distinct ignoring case (the spelling kept is the first in code-point order), sorted by code points. */
function distinctSorted(values: readonly string[], exclude: readonly string[] = []): string[] {
  const out = new Map<string, string>();
  const excluded = new Set(exclude.map((e) => e.toLowerCase()));
  for (const v of [...values].sort(compareCodePoints)) {
    const k = v.toLowerCase();
    if (!excluded.has(k) && !out.has(k)) out.set(k, v);
  }
  return [...out.values()];
}

/**
 * The entity as its sources describe it, by rules that depend only on the set of sources: the name most
 * of them use (a proper name before a description, then the fuller, then code-point order); every other
 * name as an alias; every role; the kind most give; for an event, every date with its citations and the
 * one the timeline uses (see summariseDates). An editor's name, roles and kind win; an editor's alias
 * changes apply on top of the sources'.
 */
export function summariseEntity(facts: readonly EntityFacts[]): EntitySummary | null {
  return summariseDigest(digestOf(facts));
}

/** summariseEntity over the facts folded into `digest` (see entity-digest.ts). */
export function summariseDigest(digest: EntityDigest): EntitySummary | null {
  const { editor } = digest;
  if (!holdsSources(digest)) return null;
  const sourceName = nameOf(digest.names) ?? editor?.name ?? '';
  const name = editor?.name ?? sourceName;
  const aliases = distinctSorted([...digest.spellings, ...(editor?.addedAliases ?? [])], [name, ...(editor?.removedAliases ?? [])]);
  const roles = editor?.roles ?? distinctSorted(digest.roles);
  const kind = editor?.kind ?? mostGiven(digest.kinds);
  const dates: DateClaim[] = dateClaimsOf(digest.dated.flatMap((f) => (f.date ? [f.date] : [])));
  const { date, disputed: datesDisputed } = summariseDates(dates);
  const eventFacts = digest.dated.flatMap((f) => (f.event ? [f.event] : []));
  const event = eventFacts.length > 0 ? eventDetailsOf(eventFacts) : null;
  const disputed = datesDisputed || (event !== null && eventStatusOf(event.statuses).disputed);
  const nationality = distinctSorted(digest.nationality);
  return { name, aliases, roles, kind, date, dates, disputed, nationality, event };
}

/** An editor's update as a source: what they set, and the alias changes against what the sources give. */
export function editorFactsOf(
  previous: EditorFacts | undefined,
  before: Pick<EntitySummary, 'aliases'>,
  after: Pick<EntitySummary, 'name' | 'aliases' | 'roles' | 'kind'>,
  changed: { name: boolean; roles: boolean; kind: boolean },
): EditorFacts {
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const had = lower(before.aliases);
  const has = lower(after.aliases);
  const added = after.aliases.filter((a) => !had.has(a.toLowerCase()));
  const removed = before.aliases.filter((a) => !has.has(a.toLowerCase()));
  const keep = (xs: readonly string[], drop: ReadonlySet<string>) => xs.filter((x) => !drop.has(x.toLowerCase()));
  return {
    articleId: null,
    ...(changed.name || previous?.name !== undefined ? { name: changed.name ? after.name : previous?.name } : {}),
    addedAliases: distinctSorted([...keep(previous?.addedAliases ?? [], lower(removed)), ...added]),
    removedAliases: distinctSorted([...keep(previous?.removedAliases ?? [], lower(added)), ...removed]),
    ...(changed.roles ? { roles: [...after.roles] } : previous?.roles ? { roles: previous.roles } : {}),
    ...(changed.kind && after.kind ? { kind: after.kind } : previous?.kind ? { kind: previous.kind } : {}),
  };
}
