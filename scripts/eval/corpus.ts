import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleSource } from '../../src/extract/engine.js';
import type { EvalDocument } from './types.js';

/** The seed article: extracted without a gazetteer, since the graph it would consult is made from it. */
export const SEED_ARTICLE = 'seed/kazakhstan-duvanov-beaten-in-prison.json';

const FOLLOW_UPS = [
  'tests/fixtures/follow-up-duvanov.json',
  'tests/fixtures/follow-ups/1-appeal-upheld.corrected.json',
  'tests/fixtures/follow-ups/2-punishment-cell.json',
  'tests/fixtures/follow-ups/3-freed-early.json',
];

export const EVAL_DIR = 'tests/fixtures/extraction-eval';

/** The hand extractions scored, as paths relative to the repository root: seed, follow-ups, then the eval set. */
export function corpusPaths(root: string): string[] {
  const own = readdirSync(join(root, EVAL_DIR))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${EVAL_DIR}/${f}`);
  return [SEED_ARTICLE, ...FOLLOW_UPS, ...own];
}

export interface GoldArticle {
  path: string;
  gold: EvalDocument;
  source: ArticleSource;
  words: number;
}

export function loadGold(root: string, path: string): GoldArticle {
  const gold = JSON.parse(readFileSync(join(root, path), 'utf8')) as EvalDocument;
  return { path, gold, source: articleSourceOf(gold, path), words: wordCount(gold.article.text) };
}

/** What an engine is given: the gold's article, text and metadata, and nothing of its extraction. */
export function articleSourceOf(gold: EvalDocument, path: string): ArticleSource {
  const { text, title, author, publisher, url, publishedAt } = gold.article;
  return {
    text,
    source: path,
    ...(title !== undefined && { title }),
    ...(author !== undefined && { author }),
    ...(publisher !== undefined && { publisher }),
    ...(url !== undefined && { url }),
    ...(publishedAt !== undefined && {
      publishedAt: { ...publishedAt, inferred: publishedAt.inferred ?? false } as ArticleSource['publishedAt'],
    }),
  };
}

export const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w.length > 0).length;
