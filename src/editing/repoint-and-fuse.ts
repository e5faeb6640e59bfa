import type { EditableRelationship, Verdict } from '../domain/editing.js';
import { summariseBound, summariseStatus } from '../domain/claims.js';
import type { Citation } from '../domain/entity.js';
import { relationshipIdFor } from '../domain/ids.js';
import { byArticleThenQuote } from '../domain/code-point-order.js';

/** How one relationship fared in a merge: its id before and after (the id names the claim, ends included). */
interface Repointed {
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
 * of each (no repeats), summarised again over them all, and the latest editor's verdict.
 * Nothing is dropped: a relationship between the survivor and a merged entity becomes a self-loop.
 */
export function repointAndFuseRelationships(
  relationships: readonly EditableRelationship[],
  mergedIds: ReadonlySet<string>,
  survivorId: string,
): Fusion {
  const endOf = (id: string) => (mergedIds.has(id) ? survivorId : id);
  const isTouched = (r: EditableRelationship) => mergedIds.has(r.sourceId) || mergedIds.has(r.targetId);
  // the survivor's own relationships first (they keep their ids and dates), then by id for a stable outcome
  const ordered = [...relationships].sort((a, b) => Number(isTouched(a)) - Number(isTouched(b)) || a.id.localeCompare(b.id));
  const claims = new Map<string, { record: EditableRelationship; from: string[] }>();
  const moved: Array<{ before: string; key: string }> = [];
  for (const r of ordered) {
    let sourceId = endOf(r.sourceId);
    let targetId = endOf(r.targetId);
    if (r.type === 'FRIEND_OF' && targetId < sourceId) [sourceId, targetId] = [targetId, sourceId];
    const key = claimKeyOf({ ...r, sourceId, targetId });
    if (isTouched(r)) moved.push({ before: r.id, key });
    const seen = claims.get(key);
    if (!seen) {
      const id = isTouched(r) ? relationshipIdFor(r.type, sourceId, targetId, r.role) : r.id;
      claims.set(key, { record: { ...r, id, sourceId, targetId, citations: [...r.citations] }, from: [r.id] });
      continue;
    }
    seen.from.push(r.id);
    const into = seen.record;
    into.verdict = latest(into.verdict, r.verdict);
    into.citations = unionOfCitations(into.citations, r.citations);
    // the fused fact is summarised again over all its sources (see claims.ts)
    Object.assign(into, summariseStatus(into.citations), {
      start: summariseBound([into.start, ...into.citations.map((c) => c.start)], 'start'),
      end: summariseBound([into.end, ...into.citations.map((c) => c.end)], 'end'),
    });
  }
  const repointed = moved.map((m) => ({ before: m.before, after: claims.get(m.key)!.record.id }));
  const writtenKeys = new Set(moved.map((m) => m.key));
  const finalIds = new Set([...claims.values()].map((c) => c.record.id));
  return {
    deleted: repointed.map((x) => x.before).filter((id) => !finalIds.has(id)),
    written: [...claims.entries()].filter(([key]) => writtenKeys.has(key)).map(([, c]) => c.record),
    repointed,
    fused: [...claims.values()].filter((c) => c.from.length > 1).map((c) => ({ id: c.record.id, from: c.from })),
  };
}

/** What makes two relationships the same fact (the fields the id is derived from). */
function claimKeyOf(r: Pick<EditableRelationship, 'type' | 'sourceId' | 'targetId' | 'role'>): string {
  return JSON.stringify([r.type, r.sourceId, r.targetId, r.role ?? null]);
}

export function unionOfCitations<C extends Citation>(a: readonly C[], b: readonly C[]): C[] {
  const all = new Map([...a, ...b].map((c) => [JSON.stringify([c.articleId, c.quote]), c]));
  return [...all.values()].sort(byArticleThenQuote);
}
