/**
 * npm run eval:extract [-- --json] [-- --self-check]
 *
 * Drafts every article that has a hand extraction, scores each draft against it, and writes the tables
 * into docs/extraction.md between its markers. It measures: missed targets do not fail it; an engine
 * that fails on an article does (after the report is written), as does a crash.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, type EngineName } from '../src/extract/extract.js';
import { corpusPaths, type GoldArticle, loadGold } from './eval/corpus.js';
import { replaceGenerated } from './eval/doc-section.js';
import { DOC_TEMPLATE } from './eval/doc-template.js';
import { renderReport } from './eval/report.js';
import { type EngineRun, type Extractor, runEngine } from './eval/run.js';
import { openSeededGazetteer } from './eval/seeded-gazetteer.js';
import type { EvalDocument } from './eval/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOC_PATH = join(ROOT, 'docs/extraction.md');

const engineExtractor =
  (engine: EngineName): Extractor =>
  async (source, gazetteer) =>
    (await extractArticle(source, { engine, ...(gazetteer && { gazetteer }) })).draft as EvalDocument;

/** The scorer's own check: each gold document as its own draft must score 1 everywhere. */
const goldExtractor =
  (corpus: readonly GoldArticle[]): Extractor =>
  async (source) =>
    corpus.find((a) => a.path === source.source)!.gold;

async function runAll(corpus: readonly GoldArticle[], selfCheck: boolean): Promise<EngineRun[]> {
  if (selfCheck) return [await runEngine('gold (self-check)', goldExtractor(corpus), corpus)];
  const seeded = await openSeededGazetteer();
  try {
    const runs = [await runEngine('offline', engineExtractor('offline'), corpus, seeded.gazetteer)];
    if (process.env.KG_LLM_BASE_URL)
      runs.push(await runEngine(`llm (${process.env.KG_LLM_MODEL ?? 'model not set'})`, engineExtractor('llm'), corpus, seeded.gazetteer));
    return runs;
  } finally {
    await seeded.close();
  }
}

function context(args: readonly string[]) {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const llm = process.env.KG_LLM_BASE_URL ? `KG_LLM_BASE_URL=... KG_LLM_MODEL=${process.env.KG_LLM_MODEL ?? ''} ` : '';
  return {
    command: `${llm}npm run eval:extract${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpu} (${cpus().length} cores), Node ${process.version}, ${platform()} ${release()}`,
  };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const selfCheck = args.includes('--self-check');
  const corpus = corpusPaths(ROOT).map((path) => loadGold(ROOT, path));
  const runs = await runAll(corpus, selfCheck);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
  } else {
    const report = renderReport(runs, context(args));
    if (selfCheck) process.stdout.write(`${report}\n`);
    else writeReport(report);
  }
  return runs.some((r) => r.articles.some((a) => a.error)) ? 1 : 0;
}

function writeReport(report: string): void {
  const current = existsSync(DOC_PATH) ? readFileSync(DOC_PATH, 'utf8') : DOC_TEMPLATE;
  writeFileSync(DOC_PATH, replaceGenerated(current, report));
  process.stdout.write(`${report}\n\nwritten to docs/extraction.md\n`);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval:extract: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
