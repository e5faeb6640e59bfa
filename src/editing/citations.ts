import type { Citation } from '../domain/entity.js';

export const citationKey = (c: Citation) => JSON.stringify([c.articleId, c.quote]);

export function withoutCitations<C extends Citation>(list: readonly C[], remove: readonly Citation[]): C[] {
  const gone = new Set(remove.map(citationKey));
  return list.filter((c) => !gone.has(citationKey(c)));
}
