import type { EntityRecord, EntityType } from '../domain/entity.js';
import { foldName, nameMatchScore } from '../domain/names.js';
import type { GraphStore } from '../storage/graph-store.js';

/** An entity as it appears in one document, before resolution. */
export interface IncomingEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

export interface Merge {
  key: string;
  name: string;
  intoId: string;
  intoName: string;
  /** the folded name both share, e.g. "sergei duvanov" for Sergey Duvanov / Sergei Duvanov */
  matchedOn: string;
}

export interface NearMiss {
  key: string;
  name: string;
  candidateId: string;
  candidateName: string;
  candidateType: EntityType;
  score: number;
  reason: string;
}

/** Close enough to be worth a person's look, but not close enough to merge automatically. */
const NEAR_MISS_SCORE = 0.75;

function foldedAliases(e: { aliases: readonly string[] }): Set<string> {
  return new Set(e.aliases.map(foldName));
}

/**
 * Two entities are the same when one's full name, folded, is the other's name or one of its aliases.
 * Aliases matching aliases is not enough ("Duvanov" alone could be a namesake): that is a near miss.
 */
function sharedFullName(a: IncomingEntity, b: EntityRecord): string | null {
  const aName = foldName(a.name);
  const bName = foldName(b.name);
  if (aName === bName || foldedAliases(b).has(aName)) return aName;
  if (foldedAliases(a).has(bName)) return bName;
  return null;
}

export interface Resolution {
  /** document key -> existing entity it merges into */
  matches: Map<string, EntityRecord>;
  merges: Merge[];
  nearMisses: NearMiss[];
}

/** Finds, for each incoming entity, the stored entity it is (same type only) and what nearly matched. */
export async function resolveEntities(store: GraphStore, incoming: readonly IncomingEntity[]): Promise<Resolution> {
  const resolution: Resolution = { matches: new Map(), merges: [], nearMisses: [] };
  const candidatesByName = await searchNames(store, incoming.flatMap((e) => [e.name, ...e.aliases]));
  for (const entity of incoming) {
    const candidates = new Map<string, EntityRecord>();
    for (const name of [entity.name, ...entity.aliases]) {
      for (const c of candidatesByName.get(name) ?? []) candidates.set(c.id, c);
    }
    let match: { record: EntityRecord; on: string } | null = null;
    for (const candidate of [...candidates.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      const shared = sharedFullName(entity, candidate);
      if (shared && candidate.type === entity.type && !match) {
        match = { record: candidate, on: shared };
        continue;
      }
      const score = Math.max(...[candidate.name, ...candidate.aliases].map((n) => nameMatchScore(entity.name, n)));
      if (shared && candidate.type !== entity.type) {
        resolution.nearMisses.push(nearMiss(entity, candidate, 1, `same name, but a ${candidate.type} is never merged with a ${entity.type}`));
      } else if (score >= NEAR_MISS_SCORE && candidate.type === entity.type && candidate.id !== match?.record.id) {
        resolution.nearMisses.push(nearMiss(entity, candidate, score, 'similar name; not merged, please review'));
      }
    }
    if (match) {
      resolution.matches.set(entity.key, match.record);
      resolution.merges.push({ key: entity.key, name: entity.name, intoId: match.record.id, intoName: match.record.name, matchedOn: match.on });
    }
  }
  return resolution;
}

/** Lookups in flight at once: enough to hide a networked store's latency, few enough to be polite to it. */
const LOOKUP_CONCURRENCY = 8;

/** Index candidates for every distinct name, looked up a few at a time. */
async function searchNames(store: GraphStore, names: readonly string[]): Promise<Map<string, EntityRecord[]>> {
  const distinct = [...new Set(names)];
  const found = new Map<string, EntityRecord[]>();
  for (let i = 0; i < distinct.length; i += LOOKUP_CONCURRENCY) {
    const batch = distinct.slice(i, i + LOOKUP_CONCURRENCY);
    const results = await Promise.all(batch.map((query) => store.searchCandidates({ query, types: null, first: 20 })));
    batch.forEach((name, j) => found.set(name, results[j]));
  }
  return found;
}

function nearMiss(entity: IncomingEntity, candidate: EntityRecord, score: number, reason: string): NearMiss {
  return {
    key: entity.key, name: entity.name, candidateId: candidate.id, candidateName: candidate.name,
    candidateType: candidate.type, score: Math.round(score * 100) / 100, reason,
  };
}
