import { emptyChangeSet, type ChangeSet, type RelationshipWrite } from '../domain/change-set.js';
import { entityDisputes, relationshipDisputes } from '../domain/disputes.js';
import type { DuplicateCandidateRecord } from '../domain/duplicates.js';
import { entityFactRows } from '../domain/fact-rows.js';
import { relationshipTypeOf } from '../domain/vocabulary.js';
import type { GraphBatch } from '../storage/graph-batch.js';

/**
 * Rows per transaction for a batch's facts, edges and dispute markers, an edge weighing one row per
 * citation. A batch of 250 articles brings in every hub they are the first to mention, with all of
 * each hub's sources and citations (the busiest place of the 1M corpus: docs/benchmarks.md), and one
 * transaction for them all ran past the write timeout. The copy is never one transaction (an
 * interrupted copy leaves a partial graph, which the next bulk load refuses), so splitting costs no
 * guarantee; each part still comes after the nodes its rows refer to.
 */
export const ROWS_PER_TRANSACTION = 20_000;

/** Redirects and review items per transaction: a staged corpus proposes duplicate candidates by the million. */
export const EXTRAS_PER_TRANSACTION = 10_000;

/**
 * A batch of a finished graph as change sets, one per transaction, in the order they must be applied:
 * the nodes with their mentions, then the facts, the edges (whole, every citation) and the dispute
 * markers in parts of at most `rowsPerTransaction` rows. Every entity and edge of a batch is new to the
 * store (graph-batch.ts), so nothing is replaced and nothing is deleted.
 */
export function batchChangeSets(batch: GraphBatch, rowsPerTransaction = ROWS_PER_TRANSACTION): ChangeSet[] {
  const nodes = emptyChangeSet();
  nodes.articles = batch.articles;
  nodes.putEntities = batch.entities.map(({ facts: _, ...entity }) => entity);
  nodes.mentions = [{ replace: 'none', rows: batch.mentions }];
  const facts = batch.entities.map((e) => ({ replace: 'entity' as const, entityId: e.id, rows: entityFactRows(e.id, e.facts ?? []) }));
  const edges: RelationshipWrite[] = batch.relationships.map((r, i) => ({
    replace: 'all',
    type: relationshipTypeOf(r.type, `relationships[${i}].type`),
    record: r,
    verdict: null,
  }));
  const markers = [...batch.entities.flatMap(entityDisputes), ...batch.relationships.flatMap(relationshipDisputes)];
  return [
    nodes,
    ...weightedChunks(facts, (f) => f.rows.length, rowsPerTransaction).map((part) => ({ ...emptyChangeSet(), facts: part })),
    ...weightedChunks(edges, (e) => 1 + e.record.citations.length, rowsPerTransaction).map((part) => ({
      ...emptyChangeSet(),
      relationships: part,
    })),
    ...weightedChunks(markers, () => 1, rowsPerTransaction).map((part) => ({
      ...emptyChangeSet(),
      disputes: { subjectIds: [], markers: part },
    })),
  ];
}

/** Redirects and review items as change sets of at most EXTRAS_PER_TRANSACTION rows each. */
export function extrasChangeSets(extras: {
  redirects?: ReadonlyArray<{ id: string; into: string }>;
  reviewItems?: readonly DuplicateCandidateRecord[];
}): ChangeSet[] {
  const size = EXTRAS_PER_TRANSACTION;
  return [
    ...weightedChunks(extras.redirects ?? [], () => 1, size).map((part) => ({ ...emptyChangeSet(), redirects: part })),
    ...weightedChunks(extras.reviewItems ?? [], () => 1, size).map((part) => ({ ...emptyChangeSet(), reviewItems: part })),
  ];
}

/** Consecutive runs of rows weighing at most `limit` together; a row heavier than that goes alone. */
function weightedChunks<T>(rows: readonly T[], weight: (row: T) => number, limit: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const row of rows) {
    const w = weight(row);
    if (current.length > 0 && total + w > limit) {
      out.push(current);
      current = [];
      total = 0;
    }
    current.push(row);
    total += w;
  }
  if (current.length > 0) out.push(current);
  return out;
}
