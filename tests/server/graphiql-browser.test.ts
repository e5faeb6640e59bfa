import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, isLocalRequest, launchChromium } from '../support/browser.js';

/*
 * GraphiQL in a real browser, offline: the page served at /graphql must render and run its default query
 * with every request going to this server (yoga's stock page would load the editor from unpkg).
 */

const root = new URL('../../', import.meta.url).pathname;
const screenshotPath = join(tmpdir(), 'graphiql.png');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describeBrowser('GraphiQL in chromium', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-graphiql-'));
  let child: ChildProcess | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let port = 0;

  /** As `npm start` does, on a fresh embedded store (it seeds itself); resolves on the "listening" log line. */
  beforeAll(async () => {
    port = await freePort();
    let output = '';
    child = spawn('node', ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), KG_DATA_DIR: dataDir, NEO4J_URI: '', LOG_LEVEL: 'info' },
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
      child!.stderr!.on('data', () => output.includes('GraphiQL and the API') && (clearTimeout(timer), resolve()));
      child!.on('exit', (code) => (clearTimeout(timer), reject(new Error(`server exited with ${code}:\n${output}`))));
    });
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await context?.close().catch(() => {});
    await browser?.close().catch(() => {});
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child!.on('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child!.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('renders from this server alone and runs the default query', async () => {
    context = await browser!.newContext({ viewport: { width: 1280, height: 720 } });
    const requests: string[] = [];
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    page.on('websocket', (ws) => requests.push(ws.url()));
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));

    try {
      const response = await page.goto(`http://127.0.0.1:${port}/graphql`, { waitUntil: 'load', timeout: 60_000 });
      expect(response?.status()).toBe(200);

      // the Monaco query editor, holding the default query
      await page.waitForFunction(
        () =>
          document
            .querySelector('.graphiql-query-editor .view-lines')
            ?.textContent?.replace(/\u00a0/g, ' ')
            .includes('query Duvanov'),
        null,
        { timeout: 30_000 },
      );
      expect(await page.title()).toBe('Knowledge graph');

      const answer = page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('Duvanov'),
        { timeout: 30_000 },
      );
      await page.click('.graphiql-execute-button');
      const body = await (await answer).json();
      expect(body.errors).toBeUndefined();
      expect(body.data.search[0].entity).toMatchObject({ id: 'person:sergei-duvanov', name: 'Sergei Duvanov' });

      // Monaco renders spaces as no-break spaces and only the visible lines
      await page.waitForFunction(
        () =>
          document
            .querySelector('.graphiql-response .view-lines')
            ?.textContent?.replace(/\u00a0/g, ' ')
            .includes('"Sergei Duvanov"'),
        null,
        { timeout: 30_000 },
      );
    } finally {
      await page.screenshot({ path: screenshotPath }).catch(() => {});
    }

    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 90_000);
});
