import { duplicateCandidateId, type DuplicateCandidateRecord } from '../domain/duplicates.js';
import { entityTypeOfId } from '../domain/entity.js';
import type { NearMiss, Resolution } from '../resolution/best-match.js';

/**
 * The near misses of one ingest as review items: each pair once (its best score), between the entity the
 * incoming one became and the stored one it nearly matched. Namesakes of different types are left out:
 * no editor could merge them, so they would only be noise (the ingest report still lists them).
 */
export function duplicateCandidatesOf(
  nearMisses: readonly NearMiss[],
  idOf: (key: string) => string | undefined,
): DuplicateCandidateRecord[] {
  const byId = new Map<string, DuplicateCandidateRecord>();
  for (const miss of nearMisses) {
    const id = idOf(miss.key);
    if (!id || id === miss.candidateId || entityTypeOfId(id) !== entityTypeOfId(miss.candidateId)) continue;
    const candidate: DuplicateCandidateRecord = {
      id: duplicateCandidateId(id, miss.candidateId),
      entityIds: [id, miss.candidateId],
      score: miss.score,
      reason: `"${miss.name}" ~ "${miss.candidateName}": ${miss.reason}`,
    };
    const seen = byId.get(candidate.id);
    if (!seen || candidate.score > seen.score) byId.set(candidate.id, candidate);
  }
  return [...byId.values()];
}

/**
 * The resolution without near misses between two of the document's own entities: the document names
 * them apart, and on its first ingest they were never compared (the store held neither), so they are no
 * review item on a second ingest either. Otherwise `kg seed` run again would propose the seed's own
 * events to one another.
 */
export function withoutOwnPairs(resolution: Resolution): Resolution {
  const own = new Set([...resolution.matches.values()].map((m) => m.id));
  return { ...resolution, nearMisses: resolution.nearMisses.filter((m) => !own.has(m.candidateId)) };
}
