import type { ArticleSource, Gazetteer } from '../../src/extract/engine.js';
import { type GoldArticle, SEED_ARTICLE } from './corpus.js';
import { poolScores } from './pool.js';
import { type ArticleScore, scoreDraft } from './score.js';
import type { EvalDocument } from './types.js';

/** Turns an article into a draft: an engine behind extractArticle, or the gold itself for a self-check. */
export type Extractor = (source: ArticleSource, gazetteer: Gazetteer | undefined) => Promise<EvalDocument>;

export interface ArticleRun {
  path: string;
  title: string;
  words: number;
  ms: number;
  score?: ArticleScore;
  /** the engine failed on this article: a defect, reported and not scored */
  error?: string;
}

export interface EngineRun {
  engine: string;
  /** the first extraction of the run (modules and models loading), not counted in the articles' times */
  coldStartMs: number;
  articles: ArticleRun[];
  /** micro-averaged over the articles that were scored */
  pooled?: ArticleScore;
}

/**
 * Extracts and scores each article in turn. The seed article is read without the gazetteer, as it is the
 * graph the gazetteer is made of. One unmeasured warm-up extraction comes first, so that the times per
 * article are of extraction, not of loading; the cold start is reported beside them.
 */
export async function runEngine(
  engine: string,
  extract: Extractor,
  corpus: readonly GoldArticle[],
  gazetteer?: Gazetteer,
): Promise<EngineRun> {
  const gazetteerFor = (path: string) => (path === SEED_ARTICLE ? undefined : gazetteer);
  const coldStartMs =
    corpus.length === 0 ? 0 : await timed(() => extract(corpus[0].source, gazetteerFor(corpus[0].path)).catch(() => undefined));
  const articles: ArticleRun[] = [];
  for (const article of corpus) articles.push(await runOne(article, extract, gazetteerFor(article.path)));
  const scored = articles.flatMap((a) => (a.score ? [a.score] : []));
  return { engine, coldStartMs, articles, ...(scored.length > 0 && { pooled: poolScores(scored) }) };
}

async function runOne(article: GoldArticle, extract: Extractor, gazetteer: Gazetteer | undefined): Promise<ArticleRun> {
  const base = { path: article.path, title: article.gold.article.title, words: article.words };
  const started = performance.now();
  try {
    const draft = await extract(article.source, gazetteer);
    const ms = performance.now() - started;
    return { ...base, ms, score: labelled(scoreDraft(article.gold, draft), article.path) };
  } catch (error) {
    return { ...base, ms: performance.now() - started, error: (error as Error).message.split('\n')[0] };
  }
}

/** Examples carry the article they come from ("3-freed-early: ..."), as they are listed pooled. */
function labelled(score: ArticleScore, path: string): ArticleScore {
  const name = shortName(path);
  const examples = Object.fromEntries(Object.entries(score.examples).map(([kind, items]) => [kind, items.map((i) => `${name}: ${i}`)]));
  return { ...score, duplicates: score.duplicates.map((d) => `${name}: ${d}`), examples: examples as ArticleScore['examples'] };
}

export const shortName = (path: string): string =>
  path
    .split('/')
    .at(-1)!
    .replace(/\.json$/, '');

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}
