import type { EditableRelationship, Verdict } from '../domain/editing.js';
import type { Citation } from '../domain/entity.js';
import { relationshipIdFor } from '../ingest/ids.js';
import { byArticleThenQuote } from './citations.js';

/** How one relationship fared in a merge: its id before and after (the id names the claim, ends included). */
export interface Repointed {
  before: string;
  after: string;
}

export interface Fusion {
  /** relationships to delete: ids that no longer name a claim */
  deleted: string[];
  /** relationships to write whole: every claim the merge created or added citations to */
  written: EditableRelationship[];
  repointed: Repointed[];
  /** after-ids that two or more relationships were fused into */
  fused: Array<{ id: string; from: string[] }>;
}

const latest = (a: Verdict | null, b: Verdict | null) => (!a ? b : !b ? a : a.at >= b.at ? a : b);

/**
 * THE place where a merge re-points relationships and fuses those that become the same claim (same type,
 * ends and role, as the claim id says): every relationship touching a merged id is moved onto the
 * survivor and gets the id of its new claim; relationships sharing an id become one, with every citation
 * of each (no repeats), the dates of the survivor's own relationship first, and the latest editor's verdict.
 * Nothing is dropped: a relationship between the survivor and a merged entity becomes a self-loop.
 */
export function repointAndFuseRelationships(
  relationships: readonly EditableRelationship[], mergedIds: ReadonlySet<string>, survivorId: string,
): Fusion {
  const endOf = (id: string) => (mergedIds.has(id) ? survivorId : id);
  const touched = relationships.filter((r) => mergedIds.has(r.sourceId) || mergedIds.has(r.targetId));
  // the survivor's own relationships first (they keep their dates), then by id for a stable outcome
  const ordered = [...relationships].sort((a, b) => Number(touched.includes(a)) - Number(touched.includes(b)) || a.id.localeCompare(b.id));
  const claims = new Map<string, { record: EditableRelationship; from: string[] }>();
  const repointed: Repointed[] = [];
  for (const r of ordered) {
    let sourceId = endOf(r.sourceId);
    let targetId = endOf(r.targetId);
    if (r.type === 'FRIEND_OF' && targetId < sourceId) [sourceId, targetId] = [targetId, sourceId];
    const id = touched.includes(r) ? relationshipIdFor(r.type, sourceId, targetId, r.role, r.status) : r.id;
    if (touched.includes(r)) repointed.push({ before: r.id, after: id });
    const seen = claims.get(id);
    if (!seen) {
      claims.set(id, { record: { ...r, id, sourceId, targetId, citations: [...r.citations] }, from: [r.id] });
      continue;
    }
    seen.from.push(r.id);
    const into = seen.record;
    into.start ??= r.start;
    into.end ??= r.end;
    into.verdict = latest(into.verdict, r.verdict);
    into.citations = unionOfCitations(into.citations, r.citations);
  }
  const afterIds = new Set(repointed.map((x) => x.after));
  return {
    deleted: repointed.map((x) => x.before).filter((id) => !claims.has(id)),
    written: [...claims.entries()].filter(([id]) => afterIds.has(id)).map(([, c]) => c.record),
    repointed,
    fused: [...claims.entries()].filter(([, c]) => c.from.length > 1).map(([id, c]) => ({ id, from: c.from })),
  };
}

export function unionOfCitations(a: readonly Citation[], b: readonly Citation[]): Citation[] {
  const all = new Map([...a, ...b].map((c) => [JSON.stringify([c.articleId, c.quote]), c]));
  return [...all.values()].sort(byArticleThenQuote);
}
