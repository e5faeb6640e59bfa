import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';

// the browser code is bundled from its TypeScript source (esbuild reads TS), also when the server runs
// from dist/ (same depth below the package root), so the styles sheet never needs copying
const EXPLORE_DIR = fileURLToPath(new URL('../../../src/explore/', import.meta.url));

let bundled: Promise<string> | null = null;

/**
 * The explorer's script, bundled from src/explore and its npm packages (cytoscape) by esbuild once per
 * process and kept in memory: nothing generated is committed, nothing is fetched from a CDN, and a fresh
 * clone needs no build step. A failed build is not cached, so the next request tries again.
 */
export function explorerScript(): Promise<string> {
  bundled ??= build().catch((error: unknown) => {
    bundled = null;
    throw error;
  });
  return bundled;
}

/**
 * Starts the bundle as the server starts, in the background (listening is not held up for it), so the
 * first visitor gets the script at once instead of waiting for esbuild; a failure is logged, and the
 * first request for the script tries again.
 */
export function prepareExplorerScript(logger: Logger): void {
  setImmediate(() => {
    const started = performance.now();
    explorerScript().then(
      (script) => logger.debug({ ms: Math.round(performance.now() - started), bytes: script.length }, "bundled the explorer's script"),
      (error: unknown) => logger.error({ err: error }, 'could not bundle the explorer; the first request for it will try again'),
    );
  });
}

async function build(): Promise<string> {
  const { build: esbuild } = await import('esbuild');
  const entry = `${EXPLORE_DIR}main.ts`;
  if (!existsSync(entry)) throw new Error(`the explorer's source is missing: ${entry}`);
  const result = await esbuild({
    entryPoints: [entry],
    // the package's own tsconfig targets Node; the browser bundle needs none of it
    tsconfigRaw: {},
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

let styles: string | null = null;

export function explorerStyles(): string {
  styles ??= readFileSync(`${EXPLORE_DIR}explorer.css`, 'utf8');
  return styles;
}
