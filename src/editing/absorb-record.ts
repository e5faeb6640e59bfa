import type { EntityRecord } from '../domain/entity.js';
import { unionOfNames } from '../domain/name-lists.js';

/**
 * One entity's record folded into another's by an editor's merge: its name and aliases become aliases, roles
 * are added, and the survivor's kind and date stand where it has them (a differing kind is a warning).
 */
export function absorbRecord(existing: EntityRecord, incoming: EntityRecord, warnings: string[]): EntityRecord {
  if (existing.kind !== incoming.kind && incoming.kind) {
    warnings.push(`${existing.id}: kept kind ${existing.kind}; ${incoming.id} says ${incoming.kind}`);
  }
  return {
    ...existing,
    aliases: unionOfNames(existing.aliases, [incoming.name, ...incoming.aliases], existing.name),
    roles: unionOfNames(existing.roles, incoming.roles, ''),
    kind: existing.kind ?? incoming.kind,
    date: existing.date ?? incoming.date,
  };
}
