import { foldName, searchForm } from './fold.js';
import { type Candidate, greedyMatch } from './greedy.js';
import { type Counts, counts, ENTITY_TYPES, type EntityType, type EvalEntity, type Share, share } from './types.js';

export interface EntityScores {
  byType: Record<EntityType, Counts>;
  /** draft entities that matched an already matched gold entity: the reviewer must merge them */
  duplicates: string[];
  /** of matched organisations, how many have the gold's kind */
  kind: Share;
  /** draft entities none of whose names occurs in the article text */
  invented: string[];
  /** draft key -> gold key, for matched entities and their duplicates */
  mapping: Map<string, string>;
  missed: string[];
  /** draft entities that match no gold entity (duplicates are listed apart) */
  spurious: string[];
}

const EXACT = 2;
const SURNAME = 1;

const namesOf = (e: EvalEntity): string[] => [e.name, ...(e.aliases ?? [])].map(foldName);

/**
 * How strongly a draft entity matches a gold one of the same type: EXACT when any folded name or alias
 * is shared; SURNAME when the draft person is a single token equal to the gold name's last token
 * ("Duvanov" for "Sergei Duvanov"); 0 otherwise.
 */
export function entityMatchStrength(draft: EvalEntity, gold: EvalEntity): number {
  if (draft.type !== gold.type) return 0;
  const goldNames = new Set(namesOf(gold));
  if (namesOf(draft).some((n) => goldNames.has(n))) return EXACT;
  if (draft.type !== 'PERSON') return 0;
  const draftName = foldName(draft.name);
  const goldTokens = foldName(gold.name).split(' ');
  return !draftName.includes(' ') && goldTokens.length > 1 && goldTokens.at(-1) === draftName ? SURNAME : 0;
}

/** Draft entities that name nothing in the text: neither their name nor any alias occurs in it. */
export function inventedEntities(draft: readonly EvalEntity[], text: string): string[] {
  const hay = searchForm(text);
  return draft.filter((e) => ![e.name, ...(e.aliases ?? [])].some((n) => hay.includes(searchForm(n)))).map((e) => e.name);
}

export function scoreEntities(gold: readonly EvalEntity[], draft: readonly EvalEntity[], text: string): EntityScores {
  const candidates: Candidate[] = [];
  draft.forEach((d, di) =>
    gold.forEach((g, gi) => {
      const strength = entityMatchStrength(d, g);
      if (strength > 0) candidates.push({ draft: di, gold: gi, strength });
    }),
  );
  const matched = greedyMatch(candidates);
  const mapping = new Map<string, string>();
  for (const [di, gi] of matched) mapping.set(draft[di].key, gold[gi].key);
  const duplicates: string[] = [];
  for (const c of [...candidates].sort((a, b) => b.strength - a.strength)) {
    if (matched.has(c.draft) || mapping.has(draft[c.draft].key)) continue;
    mapping.set(draft[c.draft].key, gold[c.gold].key);
    duplicates.push(`${draft[c.draft].name} (= ${gold[c.gold].name})`);
  }
  const matchedGold = new Set(matched.values());
  return {
    byType: countByType(gold, draft, matched),
    duplicates,
    kind: kindAccuracy(gold, draft, matched),
    invented: inventedEntities(draft, text),
    mapping,
    missed: gold.filter((_, gi) => !matchedGold.has(gi)).map((g) => `${g.type} ${g.name}`),
    spurious: draft.filter((d) => !mapping.has(d.key)).map((d) => `${d.type} ${d.name}`),
  };
}

function countByType(gold: readonly EvalEntity[], draft: readonly EvalEntity[], matched: Map<number, number>): Record<EntityType, Counts> {
  const result = {} as Record<EntityType, Counts>;
  for (const type of ENTITY_TYPES) {
    const tp = [...matched.keys()].filter((di) => draft[di].type === type).length;
    const drafted = draft.filter((d) => d.type === type).length;
    const inGold = gold.filter((g) => g.type === type).length;
    result[type] = counts(tp, drafted - tp, inGold - tp);
  }
  return result;
}

function kindAccuracy(gold: readonly EvalEntity[], draft: readonly EvalEntity[], matched: Map<number, number>): Share {
  const orgs = [...matched].filter(([di]) => draft[di].type === 'ORGANISATION');
  return share(orgs.filter(([di, gi]) => draft[di].kind === gold[gi].kind).length, orgs.length);
}
