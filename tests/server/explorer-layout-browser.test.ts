import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchChromium } from '../support/browser.js';
import { startServer, type ServerProcess } from '../support/server-process.js';
import { serverStores } from '../support/server-stores.js';

/*
 * The explorer's layout in Debian's chromium, on a fresh server over each store: the script bundled as the
 * server starts; the page at 800 px wide; nodes that keep their places when the network grows, also when
 * it grows behind the table view; edge labels that never lie over one another; no stray border on the
 * sidebar. Screenshots go to test-results/; with KG_UPDATE_DOCS=1 the README's docs/explorer.png is
 * regenerated from the wide one.
 */

const root = new URL('../../', import.meta.url).pathname;
const shots = join(root, 'test-results');
const DUVANOV = 'person:sergei-duvanov';
const PRISON = 'organisation:zarechnoye-prison';

declare global {
  interface Window {
    kgExplorer: { cy: import('cytoscape').Core };
  }
}

const poll = <T>(actual: () => T | Promise<T>) => expect.poll(actual, { timeout: 20_000 });
const settled = (page: Page) => page.waitForSelector('#network[aria-busy="false"]', { state: 'attached' });

type Positions = Record<string, { x: number; y: number }>;
const positions = (page: Page): Promise<Positions> =>
  page.evaluate(() => Object.fromEntries(window.kgExplorer.cy.nodes().map((n) => [n.id(), { ...n.position() }])));

/** Opens the network around Duvanov and waits until it is drawn. */
async function openNetwork(page: Page, server: ServerProcess, query = ''): Promise<void> {
  await page.goto(`${server.url}/explore?focus=${DUVANOV}${query}`);
  await page.waitForFunction(() => window.kgExplorer.cy.nodes().length > 1);
  await settled(page);
}

const allInView = (page: Page) =>
  page.evaluate(() => {
    const { cy } = window.kgExplorer;
    const view = cy.extent();
    return cy
      .nodes()
      .map((n) => n.position())
      .every((p) => p.x >= view.x1 && p.x <= view.x2 && p.y >= view.y1 && p.y <= view.y2);
  });

/** The boxes of the edge labels the network draws (not quieted, not filtered), in model coordinates. */
const drawnLabelBoxes = (page: Page) =>
  page.evaluate(() =>
    window.kgExplorer.cy
      .edges()
      .filter((e) => !e.hasClass('quiet') && !e.hasClass('filtered') && e.data('label'))
      .map((e) => e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never)),
  );

