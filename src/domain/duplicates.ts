/**
 * Review items: entities that may be one, found by resolution and left for an editor, who merges them
 * (mergeEntities) or marks them distinct (markDistinct). A pair marked distinct is never proposed again.
 */
export interface DuplicateCandidateRecord {
  /** `duplicate:<id>+<id>`, the two entity ids in order, so the same pair is always the same item */
  id: string;
  entityIds: [string, string];
  score: number;
  reason: string;
}

const DUPLICATE_ID_PREFIX = 'duplicate';

/** The two ids in a fixed order, so (a, b) and (b, a) are one pair. */
export function orderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export function duplicateCandidateId(a: string, b: string): string {
  return `${DUPLICATE_ID_PREFIX}:${orderedPair(a, b).join('+')}`;
}

/** Every pair among the ids, each in id order. */
export function pairsAmong(ids: readonly string[]): Array<[string, string]> {
  const distinct = [...new Set(ids)].sort();
  return distinct.flatMap((a, i) => distinct.slice(i + 1).map((b) => orderedPair(a, b)));
}

/** Pairs an editor has said are different entities. */
export class DistinctPairs {
  private readonly keys: Set<string>;

  constructor(pairs: ReadonlyArray<readonly [string, string]>) {
    this.keys = new Set(pairs.map(([a, b]) => orderedPair(a, b).join('+')));
  }

  has(a: string, b: string): boolean {
    return this.keys.has(orderedPair(a, b).join('+'));
  }
}
