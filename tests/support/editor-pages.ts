import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ServerProcess } from './server-process.js';

/** A GraphQL call with a token, as an editor's script makes it; the data, or a throw with the errors. */
export async function api<T = any>(server: ServerProcess, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Signs in on the explorer's page with a token, as a person types it. */
export async function signIn(page: Page, token: string): Promise<void> {
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('.account .who');
}

export interface PageOptions {
  viewport: { width: number; height: number };
  acceptDownloads?: boolean;
  /** console messages the test provokes on purpose (a refusal's HTTP status): not counted as problems */
  expectedConsole?: RegExp;
}

/**
 * Pages in fresh browser contexts that record every request they send and every page error or console
 * error and warning, so a suite can end by checking that nothing left the server and nothing went wrong.
 */
export function watchedPages(browser: () => Browser, options: PageOptions) {
  const contexts: BrowserContext[] = [];
  const requests: string[] = [];
  const problems: string[] = [];
  async function newPage(): Promise<Page> {
    const context = await browser().newContext({ viewport: options.viewport, acceptDownloads: options.acceptDownloads ?? false });
    contexts.push(context);
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.stack ?? error.message));
    page.on('console', (message) => {
      if (!['error', 'warning'].includes(message.type()) || options.expectedConsole?.test(message.text())) return;
      problems.push(`${message.type()}: ${message.text()}`);
    });
    return page;
  }
  const closeAll = async () => {
    for (const context of contexts) await context.close().catch(() => {});
  };
  return { newPage, requests, problems, closeAll };
}
