import { compareCodePoints } from './code-point-order.js';
import type { ArticleFacts, EditorFacts, EntityFacts } from './source-facts.js';
import type { OrganisationKind } from './kinds.js';
import { comparePartialDates, type PartialDate } from './partial-date.js';

/*
 * An entity's facts folded over all its sources: exactly what summariseEntity needs, no more. The stores
 * keep it beside the per-source rows, so that a new article's document reads one row per entity it names
 * and folds in its own facts, instead of reading every source's: a hub named by thousands of articles then
 * costs a document what an entity named by one does.
 *
 * The fold is order-free (counts, the earliest source of each name, distinct sets, lists in article-id
 * order), so folding sources in one at a time gives the digest that folding all of them at once gives.
 * Taking a source back out is not a fold: when an article's new version replaces the old one, or an
 * editor rewrites an entity's facts, the digest is folded again from the rows.
 */

export interface NameCount {
  name: string;
  /** how many of the articles' facts give it as the name */
  n: number;
  /** the earliest of them (see earlierSource): of names given equally often, its coverage wins */
  publishedAt: PartialDate | null;
  articleId: string;
}

/** An event's date or details from one article, kept whole: events have few sources, and each is cited. */
type DatedFacts = Pick<ArticleFacts, 'articleId' | 'date' | 'event'>;

export interface EntityDigest {
  /** each name the articles use, in code-point order */
  names: NameCount[];
  /** every name and alias the articles give, distinct, in code-point order */
  spellings: string[];
  roles: string[];
  kinds: Array<{ kind: OrganisationKind; n: number }>;
  nationality: string[];
  /** the articles that give a date or event details, in article-id order (one article's in the order given) */
  dated: DatedFacts[];
  /** the editor's facts, if an editor has spoken */
  editor: EditorFacts | null;
}

export function emptyDigest(): EntityDigest {
  return { names: [], spellings: [], roles: [], kinds: [], nationality: [], dated: [], editor: null };
}

/** The digest of these facts (in any order). */
export function digestOf(facts: readonly EntityFacts[]): EntityDigest {
  return facts.reduce(withFacts, emptyDigest());
}

/** Whether the digest holds any source: one that holds none stands for no facts at all. */
export function holdsSources(digest: EntityDigest): boolean {
  return digest.names.length > 0 || digest.editor !== null;
}

/** The digest with one more source's facts folded in (a new object; the one given is left as it is). */
export function withFacts(digest: EntityDigest, facts: EntityFacts): EntityDigest {
  // the first editor entry wins, as summariseEntity's `find` took it
  if (facts.articleId === null) return digest.editor ? digest : { ...digest, editor: facts };
  const dated =
    facts.date || facts.event
      ? insertedAfterEquals(digest.dated, { articleId: facts.articleId, date: facts.date, ...(facts.event ? { event: facts.event } : {}) })
      : digest.dated;
  return {
    names: withName(digest.names, facts),
    spellings: withDistinct(digest.spellings, [facts.name, ...facts.aliases]),
    roles: withDistinct(digest.roles, facts.roles),
    kinds: facts.kind ? withKind(digest.kinds, facts.kind) : digest.kinds,
    nationality: withDistinct(digest.nationality, facts.nationality ?? []),
    dated,
    editor: digest.editor,
  };
}

/** Earlier coverage first (undated last), then by article id: an order that does not depend on ingest order. */
export function earlierSource(a: Pick<NameCount, 'publishedAt' | 'articleId'>, b: Pick<NameCount, 'publishedAt' | 'articleId'>): number {
  return comparePartialDates(a.publishedAt, b.publishedAt) || compareCodePoints(a.articleId, b.articleId);
}

function withName(names: readonly NameCount[], facts: ArticleFacts): NameCount[] {
  const at = names.findIndex((c) => c.name === facts.name);
  const source = { publishedAt: facts.publishedAt, articleId: facts.articleId };
  if (at < 0) return insertedSorted(names, { name: facts.name, n: 1, ...source }, (a, b) => compareCodePoints(a.name, b.name));
  const seen = names[at];
  const first = earlierSource(seen, source) <= 0 ? { publishedAt: seen.publishedAt, articleId: seen.articleId } : source;
  return names.map((c, i) => (i === at ? { name: c.name, n: c.n + 1, ...first } : c));
}

function withKind(
  kinds: ReadonlyArray<{ kind: OrganisationKind; n: number }>,
  kind: OrganisationKind,
): Array<{ kind: OrganisationKind; n: number }> {
  if (!kinds.some((k) => k.kind === kind)) return insertedSorted(kinds, { kind, n: 1 }, (a, b) => compareCodePoints(a.kind, b.kind));
  return kinds.map((k) => (k.kind === kind ? { kind, n: k.n + 1 } : k));
}

function withDistinct(sorted: readonly string[], values: readonly string[]): string[] {
  let out = sorted as string[];
  for (const v of values) {
    if (binarySearch(out, v, compareCodePoints) >= 0) continue;
    out = insertedSorted(out, v, compareCodePoints);
  }
  return out;
}

/** After every entry of the same or a smaller article id: a stable sort by article id, kept as it grows. */
function insertedAfterEquals(dated: readonly DatedFacts[], entry: DatedFacts): DatedFacts[] {
  let at = dated.length;
  while (at > 0 && compareCodePoints(dated[at - 1].articleId, entry.articleId) > 0) at--;
  return [...dated.slice(0, at), entry, ...dated.slice(at)];
}

function insertedSorted<T>(sorted: readonly T[], value: T, compare: (a: T, b: T) => number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(sorted[mid], value) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return [...sorted.slice(0, lo), value, ...sorted.slice(lo)];
}

function binarySearch<T>(sorted: readonly T[], value: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compare(sorted[mid], value);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
