import { matchByMentions } from './events.js';
import { foldName } from './fold.js';
import type { EvalActor } from './types.js';

/**
 * Unnamed actors ("his supporters") are not scored as a class of their own; they are matched only so
 * that a `saidBy` or a participation naming one can be compared: by folded description first, then by
 * overlapping mentions.
 */
export function matchActors(text: string, gold: readonly EvalActor[], draft: readonly EvalActor[]): Map<string, string> {
  const mapping = new Map<string, string>();
  const taken = new Set<string>();
  for (const d of draft) {
    const g = gold.find((x) => !taken.has(x.key) && foldName(x.description) === foldName(d.description));
    if (g) {
      mapping.set(d.key, g.key);
      taken.add(g.key);
    }
  }
  const restGold = gold.filter((g) => !taken.has(g.key));
  const restDraft = draft.filter((d) => !mapping.has(d.key));
  for (const [di, gi] of matchByMentions(text, restGold, restDraft)) mapping.set(restDraft[di].key, restGold[gi].key);
  return mapping;
}
