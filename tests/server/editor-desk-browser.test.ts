import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, isLocalRequest, launchChromium } from '../support/browser.js';
import { startServer, type ServerProcess } from '../support/server-process.js';
import { serverStores } from '../support/server-stores.js';
import { api as editorApi, signIn, watchedPages } from '../support/editor-pages.js';

/*
 * The editor's desk as an editor uses it, in Debian's chromium, on a fresh server over each store: sign
 * in, paste an article, review its draft against the text (reject an item, match a person to the graph's,
 * correct a quote by selecting words in the article, see a problem inline), reload, download, add to the
 * graph, and find the new relationship with its quote on the entity page. Then what readers, stale drafts
 * and switched tokens get. Screenshots of each step go to test-results/.
 */

const root = new URL('../../', import.meta.url).pathname;
const shots = join(root, 'test-results');
const ARTICLE = readFileSync(join(root, 'tests/fixtures/desk/short-article.txt'), 'utf8');
const TITLE = 'Duvanov has a new lawyer';
const NEW_QUOTE = 'Sergei Duvanov was visited in Zarechnoye prison on June 3 by his new lawyer, Anna Kim.';
const EDITOR = 'desk-editor-token-0123456789';
const READER = 'desk-reader-token-0123456789';
const TOKENS = { KG_EDITOR_TOKENS: `Ada Editor:${EDITOR}`, KG_READER_TOKENS: `Rita Reader:${READER}` };

const poll = <T>(actual: () => T | Promise<T>) => expect.poll(actual, { timeout: 20_000 });
const api = <T = any>(server: ServerProcess, query: string, variables: Record<string, unknown> = {}, token = EDITOR) =>
  editorApi<T>(server, query, variables, token);

