import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, isLocalRequest, launchChromium } from '../support/browser.js';
import { startServer, type ServerProcess } from '../support/server-process.js';
import { serverStores } from '../support/server-stores.js';
import { api as editorApi, signIn, watchedPages } from '../support/editor-pages.js';
import { DENIAL_QUOTE, disagreeingFollowUp } from '../export/disagreeing-follow-up.js';

/*
 * The review queue as editors use it, in Debian's chromium, on a fresh server over each store. After the
 * seed, follow-ups make two near misses (Masanov, Testova) and one dispute (does Maria Pulman represent
 * Duvanov?). An editor walks the queue by keyboard alone and records a verdict; merges a duplicate after
 * its dry run, finds the merge in the entity's history and undoes it; two editors settle one duplicate
 * and the second is told it is settled; a reader sees no control, and a reader's token on an editor's
 * action gets a refusal in the page. Screenshots of each step go to test-results/.
 */

const root = new URL('../../', import.meta.url).pathname;
const shots = join(root, 'test-results');
const EDITOR = 'queue-editor-token-0123456789';
const SECOND_EDITOR = 'queue-editor-two-token-0123456789';
const READER = 'queue-reader-token-0123456789';
const TOKENS = { KG_EDITOR_TOKENS: `Ada Editor:${EDITOR},Bo Editor:${SECOND_EDITOR}`, KG_READER_TOKENS: `Rita Reader:${READER}` };
const MASANOV = 'duplicate:person:nurbolat-masanov+person:nurbulat-masanov';
const TESTOVA = 'duplicate:person:aigil-testova+person:aigul-testova';

const poll = <T>(actual: () => T | Promise<T>) => expect.poll(actual, { timeout: 20_000 });
const api = <T = any>(server: ServerProcess, query: string, variables: Record<string, unknown> = {}, token = EDITOR) =>
  editorApi<T>(server, query, variables, token);

/** The seed's follow-up, and a copy of it as another article in which Aigul Testova is spelt Aigil: two near misses. */
function followUps(): unknown[] {
  const followUp = readFileSync(join(root, 'tests/fixtures/follow-up-duvanov.json'), 'utf8');
  const respelt = JSON.parse(
    followUp
      .replaceAll('Aigul Testova', 'Aigil Testova')
      .replaceAll('Duvanov supporters renew appeal', 'Duvanov supporters appeal again')
      .replaceAll('kg-test/follow-up', 'kg-test/follow-up-again'),
  );
  return [JSON.parse(followUp), respelt, disagreeingFollowUp];
}

const duplicate = (page: Page, id: string) => page.locator(`.duplicate[data-duplicate="${id}"]`);
const statusDispute = (page: Page) => page.locator('.queue .dispute[data-aspect="status"]');
const pairIds = async (server: ServerProcess) =>
  (await api(server, '{ possibleDuplicates(first: 100) { id } }')).possibleDuplicates.map((c: any) => c.id);

/** Presses Tab until `done` holds for the focused element; what was focused on the way, in order. */
async function tabUntil(page: Page, done: string, limit = 200): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const [key, hit] = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement;
      el.dataset.visited = 'yes';
      return [`${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30)}`, el.matches(sel)];
    }, done);
    seen.push(key);
    if (hit) return seen;
  }
  throw new Error(`never reached ${done} by Tab: ${seen.join(' | ')}`);
}

