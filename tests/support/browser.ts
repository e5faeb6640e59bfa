import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe, it } from 'vitest';

/*
 * Pages are tested in a real browser: Debian's chromium (`apt-get install chromium`) driven by
 * playwright-core, never a browser downloaded by `npx playwright install`. Browser suites SKIP when the
 * binary is missing, except with KG_REQUIRE_BROWSER=1 (CI), where they FAIL. KG_CHROMIUM_PATH overrides
 * the binary (default /usr/bin/chromium).
 */

export const chromiumPath = process.env.KG_CHROMIUM_PATH || '/usr/bin/chromium';
export const browserRequired = process.env.KG_REQUIRE_BROWSER === '1';

const MISSING = `${chromiumPath} not installed; apt-get install chromium`;

/** Headless and quiet: no GPU, no first-run pages, no background calls to Google (they would break the offline check). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** A describe block for tests that need chromium: skipped without it, failing instead when KG_REQUIRE_BROWSER=1. */
export function describeBrowser(name: string, body: () => void): void {
  if (existsSync(chromiumPath)) {
    describe(name, body);
  } else if (browserRequired) {
    describe(name, () => {
      it('needs chromium', () => {
        throw new Error(`KG_REQUIRE_BROWSER=1 but ${MISSING}`);
      });
    });
  } else {
    describe.skip(`${name} (skipped: ${MISSING})`, () => {
      it('needs chromium', () => {});
    });
  }
}

/**
 * Whether a request stays on this machine: http(s)/ws(s) to 127.0.0.1 or localhost, blob: URLs created by
 * such a page, and inline data:/about: URLs. Anything else (a CDN, a font host) is not offline.
 */
export function isLocalRequest(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('about:')) return true;
  const inner = url.startsWith('blob:') ? url.slice('blob:'.length) : url;
  let parsed: URL;
  try {
    parsed = new URL(inner);
  } catch {
    return false;
  }
  return ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol) && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
}
