import { rekeyedRelationship } from '../../domain/ids.js';
import type { PreparedStatements } from './connection.js';
import { incidentEdges } from './reads.js';

/*
 * An entity renamed: its id follows its name, so that the same documents in any order give the same ids
 * (see plan-document.ts). Everything that names the entity or its relationships follows it, and the old
 * id resolves to the new one like a merged id. The caller holds the transaction.
 */

const STATEMENTS = {
  entity: 'UPDATE entities SET id = @to WHERE id = @from',
  mentions: 'UPDATE mentions SET entity_id = @to WHERE entity_id = @from',
  facts: 'UPDATE entity_facts SET entity_id = @to WHERE entity_id = @from',
  relationship: 'UPDATE relationships SET id = @to, source_id = @sourceId, target_id = @targetId WHERE id = @from',
  citations: 'UPDATE citations SET relationship_id = @to WHERE relationship_id = @from',
  verdict: 'UPDATE verdicts SET relationship_id = @to WHERE relationship_id = @from',
  disputes: `UPDATE disputes SET subject_id = @to, id = 'dispute:' || aspect || ':' || @to WHERE subject_id = @from`,
  redirectsOnward: 'UPDATE merged_ids SET into_id = @to WHERE into_id = @from',
  redirect: 'INSERT INTO merged_ids (id, into_id) VALUES (@from, @to) ON CONFLICT (id) DO UPDATE SET into_id = excluded.into_id',
  clearTarget: 'DELETE FROM merged_ids WHERE id = @to',
} as const;

export function renameEntity(statements: PreparedStatements, from: string, to: string): void {
  // ids change under foreign keys that point at them; they are checked again at commit
  statements.get('PRAGMA defer_foreign_keys = ON').run();
  const edges = incidentEdges(statements, [from]);
  statements.get(STATEMENTS.entity).run({ from, to });
  statements.get(STATEMENTS.mentions).run({ from, to });
  statements.get(STATEMENTS.facts).run({ from, to });
  statements.get(STATEMENTS.disputes).run({ from, to });
  for (const edge of edges) {
    const next = rekeyedRelationship(edge, from, to);
    statements.get(STATEMENTS.relationship).run({ from: edge.id, to: next.id, sourceId: next.sourceId, targetId: next.targetId });
    for (const sql of [STATEMENTS.citations, STATEMENTS.verdict, STATEMENTS.disputes])
      statements.get(sql).run({ from: edge.id, to: next.id });
  }
  statements.get(STATEMENTS.clearTarget).run({ to });
  statements.get(STATEMENTS.redirectsOnward).run({ from, to });
  statements.get(STATEMENTS.redirect).run({ from, to });
}