for (const serverStore of serverStores()) {
  describeBrowser(`the explorer's layout in chromium (${serverStore.name} store)`, () => {
    let server: ServerProcess;
    let browser: Browser;
    const problems: string[] = [];

    async function newPage(width: number, height = 860): Promise<Page> {
      const page = await browser.newPage({ viewport: { width, height } });
      page.on('pageerror', (error) => problems.push(error.stack ?? error.message));
      page.on(
        'console',
        (message) => ['error', 'warning'].includes(message.type()) && problems.push(`${message.type()}: ${message.text()}`),
      );
      return page;
    }

    beforeAll(async () => {
      server = await startServer({ ...(await serverStore.prepare()), LOG_LEVEL: 'debug' });
      browser = await launchChromium();
      mkdirSync(shots, { recursive: true });
    }, 10 * 60_000);

    afterAll(async () => {
      await browser?.close().catch(() => {});
      await server?.stop();
      await serverStore.cleanup();
    }, 60_000);

    it("bundles the page's script as the server starts, before any visitor asks for it", async () => {
      await poll(() => server.logs()).toContain("bundled the explorer's script");
      expect(server.logs()).not.toContain('/explore/app.js');
      const response = await fetch(`${server.url}/explore/app.js`);
      expect(response.status).toBe(200);
      expect((await response.text()).length).toBeGreaterThan(100_000);
    }, 60_000);

    it('is usable at 800 px wide: the network keeps most of the width, filters and details below it', async () => {
      const page = await newPage(800, 900);
      try {
        await openNetwork(page, server);
        const network = await page.locator('#network canvas').first().boundingBox();
        expect(network!.width).toBeGreaterThanOrEqual(600);
        expect(network!.height).toBeGreaterThanOrEqual(300);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
        const filters = await page.locator('aside.sidebar').boundingBox();
        expect(filters!.y).toBeGreaterThanOrEqual(network!.y + network!.height - 1);
        await page.screenshot({ path: join(shots, `layout-${serverStore.name}-800px.png`), fullPage: true });
      } finally {
        await page.close();
      }
    }, 120_000);

    it('keeps the places of nodes already drawn when a node is expanded, and that node under the pointer', async () => {
      const page = await newPage(1400);
      try {
        await openNetwork(page, server);
        const before = await positions(page);
        const spot = await page.evaluate((id) => {
          const node = window.kgExplorer.cy.getElementById(id);
          const box = window.kgExplorer.cy.container()!.getBoundingClientRect();
          return { x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y };
        }, PRISON);
        await page.mouse.click(spot.x, spot.y);
        await poll(() => page.evaluate(() => window.kgExplorer.cy.nodes().length)).toBeGreaterThan(Object.keys(before).length);
        await settled(page);
        const after = await positions(page);
        for (const [id, at] of Object.entries(before)) expect([id, after[id]]).toEqual([id, at]);
        // the prison is still under the pointer (the view zooms out around it if it must), its neighbours in view
        const now = await page.evaluate((id) => {
          const { cy } = window.kgExplorer;
          const box = cy.container()!.getBoundingClientRect();
          const node = cy.getElementById(id);
          return { x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y };
        }, PRISON);
        expect(Math.hypot(now.x - spot.x, now.y - spot.y)).toBeLessThan(1);
        expect(await allInView(page)).toBe(true);
        await page.screenshot({ path: join(shots, `layout-${serverStore.name}-expanded.png`) });
      } finally {
        await page.close();
      }
    }, 120_000);

    it('keeps the places of nodes drawn when the network grows behind the table view', async () => {
      const page = await newPage(1400);
      try {
        await openNetwork(page, server, '&show=5');
        const before = await positions(page);
        await page.getByRole('button', { name: 'Table view' }).click();
        await page.locator('.left-out').getByRole('button', { name: 'Show more' }).click();
        await poll(() => page.locator('.table-view caption').first().textContent()).toMatch(/among (\d{2,}) entities/);
        await page.getByRole('button', { name: 'Table view' }).click();
        await settled(page);
        await poll(() => page.evaluate(() => window.kgExplorer.cy.nodes().length)).toBeGreaterThan(Object.keys(before).length);
        const after = await positions(page);
        for (const [id, at] of Object.entries(before)) expect([id, after[id]]).toEqual([id, at]);
        // the newcomers were laid out on screen, each in a place of its own
        const placed = Object.entries(after)
          .filter(([id]) => !(id in before))
          .map(([, p]) => `${Math.round(p.x)},${Math.round(p.y)}`);
        expect(new Set(placed).size).toBe(placed.length);
        expect(await allInView(page)).toBe(true);
      } finally {
        await page.close();
      }
    }, 120_000);

    it('draws edge labels that do not lie over one another, and no stray border on the sidebar', async () => {
      const page = await newPage(1400);
      try {
        const { neighbourhood } = await (
          await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: `{ neighbourhood(id: "${DUVANOV}", depth: 1) { edges { id type source } } }` }),
          })
        )
          .json()
          .then((b) => b.data);
        const represents = neighbourhood.edges.find((e: any) => e.type === 'REPRESENTS' && e.source === 'person:maria-pulman');
        await openNetwork(page, server, `&sel=${encodeURIComponent(represents.id)}`);
        await poll(() => page.locator('.edge-details blockquote').count()).toBeGreaterThan(0);
        // zoomed in, where every label is legible: those drawn never overlap, and some had to give way
        await page.evaluate(() => {
          const { cy } = window.kgExplorer;
          cy.zoom({ level: 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        });
        const boxes = await drawnLabelBoxes(page);
        expect(boxes.length).toBeGreaterThan(5);
        const overlapping = boxes.flatMap((a, i) =>
          boxes.slice(i + 1).filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2),
        );
        expect(overlapping).toEqual([]);
        expect(await page.evaluate(() => window.kgExplorer.cy.edges('.quiet').length)).toBeGreaterThan(0);
        expect(await page.evaluate((id) => window.kgExplorer.cy.getElementById(id).hasClass('quiet'), represents.id)).toBe(false);
        const sidebar = await page
          .locator('aside.sidebar')
          .evaluate((el) => ({ classes: el.className, left: getComputedStyle(el).borderLeftWidth }));
        expect(sidebar).toEqual({ classes: 'sidebar', left: '0px' });
        await page.evaluate(() => {
          window.kgExplorer.cy.fit(undefined, 40);
        });
        const wide = join(shots, `layout-${serverStore.name}-readme.png`);
        await page.screenshot({ path: wide });
        if (process.env.KG_UPDATE_DOCS === '1' && serverStore.name === 'embedded') copyFileSync(wide, join(root, 'docs/explorer.png'));
      } finally {
        await page.close();
      }
    }, 120_000);

    it('labels every control of the explorer and reaches each by Tab alone', async () => {
      const page = await newPage(1400);
      try {
        await openNetwork(page, server);
        await poll(() => page.locator('.timeline-panel ol.events li').count()).toBeGreaterThan(0);
        const controls = 'button, input, select, textarea, a[href], summary';
        const unnamed = await page.evaluate(
          (sel) =>
            [...document.querySelectorAll(sel)]
              .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !el.textContent?.trim())
              .map((el) => el.outerHTML),
          controls,
        );
        expect(unnamed).toEqual([]);
        const total = await page.evaluate(
          (sel) => [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.offsetParent !== null).length,
          controls,
        );
        for (let i = 0; i < total + 5; i++) {
          await page.keyboard.press('Tab');
          await page.evaluate(() => {
            (document.activeElement as HTMLElement).dataset.visited = 'yes';
          });
        }
        const missed = await page.evaluate(
          (sel) =>
            [...document.querySelectorAll<HTMLElement>(sel)]
              .filter((el) => el.offsetParent !== null && el.dataset.visited !== 'yes')
              .map((el) => el.outerHTML.slice(0, 80)),
          controls,
        );
        expect(missed).toEqual([]);
      } finally {
        await page.close();
      }
    }, 120_000);

    it('logged no error in the page', () => {
      expect(problems).toEqual([]);
    });
  });
}
