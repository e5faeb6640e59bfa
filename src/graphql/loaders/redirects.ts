import type { EntityRecord } from '../../domain/entity.js';
import { entityTypeOfId } from '../../domain/entity.js';
import type { KgContext } from '../context.js';
import { isEntityRecord } from './node-loader.js';

/**
 * The entities these ids name now. An id that was merged into another entity, or renamed when the name
 * its sources give changed (see README "On whose word"), keeps answering with the entity it became, so a
 * link made before keeps working. Null where no entity is, or was, behind an id.
 */
export async function currentEntities(ctx: KgContext, ids: readonly string[]): Promise<Array<EntityRecord | null>> {
  const nodes = await Promise.all(ids.map((id) => ctx.loaders.nodes.load(id)));
  const missing = ids.filter((id, i) => nodes[i] === null && entityTypeOfId(id) !== null);
  if (missing.length === 0) return nodes.map((n) => (isEntityRecord(n) ? n : null));
  const survivors = new Map(missing.map((id, i) => [id, i]));
  const resolved = await ctx.store.resolveMergedIds(missing);
  return Promise.all(
    ids.map(async (id, i) => {
      if (isEntityRecord(nodes[i])) return nodes[i] as EntityRecord;
      const at = survivors.get(id);
      const survivor = at === undefined ? null : resolved[at];
      const node = survivor ? await ctx.loaders.nodes.load(survivor) : null;
      return isEntityRecord(node) ? node : null;
    }),
  );
}