/** Selects words of the article as a person would with the mouse: a range over the text the page shows. */
async function selectInArticle(page: Page, words: string): Promise<void> {
  await page.evaluate((target) => {
    const view = document.querySelector('.article-text')!;
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const whole = nodes.map((n) => n.data).join('');
    const at = whole.indexOf(target);
    if (at < 0) throw new Error(`not in the article: ${target}`);
    const point = (offset: number): [Text, number] => {
      for (const node of nodes) {
        if (offset <= node.data.length) return [node, offset];
        offset -= node.data.length;
      }
      throw new Error('past the end');
    };
    const range = document.createRange();
    range.setStart(...point(at));
    range.setEnd(...point(at + target.length));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, words);
}

const card = (page: Page, label: RegExp | string) =>
  page.locator('.items .item').filter({ has: page.getByRole('heading', { name: label }) });

async function draftArticle(page: Page, server: ServerProcess): Promise<void> {
  await page.goto(`${server.url}/explore/desk`);
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByLabel('Title').fill(TITLE);
  await page.getByLabel('Published').fill('2003-06-10');
  await page.getByRole('button', { name: 'Draft' }).click();
  await page.waitForSelector('.review .items .item', { timeout: 60_000 });
}

for (const serverStore of serverStores()) {
  describeBrowser(`the editor's desk in chromium (${serverStore.name} store)`, () => {
    let server: ServerProcess;
    let browser: Browser;
    const shot = (page: Page, step: string) =>
      page.screenshot({ path: join(shots, `desk-${serverStore.name}-${step}.png`), fullPage: true });

    const { newPage, requests, problems, closeAll } = watchedPages(() => browser, {
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });

    beforeAll(async () => {
      server = await startServer({ ...(await serverStore.prepare()), ...TOKENS });
      browser = await launchChromium();
      mkdirSync(shots, { recursive: true });
    }, 10 * 60_000);

    afterAll(async () => {
      await closeAll();
      await browser?.close().catch(() => {});
      await server?.stop();
      await serverStore.cleanup();
    }, 60_000);

    it('takes an article from its text to its facts on an entity page', async () => {
      const page = await newPage();
      await page.goto(`${server.url}/explore/desk`);
      await poll(() => page.locator('.refusal').textContent()).toBe('Sign in with an editor token to add articles.');
      await signIn(page, EDITOR);
      expect(await page.locator('.account .who').textContent()).toBe('Signed in as Ada Editor (editor: you may read and edit)');
      expect(page.url()).not.toContain(EDITOR);
      await shot(page, '1-signed-in');
      await draftArticle(page, server);
      await shot(page, '2-draft');

      // weakest first, each item highlighted in the article
      const confidences = await page.locator('.items .item .meta').allTextContents();
      const values = confidences.map((t) => Number(/confidence ([\d.]+)/.exec(t)![1]));
      expect(values).toEqual([...values].sort((a, b) => a - b));
      expect(await page.locator('.article-text mark').count()).toBeGreaterThan(3);

      // reject the visit; match Duvanov to the graph's own
      const visit = card(page, 'Visit of Sergei Duvanov');
      await visit.getByLabel('Reject').check();
      await poll(() => visit.locator('.left-out-note').textContent()).toBe('Not added: rejected.');
      const duvanov = card(page, /^Sergei Duvanov$/);
      const same = duvanov.getByLabel(/^Same as Sergei Duvanov/);
      await poll(() => same.count()).toBe(1);
      expect(decodeURIComponent((await duvanov.getByRole('link', { name: /Sergei Duvanov: entity page/ }).getAttribute('href'))!)).toBe(
        '/explore/entity/person:sergei-duvanov',
      );
      await same.check();

      // a quote that is not in the article is a problem on its item, in the CLI's words
      const represents = card(page, 'Anna Kim — represents → Sergei Duvanov');
      await represents.getByLabel('Quote').fill('Anna Kim is his lawyer');
      await represents.getByLabel('Quote').press('Enter');
      await poll(() => represents.locator('.problems li').allTextContents()).toEqual([
        '$.relationships[0].quotes[0]: quote not found verbatim in article.text: "Anna Kim is his lawyer"',
      ]);
      await shot(page, '3-problem');

      // a selection that strays outside the article cannot be chosen; a verbatim one can
      const use = represents.getByRole('button', { name: 'Use the words selected in the article' });
      await page.evaluate(() => {
        const range = document.createRange();
        range.setStart(document.querySelector('.review-article h2')!.firstChild!, 0);
        range.setEnd(document.querySelector('.article-text')!.firstChild!.firstChild!, 10);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await poll(() => use.isDisabled()).toBe(true);
      await selectInArticle(page, NEW_QUOTE);
      await poll(() => use.isEnabled()).toBe(true);
      await use.click();
      expect(await represents.getByLabel('Quote').inputValue()).toBe(NEW_QUOTE);
      await poll(() => represents.locator('.problems li').count()).toBe(0);
      await shot(page, '4-reviewed');

      // the review survives a reload
      await page.reload();
      await page.waitForSelector('.review .items .item');
      expect(await card(page, 'Visit of Sergei Duvanov').getByLabel('Reject').isChecked()).toBe(true);
      expect(await card(page, 'Anna Kim — represents → Sergei Duvanov').getByLabel('Quote').inputValue()).toBe(NEW_QUOTE);
      await poll(() =>
        card(page, /^Sergei Duvanov$/)
          .getByLabel(/^Same as Sergei Duvanov/)
          .isChecked(),
      ).toBe(true);

      // downloaded as the extraction JSON, as reviewed
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
      const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
      expect(saved.format).toBe('kg-extraction/2');
      expect(saved.events.map((e: any) => e.name)).not.toContain('Visit of Sergei Duvanov');
      expect(saved.relationships.find((r: any) => r.type === 'REPRESENTS').quotes).toEqual([NEW_QUOTE]);

      await page.getByRole('button', { name: 'Add to graph' }).click();
      const report = page.locator('.ingest-report');
      await poll(() => report.locator('h2').textContent()).toBe(`Added “${TITLE}” to the graph`);
      expect(
        await report
          .locator('.outcomes li[data-outcome="merged"]')
          .getByRole('link', { name: 'Sergei Duvanov', exact: true })
          .getAttribute('href'),
      ).toBe('/explore/entity/person%3Asergei-duvanov');
      await shot(page, '5-report');

      await report.getByRole('link', { name: 'Anna Kim' }).click();
      await poll(() => page.locator('h1').textContent()).toBe('Anna Kim');
      const item = page.locator('section[data-type="REPRESENTS"] li.relationship').filter({ hasText: 'Sergei Duvanov' });
      expect(await item.locator('blockquote').allTextContents()).toEqual([NEW_QUOTE]);
      expect(decodeURIComponent((await item.getByRole('link', { name: 'Sergei Duvanov' }).getAttribute('href'))!)).toBe(
        '/explore/entity/person:sergei-duvanov',
      );
      await shot(page, '6-entity-page');
      const { search } = await api(server, '{ search(query: "Visit of Sergei Duvanov", types: [EVENT]) { entity { name } } }');
      expect(search.map((h: any) => h.entity.name)).not.toContain('Visit of Sergei Duvanov');
    }, 240_000);

    it('shows a reader no editing control, and refuses a reader\'s token on "Add to graph" with the draft kept', async () => {
      const reader = await newPage();
      await reader.goto(`${server.url}/explore`);
      await signIn(reader, READER);
      expect(await reader.locator('.account .who').textContent()).toBe('Signed in as Rita Reader (reader: you may read)');
      expect(await reader.getByRole('link', { name: 'New article' }).isVisible()).toBe(false);
      await reader.goto(`${server.url}/explore/desk`);
      await poll(() => reader.locator('.refusal').textContent()).toMatch(/^Your token may read but not edit/);
      expect(await reader.locator('textarea, .items, button:has-text("Draft")').count()).toBe(0);
      await shot(reader, '7-reader');

      const editor = await newPage();
      await editor.goto(`${server.url}/explore`);
      await signIn(editor, EDITOR);
      expect(await editor.getByRole('link', { name: 'New article' }).isVisible()).toBe(true);
      await draftArticle(editor, server);
      // the tab's token is swapped for a reader's (another person at the desk): the server refuses, the page says so
      await editor.evaluate((token) => sessionStorage.setItem('kg.token', token), READER);
      await editor.getByRole('button', { name: 'Add to graph' }).click();
      await poll(() => editor.locator('.desk-status').textContent()).toMatch(
        /^Refused: This token may read but not edit; an editor token is needed\. Your draft is kept/,
      );
      expect(await editor.locator('.review .items .item').count()).toBeGreaterThan(0);
      await shot(editor, '8-refused');
    }, 180_000);

    it('tells the editor when the article was added since the draft was made, and replaces it only when asked', async () => {
      const page = await newPage();
      await page.goto(`${server.url}/explore/desk`);
      await signIn(page, EDITOR);
      await page.evaluate(() => localStorage.clear());
      await draftArticle(page, server);
      // the article went in since the first test: this draft is stale from the start
      const stale = page.locator('.stale');
      await poll(() => stale.isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Add to graph' }).click();
      await poll(() => page.locator('.desk-status').textContent()).toMatch(/in the graph already: tick "Replace"/);
      await shot(page, '9-stale');
      await page.getByLabel('Replace what the graph has from this article').check();
      await page.getByRole('button', { name: 'Add to graph' }).click();
      await poll(() => page.locator('.ingest-report h2').textContent()).toBe(`Added “${TITLE}” to the graph`);
    }, 180_000);

    it('drafts an uploaded Markdown file, and its review can be walked with the keyboard alone', async () => {
      const page = await newPage();
      await page.goto(`${server.url}/explore/desk`);
      await signIn(page, EDITOR);
      await page.getByLabel('Or upload a file (.md, .txt, .html)').setInputFiles(join(root, 'tests/fixtures/articles/front-matter.md'));
      await poll(() => page.locator('.desk-status').textContent()).toBe('Read front-matter.md (markdown).');
      await page.getByRole('button', { name: 'Draft' }).click();
      await page.waitForSelector('.review .items .item', { timeout: 60_000 });
      expect(await page.locator('.review-article h2').textContent()).toBe("Journalist's lawyer says he was beaten in Zarechnoye prison");
      expect(await page.locator('.article-text').textContent()).not.toContain('**');

      // from the top of the page, Tab reaches the weakest item's verdict, and the arrow keys change it
      const first = page.locator('.items .item').first();
      const firstRadio = first.locator('input[type=radio]').first();
      await page.locator('body').focus();
      let reached = false;
      for (let i = 0; i < 30 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await firstRadio.evaluate((el) => el === document.activeElement);
      }
      expect(reached).toBe(true);
      const options = await first.locator('input[type=radio]').count();
      for (let i = 1; i < options; i++) await page.keyboard.press('ArrowDown');
      await poll(() => first.locator('.left-out-note').textContent()).toBe('Not added: rejected.');
      // every control of the review has a name a screen reader can say
      const unnamed = await page.evaluate(
        () =>
          [...document.querySelectorAll('.review input, .review select, .review button, .review textarea')].filter(
            (el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !(el.textContent ?? '').trim(),
          ).length,
      );
      expect(unnamed).toBe(0);
      await shot(page, '10-keyboard');
    }, 180_000);

    it('sent every request to this server and logged no error', () => {
      expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
      expect(requests.filter((url) => url.includes(EDITOR) || url.includes(READER))).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}

describeBrowser('the explorer in chromium with KG_REQUIRE_READER_TOKEN=1 (embedded store)', () => {
  const [store] = serverStores();
  let server: ServerProcess;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startServer({ ...(await store.prepare()), ...TOKENS, KG_REQUIRE_READER_TOKEN: '1' });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
  }, 10 * 60_000);

  afterAll(async () => {
    await context?.close().catch(() => {});
    await browser?.close().catch(() => {});
    await server?.stop();
    await store.cleanup();
  }, 60_000);

  it('loads the page without a token, reads nothing until sign-in, and everything after it', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/explore`);
    await poll(() => page.locator('.account-message').textContent()).toBe('This server needs a token to read: sign in.');
    await page.getByLabel('Find an entity').fill('Duvanov');
    await page.waitForTimeout(800);
    expect(await page.getByRole('option').count()).toBe(0);
    await page.screenshot({ path: join(shots, 'desk-required-token-before.png') });

    await signIn(page, READER);
    await page.getByLabel('Find an entity').fill('Duvanov');
    await page
      .getByRole('option', { name: /Sergei Duvanov/ })
      .first()
      .click();
    await page.waitForFunction(() => (window as any).kgExplorer.cy.nodes().length > 1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.downloads a', { hasText: 'GEXF' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('label="Maria Pulman"');
    expect(page.url()).not.toContain(READER);
    await page.screenshot({ path: join(shots, 'desk-required-token-after.png') });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await poll(() => page.locator('.account-message').textContent()).toBe('This server needs a token to read: sign in.');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  }, 180_000);
});
