import type { ChangeSet } from '../../domain/change-set.js';
import { duplicateCandidateId, orderedPair, pairsAmong, type DuplicateCandidateRecord } from '../../domain/duplicates.js';
import type { EditRecord } from '../../domain/editing.js';
import { readRows, type Neo4jClient, type WriteTransaction } from './driver.js';
import { APPEND_HISTORY } from './editor-statements.js';
import { historyRows } from './history-rows.js';
import { DISTINCT_PAIR_LABEL, DUPLICATE_CANDIDATE_LABEL, ENTITY_LABEL } from './labels.js';
import { num, str } from './rows.js';

/*
 * Review items as nodes of their own, apart from the graph: (:DuplicateCandidate {id, a, b, score, reason})
 * and (:DistinctPair {key, a, b, note, editor, at}), a < b. They hold entity ids, not relationships to the
 * entities, so an entity merged away leaves them behind and reads skip them, as the embedded store does.
 */

const RECORD_CANDIDATES = `
UNWIND $candidates AS c
WITH c WHERE NOT EXISTS { MATCH (:${DISTINCT_PAIR_LABEL} {key: c.a + '+' + c.b}) }
MERGE (d:${DUPLICATE_CANDIDATE_LABEL} {id: c.id})
ON CREATE SET d.a = c.a, d.b = c.b, d.score = c.score, d.reason = c.reason
ON MATCH SET d.reason = CASE WHEN c.score > d.score THEN c.reason ELSE d.reason END,
             d.score = CASE WHEN c.score > d.score THEN c.score ELSE d.score END`;

const OPEN_CANDIDATES = `
MATCH (d:${DUPLICATE_CANDIDATE_LABEL})
WHERE EXISTS { MATCH (:${ENTITY_LABEL} {id: d.a}) } AND EXISTS { MATCH (:${ENTITY_LABEL} {id: d.b}) }
  AND NOT EXISTS { MATCH (:${DISTINCT_PAIR_LABEL} {key: d.a + '+' + d.b}) }
RETURN d.id AS id, d.a AS a, d.b AS b, d.score AS score, d.reason AS reason
ORDER BY score DESC, id
LIMIT $first`;

const MARK_DISTINCT = `
UNWIND $pairs AS p
MERGE (x:${DISTINCT_PAIR_LABEL} {key: p.a + '+' + p.b})
SET x.a = p.a, x.b = p.b, x.note = p.note, x.editor = p.editor, x.at = p.at
WITH p
OPTIONAL MATCH (d:${DUPLICATE_CANDIDATE_LABEL} {id: p.id})
DETACH DELETE d`;

const DISTINCT_PAIRS_OF = `
MATCH (x:${DISTINCT_PAIR_LABEL})
WHERE x.a IN $ids OR x.b IN $ids
RETURN x.a AS a, x.b AS b
ORDER BY a, b`;

export async function recordDuplicateCandidates(client: Neo4jClient, candidates: readonly DuplicateCandidateRecord[]): Promise<void> {
  if (candidates.length === 0) return;
  await client.write((tx) => recordCandidatesIn(tx, candidates));
}

/** Records candidates in the caller's transaction (a document's write records its near misses with it). */
export async function recordCandidatesIn(tx: WriteTransaction, candidates: readonly DuplicateCandidateRecord[]): Promise<void> {
  if (candidates.length === 0) return;
  const params = candidates.map((c) => {
    const [a, b] = orderedPair(...c.entityIds);
    return { id: c.id, a, b, score: c.score, reason: c.reason };
  });
  await tx.run(RECORD_CANDIDATES, { candidates: params });
}

export async function listDuplicateCandidates(client: Neo4jClient, first: number): Promise<DuplicateCandidateRecord[]> {
  return readRows(client, OPEN_CANDIDATES, { first: Math.max(0, Math.trunc(first)) }, (r) => ({
    id: str(r, 'id'),
    entityIds: [str(r, 'a'), str(r, 'b')],
    score: num(r, 'score'),
    reason: str(r, 'reason'),
  }));
}

/** Pairs ruled distinct, in the caller's transaction: each closes its review item (see ChangeSet.distinctPairs). */
export async function markDistinctIn(tx: WriteTransaction, pairs: ChangeSet['distinctPairs']): Promise<void> {
  if (pairs.length === 0) return;
  await tx.run(MARK_DISTINCT, { pairs: pairs.map((p) => ({ ...p, id: duplicateCandidateId(p.a, p.b) })) });
}

export async function findDistinctPairs(client: Neo4jClient, ids: readonly string[]): Promise<Array<[string, string]>> {
  if (ids.length === 0) return [];
  return readRows(client, DISTINCT_PAIRS_OF, { ids: [...new Set(ids)] }, (r): [string, string] => [str(r, 'a'), str(r, 'b')]);
}
