import type { GraphStore } from '../storage/graph-store.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { type Command, Option } from 'commander';
import { openConfiguredStore } from '../composition/open-store.js';
import { loadConfig, type Config } from '../config/config.js';
import { ExtractionError, KgError } from '../domain/errors.js';
import { checkEnglish } from '../extract/article-language.js';
import { httpUrl, parsePublished, type ArticleOverrides } from '../extract/article-metadata.js';
import type { ExtractContext, Gazetteer } from '../extract/engine.js';
import { ENGINE_NAMES, extractArticle, type EngineName } from '../extract/extract.js';
import { readArticle } from '../extract/read-article.js';
import { storeGazetteer } from '../extract/store-gazetteer.js';
import type { DraftDocument } from '../ingest/extraction-format.js';
import { draftSummary } from './extract-summary.js';
import { byteCount, readLimits } from './ingest-files.js';
import { checkOutputPath, writeFileAtomically } from './write-atomically.js';

interface ExtractFlags {
  out?: string;
  engine: EngineName;
  title?: string;
  author?: string;
  published?: string;
  url?: string;
  publisher?: string;
  /** false with --no-graph */
  graph: boolean;
  followSymlinks?: boolean;
  maxDocumentBytes?: number;
}

/** The command line's metadata, each checked: a --published that is not a date is refused, not dropped. */
function overridesOf(flags: ExtractFlags): ArticleOverrides {
  const overrides: ArticleOverrides = { title: flags.title, author: flags.author, publisher: flags.publisher };
  if (flags.published !== undefined) {
    overrides.publishedAt = parsePublished(flags.published) ?? undefined;
    if (!overrides.publishedAt)
      throw new ExtractionError(`--published ${JSON.stringify(flags.published)} is not a date; give it as YYYY-MM-DD, YYYY-MM or YYYY`);
  }
  if (flags.url !== undefined) {
    overrides.url = httpUrl(flags.url) ?? undefined;
    if (!overrides.url)
      throw new ExtractionError(
        `--url ${JSON.stringify(flags.url)} is not an http(s) URL; give the article's address, like https://example.org/story`,
      );
  }
  return overrides;
}

async function runExtract(path: string, flags: ExtractFlags): Promise<void> {
  const config = loadConfig();
  const overrides = overridesOf(flags);
  const article = readArticle(path, overrides, readLimits(config, flags));
  if (flags.engine === 'offline') checkEnglish(path, article.text);
  if (flags.out !== undefined) checkOutputPath(flags.out, [path]);
  const progress = progressBar();
  const notes: string[] = [];
  let draft: DraftDocument;
  try {
    draft = await withGazetteer(config, flags.graph, notes, async (gazetteer) => {
      return (await extractArticle(article, { engine: flags.engine, gazetteer, onProgress: progress.onProgress })).draft;
    });
  } catch (error) {
    throw error instanceof ExtractionError && !error.message.startsWith(`${path}: `)
      ? new ExtractionError(`${path}: ${error.message}`, error)
      : error;
  } finally {
    progress.stop();
  }
  const json = `${JSON.stringify(draft, null, 2)}\n`;
  if (flags.out !== undefined) writeFileAtomically(flags.out, json);
  else process.stdout.write(json);
  const [first, ...rest] = draftSummary(draft, path, flags.out ?? null, notes);
  console.error([`kg: ${first}`, ...rest].join('\n'));
}

/**
 * Runs `extract` with the configured store's names as the gazetteer, and closes the store after. Without
 * a graph (--no-graph, or no embedded database yet, which extract should not create) it runs with none.
 */
async function withGazetteer<T>(
  config: Config,
  useGraph: boolean,
  notes: string[],
  extract: (gazetteer?: Gazetteer) => Promise<T>,
): Promise<T> {
  if (!useGraph) return extract(undefined);
  if (
    config.store.kind === 'embedded' &&
    !existsSync(join(config.store.dataDir, (await import('../storage/embedded/index.js')).DATABASE_FILE_NAME))
  ) {
    notes.push(`no graph in ${config.store.dataDir} yet, so names were not matched against one (set KG_DATA_DIR, or ingest first)`);
    return extract(undefined);
  }
  let store: GraphStore;
  try {
    store = await openConfiguredStore(config.store);
  } catch (error) {
    if (error instanceof KgError)
      throw new ExtractionError(`${error.message.split('\n')[0]}; pass --no-graph to draft without the graph's names`, error);
    throw error;
  }
  try {
    return await extract(storeGazetteer(store));
  } finally {
    await store.close();
  }
}

/** A bar on stderr for long work (an LLM's parts), on a terminal only: in a pipe or a log it is noise. */
function progressBar(): { onProgress?: ExtractContext['onProgress']; stop: () => void } {
  if (!process.stderr.isTTY) return { stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'extract [{bar}] {value}/{total} parts' },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress(done, total) {
      if (!started) bar.start(total, done);
      else bar.update(done);
      bar.setTotal(total);
      started = true;
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/** `kg extract`: an article (Markdown, plain text or a saved web page) to a kg-extraction/2 draft for review. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('draft an extraction document (kg-extraction/2) from an article, for review before kg ingest')
    .argument('<article>', 'the article: .md or .markdown, .txt, or a saved web page (.html, .htm)')
    .option('-o, --out <file>', 'write the draft to this file (whole or not at all) instead of stdout')
    .addOption(
      new Option('--engine <engine>', 'offline (English, no network) or llm (KG_LLM_BASE_URL, KG_LLM_MODEL)')
        .choices(ENGINE_NAMES)
        .default('offline'),
    )
    .option('--title <title>', "the article's title (over the file's)")
    .option('--author <author>', "the byline (over the file's)")
    .option('--published <date>', "publication date: YYYY-MM-DD, YYYY-MM or YYYY (over the file's)")
    .option('--url <url>', "the article's address (over the file's)")
    .option('--publisher <publisher>', "who published it (over the file's)")
    .option('--no-graph', "do not match names against the graph's (the configured store is not opened)")
    .option('--follow-symlinks', 'read an article given as a symbolic link (refused by default)')
    .option('--max-document-bytes <bytes>', 'refuse an article larger than this (default: KG_MAX_DOCUMENT_BYTES)', byteCount)
    .action(async (article: string, flags: ExtractFlags) => {
      await runExtract(article, flags);
    });
}