for (const serverStore of serverStores()) {
  describeBrowser(`the review queue in chromium (${serverStore.name} store)`, () => {
    let server: ServerProcess;
    let browser: Browser;
    const shot = (page: Page, step: string) =>
      page.screenshot({ path: join(shots, `review-${serverStore.name}-${step}.png`), fullPage: true });

    const { newPage, requests, problems, closeAll } = watchedPages(() => browser, {
      viewport: { width: 1280, height: 900 },
      expectedConsole: /status of 40[13]/,
    });

    beforeAll(async () => {
      server = await startServer({ ...(await serverStore.prepare()), ...TOKENS });
      for (const document of followUps())
        await api(server, 'mutation ($d: JSON!) { ingestArticle(document: $d, note: "a follow-up") { articleId } }', { d: document });
      browser = await launchChromium();
      mkdirSync(shots, { recursive: true });
    }, 10 * 60_000);

    afterAll(async () => {
      await closeAll();
      await browser?.close().catch(() => {});
      await server?.stop();
      await serverStore.cleanup();
    }, 60_000);

    it('shows a reader the queue with no editing control', async () => {
      expect(await pairIds(server)).toEqual(expect.arrayContaining([MASANOV, TESTOVA]));
      const page = await newPage();
      await page.goto(`${server.url}/explore/review`);
      await signIn(page, READER);
      await poll(() => duplicate(page, MASANOV).locator('.look-alike').count()).toBe(2);
      expect(await duplicate(page, MASANOV).locator('.look-alike h4').allTextContents()).toEqual(['Nurbolat Masanov', 'Nurbulat Masanov']);
      expect(await statusDispute(page).locator('.side[data-side="DENIED"] blockquote').allTextContents()).toEqual([DENIAL_QUOTE]);
      expect(await page.locator('main button, main textarea, main select, main input').count()).toBe(0);
      expect(await page.locator('main .note').first().textContent()).toBe('You may read the queue; settling it needs an editor token.');
      await shot(page, '0-reader');
      // an entity page shows a reader its history, with no undo
      await page.goto(`${server.url}/explore/entity/person:nurbolat-masanov`);
      await poll(() => page.locator('.history li.edit').count()).toBeGreaterThan(0);
      expect(await page.locator('.history li.edit').first().getAttribute('data-action')).toBe('INGEST');
      expect(await page.locator('.history button, .history textarea').count()).toBe(0);
    }, 120_000);

    it('can be walked by keyboard alone: every control labelled and reached by Tab; a verdict recorded with keys', async () => {
      const page = await newPage();
      await page.goto(`${server.url}/explore/review`);
      await signIn(page, EDITOR);
      await poll(() => statusDispute(page).getByRole('button', { name: 'Record verdict' }).count()).toBe(1);
      // every control has a name a screen reader reads out
      const unnamed = await page
        .locator('main')
        .evaluate((main) =>
          [...main.querySelectorAll('button, input, select, textarea, a')]
            .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !el.textContent?.trim())
            .map((el) => el.outerHTML),
        );
      expect(unnamed).toEqual([]);

      const verdict = statusDispute(page).getByLabel('Your verdict');
      await page.locator('body').focus();
      const walked = await tabUntil(page, '.queue .dispute[data-aspect="status"] select');
      expect(walked.some((k) => k.startsWith('TEXTAREA'))).toBe(true);
      // every control before the verdict was reached on the way
      const skipped = await page.locator('main').evaluate((main) => {
        const all = [...main.querySelectorAll<HTMLElement>('button, input, select, textarea, a')].filter((el) => el.offsetParent !== null);
        const end = all.indexOf(main.querySelector('.dispute[data-aspect="status"] select')!);
        return all
          .slice(0, end)
          .filter((el) => el.dataset.visited !== 'yes' && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
          .map((el) => el.outerHTML.slice(0, 80));
      });
      expect(skipped).toEqual([]);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await verdict.inputValue()).toBe('DENIED');
      await page.keyboard.press('Tab');
      await page.keyboard.type('The lawyer denies it herself; the seed only reports it.');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Record verdict');
      await shot(page, '1-keyboard');
      await page.keyboard.press('Enter');
      await poll(() => statusDispute(page).locator('.verdict-now').textContent()).toBe(
        "Editor's verdict: DENIED, by Ada Editor: “The lawyer denies it herself; the seed only reports it.”",
      );
      expect(await statusDispute(page).locator('.outcome').textContent()).toContain('Verdict recorded: DENIED');
      const id = await statusDispute(page).getAttribute('data-dispute');
      const { disputes } = await api(server, '{ disputes(first: 50) { id relationship { status editorVerdict { status editor } } } }');
      expect(disputes.find((d: any) => d.id === id).relationship).toEqual({
        status: 'ALLEGED',
        editorVerdict: { status: 'DENIED', editor: 'Ada Editor' },
      });
      await shot(page, '2-verdict');
    }, 120_000);

    it('merges a proposed duplicate after showing its dry run, shows it in history, and undoes it from there', async () => {
      const page = await newPage();
      await page.goto(`${server.url}/explore/review`);
      await signIn(page, EDITOR);
      const card = duplicate(page, MASANOV);
      await poll(() => card.getByRole('button', { name: 'Preview merge' }).count()).toBe(1);
      await card.getByRole('radio', { name: 'Nurbolat Masanov' }).check();
      await card.getByLabel('Note (why)').fill('One activist, two spellings of his given name.');
      await card.getByRole('button', { name: 'Preview merge' }).click();
      const plan = card.locator('.merge-plan');
      await poll(() => plan.count()).toBe(1);
      expect(await plan.locator('p').first().textContent()).toBe(
        'Nurbulat Masanov would become part of Nurbolat Masanov (keeping its id and name).',
      );
      expect(await plan.textContent()).toContain('Names added as aliases: Nurbulat Masanov');
      // the dry run changed nothing
      expect(await pairIds(server)).toContain(MASANOV);
      await shot(page, '3-merge-preview');

      await card.getByRole('button', { name: 'Merge into Nurbolat Masanov' }).click();
      await poll(() => card.locator('.outcome').textContent()).toMatch(/^Merged into Nurbolat Masanov\./);
      const { node } = await api(server, '{ node(id: "person:nurbulat-masanov") { id ... on Entity { aliases } } }');
      expect(node).toEqual({ id: 'person:nurbolat-masanov', aliases: expect.arrayContaining(['Nurbulat Masanov']) });
      await shot(page, '4-merged');

      await card.locator('.outcome').getByRole('link', { name: 'Nurbolat Masanov' }).click();
      await poll(() => page.locator('h1').textContent()).toBe('Nurbolat Masanov');
      const merge = page.locator('.history li.edit[data-action="MERGE"]');
      await poll(() => merge.count()).toBe(1);
      expect(await merge.textContent()).toContain('Note: One activist, two spellings of his given name.');
      expect(await merge.textContent()).toContain('Ada Editor');
      await shot(page, '5-history');
      await merge.getByLabel('Note for the undo (why)').fill('On second thoughts: check with the desk first.');
      await merge.getByRole('button', { name: 'Undo this merge' }).click();
      await poll(() => merge.locator('.outcome').textContent()).toMatch(/^Undone/);
      expect((await api(server, '{ node(id: "person:nurbulat-masanov") { id } }')).node.id).toBe('person:nurbulat-masanov');
      await page.reload();
      await poll(() => page.locator('.history li.edit[data-action="UNDO_MERGE"]').count()).toBe(1);
      expect(await page.locator('.history').getByRole('button', { name: 'Undo this merge' }).count()).toBe(0);
      await shot(page, '6-undone');
    }, 180_000);

    it('tells the second of two editors settling one duplicate that it is already settled', async () => {
      const [first, second] = [await newPage(), await newPage()];
      for (const [page, token] of [
        [first, EDITOR],
        [second, SECOND_EDITOR],
      ] as const) {
        await page.goto(`${server.url}/explore/review`);
        await signIn(page, token);
        await poll(() => duplicate(page, TESTOVA).getByRole('button', { name: 'Not the same' }).count()).toBe(1);
      }
      const mine = duplicate(first, TESTOVA);
      await mine.getByLabel('Note (why)').fill('Two people: the fund has a director and her sister.');
      await mine.getByRole('button', { name: 'Not the same' }).click();
      await poll(() => mine.locator('.outcome').textContent()).toBe('Marked as not the same: they will not be proposed again.');
      expect(await pairIds(server)).not.toContain(TESTOVA);
      await shot(first, '7-distinct');

      const theirs = duplicate(second, TESTOVA);
      await theirs.getByLabel('Note (why)').fill('Same person, surely.');
      await theirs.getByRole('button', { name: 'Preview merge' }).click();
      await poll(() => theirs.getByRole('alert').textContent()).toBe(
        'Already settled: another editor merged these or marked them distinct since the queue was loaded.',
      );
      expect(await theirs.getByRole('button', { name: 'Not the same' }).isDisabled()).toBe(true);
      expect((await api(server, '{ node(id: "person:aigil-testova") { id } }')).node.id).toBe('person:aigil-testova');
      await shot(second, '8-already-settled');
    }, 120_000);

    it("refuses a reader's token on an editor's action in the page, leaving the queue usable", async () => {
      const page = await newPage();
      await page.goto(`${server.url}/explore/review`);
      await signIn(page, EDITOR);
      const dispute = statusDispute(page);
      await poll(() => dispute.getByRole('button', { name: 'Record verdict' }).count()).toBe(1);
      // the token changes under the page (signed in again elsewhere in this tab's session)
      await page.evaluate((token) => sessionStorage.setItem('kg.token', token), READER);
      await dispute.getByLabel('Note (why)').fill('Withdrawn.');
      await dispute.getByRole('button', { name: 'Record verdict' }).click();
      await poll(() => dispute.getByRole('alert').textContent()).toBe('Your token may read but not edit: sign in with an editor token.');
      expect(await dispute.getByRole('button', { name: 'Record verdict' }).isEnabled()).toBe(true);
      expect(page.url()).not.toContain(READER);
      await shot(page, '9-refused');
    }, 120_000);

    it('sent every request to this server, never put a token in a URL, and logged no error', () => {
      expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
      expect(requests.filter((url) => [EDITOR, SECOND_EDITOR, READER].some((t) => url.includes(t)))).toEqual([]);
      expect(problems).toEqual([]);
      expect([EDITOR, SECOND_EDITOR, READER].filter((t) => server.logs().includes(t))).toEqual([]);
    });
  });
}
