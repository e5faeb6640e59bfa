import type { EdgeRekey } from '../../domain/change-set.js';
import { rekeyedRelationship } from '../../domain/ids.js';
import { relationshipTypeOf } from '../../domain/vocabulary.js';
import type { GraphReader } from '../graph-store.js';

/** A re-keyed edge, with whether its sources disagree (its dispute marker moves to the new id). */
export type RekeyedEdge = EdgeRekey & { disputed: boolean };

/**
 * The stored edges of renamed entities, each with its final id and ends once every rename is applied (an
 * edge between two renamed entities is re-keyed once, from its stored id to its final one). The rule for
 * ids and symmetric types is the domain's (rekeyedRelationship).
 */
export async function rekeysOf(view: GraphReader, renames: ReadonlyArray<{ from: string; to: string }>): Promise<RekeyedEdge[]> {
  if (renames.length === 0) return [];
  const ends = await view.getIncidentEdgeEnds(renames.map((r) => r.from));
  const ids = [...new Set(ends.map((e) => e.id))];
  const summaries = (await view.getRelationshipSummaries(ids)).filter((s) => s !== null);
  return summaries.flatMap((stored) => {
    let current = { id: stored.id, type: stored.type, sourceId: stored.sourceId, targetId: stored.targetId, role: stored.role };
    for (const { from, to } of renames) {
      if (current.sourceId !== from && current.targetId !== from) continue;
      const next = rekeyedRelationship(current, from, to);
      current = { ...current, id: next.id, sourceId: next.sourceId, targetId: next.targetId };
    }
    if (current.id === stored.id) return [];
    const renamed = new Map(renames.map((r) => [r.from, r.to]));
    const flipped = (renamed.get(stored.sourceId) ?? stored.sourceId) !== current.sourceId;
    const type = relationshipTypeOf(stored.type, `relationship ${stored.id}`);
    return [
      { from: stored.id, to: current.id, type, sourceId: current.sourceId, targetId: current.targetId, flipped, disputed: stored.disputed },
    ];
  });
}
