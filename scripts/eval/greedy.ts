/** A candidate pairing of a draft item with a gold item, and how strong it is (higher is better). */
export interface Candidate {
  draft: number;
  gold: number;
  strength: number;
}

/**
 * One-to-one matching, strongest candidates first (ties: draft order, then gold order, so the result
 * does not depend on sort stability). Returns gold index per matched draft index. A draft item whose
 * candidates were all taken stays unmatched: the caller decides whether that is a duplicate.
 */
export function greedyMatch(candidates: readonly Candidate[]): Map<number, number> {
  const sorted = [...candidates].sort((a, b) => b.strength - a.strength || a.draft - b.draft || a.gold - b.gold);
  const matched = new Map<number, number>();
  const takenGold = new Set<number>();
  for (const c of sorted) {
    if (matched.has(c.draft) || takenGold.has(c.gold)) continue;
    matched.set(c.draft, c.gold);
    takenGold.add(c.gold);
  }
  return matched;
}
