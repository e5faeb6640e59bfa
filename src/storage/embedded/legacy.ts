import { summariseStatus } from '../../domain/claims.js';
import type { ClaimStatus } from '../../domain/entity.js';
import { relationshipIdFor } from '../../domain/ids.js';
import type { Db } from './connection.js';

/*
 * Data written before claims were kept per source (schema v1-v3): a relationship's id then named its
 * status too, so one fact under two statuses was two relationships. Each is given the id of its fact; two
 * that become one are fused (every citation kept, with the status it had), and the fact's status is
 * summarised again. Runs once, inside the migration's transaction.
 */

interface Row {
  id: string;
  type: string;
  source_id: string;
  target_id: string;
  role: string | null;
}

export function rekeyRelationshipsByFact(db: Db): void {
  db.pragma('defer_foreign_keys = ON');
  const rows = db.prepare('SELECT id, type, source_id, target_id, role FROM relationships ORDER BY id').all() as Row[];
  const fused = new Set<string>();
  const exists = db.prepare('SELECT 1 FROM relationships WHERE id = ?');
  for (const r of rows) {
    const id = relationshipIdFor(r.type, r.source_id, r.target_id, r.role);
    if (id === r.id) continue;
    if (exists.get(id)) {
      // the same fact under another status: its citations join the one already holding the id
      db.prepare('UPDATE OR IGNORE citations SET relationship_id = ? WHERE relationship_id = ?').run(id, r.id);
      db.prepare('DELETE FROM citations WHERE relationship_id = ?').run(r.id);
      db.prepare('UPDATE OR IGNORE verdicts SET relationship_id = ? WHERE relationship_id = ?').run(id, r.id);
      db.prepare('DELETE FROM verdicts WHERE relationship_id = ?').run(r.id);
      db.prepare('DELETE FROM relationships WHERE id = ?').run(r.id);
      fused.add(id);
    } else {
      db.prepare('UPDATE relationships SET id = ? WHERE id = ?').run(id, r.id);
      db.prepare('UPDATE citations SET relationship_id = ? WHERE relationship_id = ?').run(id, r.id);
      db.prepare('UPDATE verdicts SET relationship_id = ? WHERE relationship_id = ?').run(id, r.id);
    }
  }
  for (const id of fused) {
    const statuses = db.prepare('SELECT status FROM citations WHERE relationship_id = ?').all(id) as Array<{ status: ClaimStatus }>;
    const { status, disputed } = summariseStatus(statuses);
    db.prepare('UPDATE relationships SET status = ?, disputed = ? WHERE id = ?').run(status, disputed ? 1 : 0, id);
    if (disputed)
      db.prepare("INSERT OR IGNORE INTO disputes (id, aspect, subject_id) VALUES (?, 'status', ?)").run(`dispute:status:${id}`, id);
  }
}
