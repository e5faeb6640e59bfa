import type { Citation } from '../domain/entity.js';

/** The contract order of mentions and citations: by article id, then quote (in code points, as the stores sort). */
export function byArticleThenQuote(a: Citation, b: Citation): number {
  const cmp = (x: string, y: string) => (x === y ? 0 : Buffer.compare(Buffer.from(x, 'utf8'), Buffer.from(y, 'utf8')));
  return cmp(a.articleId, b.articleId) || cmp(a.quote, b.quote);
}

export const citationKey = (c: Citation) => JSON.stringify([c.articleId, c.quote]);

export function withoutCitations<C extends Citation>(list: readonly C[], remove: readonly Citation[]): C[] {
  const gone = new Set(remove.map(citationKey));
  return list.filter((c) => !gone.has(citationKey(c)));
}
