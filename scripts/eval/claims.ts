import { type Candidate, greedyMatch } from './greedy.js';
import { type Counts, counts, type EvalDocument, type Share, share } from './types.js';

/**
 * A relationship or a participation, reduced to what is compared: its type (a relationship type, or
 * PARTICIPANT), its two ends, and the claim's status and speaker. Each item is one claim: the same fact
 * said by two sources is two claims in a gold document, and a draft must find both.
 */
export interface Claim {
  type: string;
  from: string;
  to: string;
  status: string;
  saidBy?: string;
  label: string;
}

export interface ClaimMatch {
  counts: Counts;
  pairs: Array<[Claim, Claim]>;
  missed: Claim[];
  spurious: Claim[];
}

const PARTICIPANT = 'PARTICIPANT';

export function relationshipClaims(doc: EvalDocument): Claim[] {
  return (doc.relationships ?? []).map((r) => ({
    type: r.type,
    from: r.from,
    to: r.to,
    status: r.status,
    saidBy: r.saidBy,
    label: `${r.from} ${r.type} ${r.to}`,
  }));
}

/** Participations by event and participant; the role is free text and is not compared. */
export function participationClaims(doc: EvalDocument): Claim[] {
  return (doc.events ?? []).flatMap((e) =>
    (e.participants ?? []).map((p) => ({
      type: PARTICIPANT,
      from: p.entity,
      to: e.key,
      status: p.status ?? 'REPORTED',
      saidBy: p.saidBy,
      label: `${p.entity} in ${e.key} (${p.role})`,
    })),
  );
}

/** Relationships both of whose ends are named entities (not events): the primary relationship row. */
export function betweenEntities(claims: readonly Claim[], doc: EvalDocument): Claim[] {
  const entityKeys = new Set(doc.entities.map((e) => e.key));
  return claims.filter((c) => entityKeys.has(c.from) && entityKeys.has(c.to));
}

const sameEnds = (gold: Claim, from: string, to: string): boolean =>
  (gold.from === from && gold.to === to) || (gold.type === 'FRIEND_OF' && gold.from === to && gold.to === from);

/**
 * Draft claims are matched one-to-one to gold claims of the same type whose ends are the draft's ends
 * mapped to gold keys (FRIEND_OF either way round). Where several gold claims fit (one fact, several
 * sources), the one with the same status and speaker is preferred.
 */
export function matchClaims(gold: readonly Claim[], draft: readonly Claim[], mapping: ReadonlyMap<string, string>): ClaimMatch {
  const candidates: Candidate[] = [];
  draft.forEach((d, di) => {
    const from = mapping.get(d.from);
    const to = mapping.get(d.to);
    if (from === undefined || to === undefined) return;
    gold.forEach((g, gi) => {
      if (g.type !== d.type || !sameEnds(g, from, to)) return;
      const strength = 1 + (g.status === d.status ? 1 : 0) + (saidByAgrees(g, d, mapping) ? 1 : 0);
      candidates.push({ draft: di, gold: gi, strength });
    });
  });
  const matched = greedyMatch(candidates);
  const matchedGold = new Set(matched.values());
  return {
    counts: counts(matched.size, draft.length - matched.size, gold.length - matched.size),
    pairs: [...matched].map(([di, gi]) => [gold[gi], draft[di]]),
    missed: gold.filter((_, gi) => !matchedGold.has(gi)),
    spurious: draft.filter((_, di) => !matched.has(di)),
  };
}

/** The draft's speaker, mapped to a gold key, is the gold's (both absent: the article's own voice). */
export function saidByAgrees(gold: { saidBy?: string }, draft: { saidBy?: string }, mapping: ReadonlyMap<string, string>): boolean {
  const drafted = draft.saidBy === undefined ? undefined : (mapping.get(draft.saidBy) ?? `unmatched:${draft.saidBy}`);
  return drafted === gold.saidBy;
}

/** Of matched claims, how many have the gold's status. */
export function statusAgreement(pairs: ReadonlyArray<[Claim, Claim]>): Share {
  return share(pairs.filter(([g, d]) => g.status === d.status).length, pairs.length);
}

/** Of matched items where the gold or the draft names a speaker, how many name the same one. */
export function speakerAgreement(
  pairs: ReadonlyArray<[{ saidBy?: string }, { saidBy?: string }]>,
  mapping: ReadonlyMap<string, string>,
): Share {
  const attributed = pairs.filter(([g, d]) => g.saidBy !== undefined || d.saidBy !== undefined);
  return share(attributed.filter(([g, d]) => saidByAgrees(g, d, mapping)).length, attributed.length);
}
