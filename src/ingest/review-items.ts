import { duplicateCandidateId, type DuplicateCandidateRecord } from '../domain/duplicates.js';
import { entityTypeOfId } from '../domain/entity.js';
import type { NearMiss } from '../resolution/best-match.js';

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
