import DataLoader from 'dataloader';
import type { EditRecord, Verdict } from '../../domain/editing.js';
import type { KgContext } from '../context.js';

interface HistoryKey {
  id: string;
  first: number;
}

/** Per-request loaders of the editors' reads, kept beside the context's own and created on first use. */
const loadersOf = new WeakMap<
  KgContext,
  {
    history: DataLoader<HistoryKey, EditRecord[], string>;
    verdicts: DataLoader<string, Verdict | null>;
  }
>();

async function historyBatch(ctx: KgContext, keys: readonly HistoryKey[]): Promise<EditRecord[][]> {
  const results = new Map<string, EditRecord[]>();
  for (const first of new Set(keys.map((k) => k.first))) {
    const ids = keys.filter((k) => k.first === first).map((k) => k.id);
    (await ctx.store.getHistory(ids, first)).forEach((edits, i) => results.set(JSON.stringify([ids[i], first]), edits));
  }
  return keys.map((k) => results.get(JSON.stringify([k.id, k.first])) ?? []);
}

function editorLoaders(ctx: KgContext) {
  let loaders = loadersOf.get(ctx);
  if (!loaders) {
    loaders = {
      history: new DataLoader((keys) => historyBatch(ctx, keys), { cacheKeyFn: (k) => JSON.stringify([k.id, k.first]) }),
      verdicts: new DataLoader((ids) => ctx.store.getVerdicts(ids)),
    };
    loadersOf.set(ctx, loaders);
  }
  return loaders;
}

export function loadHistory(ctx: KgContext, id: string, first: number): Promise<EditRecord[]> {
  return editorLoaders(ctx).history.load({ id, first });
}

export function loadVerdict(ctx: KgContext, relationshipId: string): Promise<Verdict | null> {
  return editorLoaders(ctx).verdicts.load(relationshipId);
}
