import type { ChangeSet } from '../../domain/change-set.js';
import { orderedPair, pairsAmong, type DuplicateCandidateRecord } from '../../domain/duplicates.js';
import type { EditRecord } from '../../domain/editing.js';
import type { Db, PreparedStatements } from './connection.js';
import { appendHistory } from './history.js';

const UPSERT_CANDIDATE = `INSERT INTO duplicate_candidates (id, entity_a, entity_b, score, reason)
  SELECT @id, @a, @b, @score, @reason
  WHERE NOT EXISTS (SELECT 1 FROM distinct_pairs d WHERE d.entity_a = @a AND d.entity_b = @b)
  ON CONFLICT (id) DO UPDATE SET score = excluded.score, reason = excluded.reason WHERE excluded.score > duplicate_candidates.score`;

// the score index serves the order; a candidate whose entity was merged away or whose pair was ruled
// distinct is skipped, so `first` open ones come back however many closed ones there are
const OPEN_CANDIDATES = `SELECT c.id, c.entity_a, c.entity_b, c.score, c.reason FROM duplicate_candidates c
  WHERE EXISTS (SELECT 1 FROM entities e WHERE e.id = c.entity_a) AND EXISTS (SELECT 1 FROM entities e WHERE e.id = c.entity_b)
    AND NOT EXISTS (SELECT 1 FROM distinct_pairs d WHERE d.entity_a = c.entity_a AND d.entity_b = c.entity_b)
  ORDER BY c.score DESC, c.id
  LIMIT @first`;

const MARK_DISTINCT = `INSERT INTO distinct_pairs (entity_a, entity_b, note, editor, at) VALUES (@a, @b, @note, @editor, @at)
  ON CONFLICT (entity_a, entity_b) DO UPDATE SET note = excluded.note, editor = excluded.editor, at = excluded.at`;
const CLOSE_CANDIDATE = 'DELETE FROM duplicate_candidates WHERE entity_a = @a AND entity_b = @b';

const DISTINCT_PAIRS_OF = `SELECT entity_a, entity_b FROM distinct_pairs WHERE entity_a IN (SELECT value FROM json_each(@ids))
  UNION SELECT entity_a, entity_b FROM distinct_pairs WHERE entity_b IN (SELECT value FROM json_each(@ids))
  ORDER BY 1, 2`;

const ANY_DISTINCT_PAIR = 'SELECT 1 FROM distinct_pairs LIMIT 1';

/** Pairs ruled distinct, in the caller's transaction: each closes its review item (see ChangeSet.distinctPairs). */
export function markDistinctIn(statements: PreparedStatements, pairs: ChangeSet['distinctPairs']): void {
  for (const pair of pairs) {
    statements.get(MARK_DISTINCT).run(pair);
    statements.get(CLOSE_CANDIDATE).run({ a: pair.a, b: pair.b });
  }
}

/** Records candidates in the caller's transaction (a document's write records its near misses with it). */
export function recordCandidatesIn(statements: PreparedStatements, candidates: readonly DuplicateCandidateRecord[]): void {
  for (const c of candidates) {
    const [a, b] = orderedPair(...c.entityIds);
    statements.get(UPSERT_CANDIDATE).run({ id: c.id, a, b, score: c.score, reason: c.reason });
  }
}

interface CandidateRow {
  id: string;
  entity_a: string;
  entity_b: string;
  score: number;
  reason: string;
}

export function reviewItems(db: Db, statements: PreparedStatements) {
  return {
    record: db.transaction((candidates: readonly DuplicateCandidateRecord[]) => recordCandidatesIn(statements, candidates)),
    list(first: number): DuplicateCandidateRecord[] {
      return (statements.get(OPEN_CANDIDATES).all({ first }) as CandidateRow[]).map((r) => ({
        id: r.id,
        entityIds: [r.entity_a, r.entity_b],
        score: r.score,
        reason: r.reason,
      }));
    },
    distinctPairs(ids: readonly string[]): Array<[string, string]> {
      // editors rule pairs distinct rarely, and every document asks about its thousand candidates: unpacking
      // that list is most of the cost (1 ms), so an empty table is answered without it
      if (statements.get(ANY_DISTINCT_PAIR).get() === undefined) return [];
      return (
        statements.get(DISTINCT_PAIRS_OF).all({ ids: JSON.stringify([...new Set(ids)]) }) as Array<{ entity_a: string; entity_b: string }>
      ).map((r) => [r.entity_a, r.entity_b]);
    },
  };
}
