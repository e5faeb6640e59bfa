import type { EditRecord } from '../domain/editing.js';
import type { DuplicateCandidateRecord } from '../domain/duplicates.js';

/**
 * The part of the storage port that keeps review items: pairs of entities that may be one, and pairs an
 * editor has ruled distinct. Both stores implement it; tests/storage/contract/review-items.ts is its contract.
 */
export interface ReviewItemStore {
  /**
   * Adds or updates candidates by id (a pair keeps its best score and that score's reason). Pairs marked
   * distinct are ignored. One transaction.
   */
  recordDuplicateCandidates(candidates: readonly DuplicateCandidateRecord[]): Promise<void>;
  /**
   * Open candidates, best score first, then by id: both entities still exist (one merged away closes its
   * candidates) and the pair is not marked distinct. At most `first`.
   */
  listDuplicateCandidates(args: { first: number }): Promise<DuplicateCandidateRecord[]>;
  /** Marks every pair among `ids` distinct and closes their candidates, in one transaction. */
  /** Records the ruling and, in the same transaction, its history record (`edit`). */
  markDistinct(args: { ids: readonly string[]; note: string; editor: string; at: string; edit?: EditRecord }): Promise<void>;
  /** Pairs marked distinct that have an end among `ids`, each in id order. */
  findDistinctPairs(ids: readonly string[]): Promise<Array<[string, string]>>;
}
