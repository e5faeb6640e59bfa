import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, isLocalRequest, launchChromium } from '../support/browser.js';
import { startServer, type ServerProcess } from '../support/server-process.js';
import { serverStores } from '../support/server-stores.js';
import { DENIAL_QUOTE, DENIAL_TITLE, disagreeingFollowUp } from '../export/disagreeing-follow-up.js';

/*
 * The explorer as a person uses it, in Debian's chromium, on a fresh server over each store: search,
 * the network, an edge's evidence, path mode, the timeline, the entity page, the table view, filters and
 * "show more", then a follow-up that disputes the seed (the evidence by side, the edge marked, the
 * disputed date, the entity page's disagreements), with no console error and no request leaving
 * 127.0.0.1. Screenshots go to test-results/.
 */

const root = new URL('../../', import.meta.url).pathname;
const shots = join(root, 'test-results');
const seedArticle = JSON.parse(readFileSync(join(root, 'seed/kazakhstan-duvanov-beaten-in-prison.json'), 'utf8')).article.text as string;
const DUVANOV = 'person:sergei-duvanov';

declare global {
  interface Window {
    kgExplorer: { cy: import('cytoscape').Core };
  }
}

async function api<T = any>(server: ServerProcess, query: string): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Polls for what a page shows once the server has answered: generous, as a shared, loaded machine answers slowly at times. */
const poll = <T>(actual: () => T | Promise<T>) => expect.poll(actual, { timeout: 20_000 });

/** Waits until the explorer has loaded and laid out what the last action asked for. */
const settled = (page: Page) => page.waitForSelector('#network[aria-busy="false"]', { state: 'attached' });

const drawnIds = (page: Page) =>
  page.evaluate(() =>
    window.kgExplorer.cy
      .nodes()
      .map((n) => n.id())
      .sort(),
  );

async function choose(page: Page, label: string, text: string, option: string): Promise<void> {
  await page.getByLabel(label).fill(text);
  await page
    .getByRole('option', { name: new RegExp(option) })
    .first()
    .click();
}

/**
 * Clicks an edge where cytoscape drew it: frames its two ends, then clicks the point nearest the edge's
 * middle that the renderer's hit test gives to this edge and nothing else.
 */
async function clickEdge(page: Page, selector: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const id = await clickEdgeOnce(page, selector);
    // on a loaded machine the layout may still be easing when the point is chosen, and another edge
    // moves under it: the selection (in the URL) says which edge the click reached, so try again
    const reached = await page
      .waitForFunction((edge) => new URL(location.href).searchParams.get('sel') === edge, id, { timeout: 2000 })
      .then(
        () => true,
        () => false,
      );
    if (reached || attempt === 3) return id;
  }
}

async function clickEdgeOnce(page: Page, selector: string): Promise<string> {
  const target = await page.evaluate((sel) => {
    const { cy } = window.kgExplorer;
    const edge = cy.edges(sel)[0];
    cy.fit(edge.connectedNodes(), 120);
    const a = edge.renderedSourceEndpoint();
    const b = edge.renderedTargetEndpoint();
    const box = cy.container()!.getBoundingClientRect();
    // the renderer's own hit test, as a click there runs it (not public API: a test may lean on it); other
    // edges' labels, node labels and bezier curves can lie over a point that looks clear of them
    const renderer = (
      cy as unknown as {
        renderer(): {
          projectIntoViewport(x: number, y: number): [number, number];
          findNearestElement(x: number, y: number, interactiveOnly: boolean, touch: boolean): { id(): string } | null;
        };
      }
    ).renderer();
    const hits = (x: number, y: number) =>
      renderer.findNearestElement(...renderer.projectIntoViewport(x, y), true, false)?.id() === edge.id();
    // the point nearest the middle that a click there would give to this edge
    const ts = Array.from({ length: 31 }, (_, i) => 0.2 + i * 0.02).sort((p, q) => Math.abs(p - 0.5) - Math.abs(q - 0.5));
    // the curve's own middle first (a bezier bows away from the straight line between its ends)
    const points = [edge.renderedMidpoint(), ...ts.map((t) => ({ x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) }))];
    for (const p of points) {
      const [x, y] = [box.left + p.x, box.top + p.y];
      if (hits(x, y)) return { id: edge.id(), x, y };
    }
    throw new Error(`no point of edge ${edge.id()} is clickable`);
  }, selector);
  await page.mouse.click(target.x, target.y);
  return target.id;
}

for (const serverStore of serverStores()) {
  describeBrowser(`the explorer in chromium (${serverStore.name} store)`, () => {
    let server: ServerProcess;
    let serverEnv: Record<string, string>;
    let browser: Browser;
    let context: BrowserContext;
    const requests: string[] = [];
    const problems: string[] = [];

    beforeAll(async () => {
      serverEnv = await serverStore.prepare();
      server = await startServer(serverEnv);
      browser = await launchChromium();
      context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
      context.on('request', (request) => requests.push(request.url()));
      context.on('page', (page) => {
        page.on('websocket', (ws) => requests.push(ws.url()));
        page.on('pageerror', (error) => problems.push(error.stack ?? error.message));
        page.on(
          'console',
          (message) => ['error', 'warning'].includes(message.type()) && problems.push(`${message.type()}: ${message.text()}`),
        );
      });
      mkdirSync(shots, { recursive: true });
    }, 10 * 60_000);

    afterAll(async () => {
      await context?.close().catch(() => {});
      await browser?.close().catch(() => {});
      await server?.stop();
      await serverStore.cleanup();
    }, 60_000);

    it("finds Duvanov, draws who he is connected to, and shows an edge's verbatim quote", async () => {
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/explore`);
        await choose(page, 'Find an entity', 'Duvanov', 'Sergei Duvanov');
        await page.waitForFunction(() => window.kgExplorer.cy.nodes().length > 1);
        await settled(page);
        expect(new URL(page.url()).searchParams.get('focus')).toBe(DUVANOV);

        // every entity the article connects to him, as the API lists them
        const { node } = await api(server, `{ node(id: "${DUVANOV}") { ... on Entity { related(first: 50) { other { id } } } } }`);
        const connected = [...new Set<string>(node.related.map((r: any) => r.other.id))];
        expect(connected).toEqual(expect.arrayContaining(['person:maria-pulman', 'organisation:zarechnoye-prison']));
        expect(await drawnIds(page)).toEqual([DUVANOV, ...connected].sort());

        const edgeId = await clickEdge(page, '[type = "REPRESENTS"]');
        const quote = page.locator('.edge-details blockquote').first();
        await poll(() => quote.count()).toBe(1);
        expect(await page.locator('.edge-details h2').textContent()).toMatch(/Maria Pulman — represents → Sergei Duvanov/);
        expect(seedArticle).toContain((await quote.textContent())!);
        expect(await page.locator('.edge-details figcaption').first().textContent()).toContain('Kazakhstan: Duvanov "Beaten In Prison"');
        expect(new URL(page.url()).searchParams.get('sel')).toBe(edgeId);

        // a click on the prison draws its own neighbourhood: the events there that Duvanov is not part of
        const { node: prison } = await api(
          server,
          '{ node(id: "organisation:zarechnoye-prison") { ... on Entity { related(first: 50) { other { id } } } } }',
        );
        const before = await drawnIds(page);
        const around = prison.related.map((r: any) => r.other.id as string);
        expect(around.some((id: string) => !before.includes(id))).toBe(true);
        await settled(page);
        const spot = await page.evaluate(() => {
          const { cy } = window.kgExplorer;
          const node = cy.getElementById('organisation:zarechnoye-prison');
          cy.fit(node.closedNeighborhood().nodes(), 80);
          const box = cy.container()!.getBoundingClientRect();
          const at = node.renderedPosition();
          return { x: box.left + at.x, y: box.top + at.y };
        });
        await page.mouse.click(spot.x, spot.y);
        await poll(() => drawnIds(page)).toEqual([...new Set([...before, ...around])].sort());
        expect(new URL(page.url()).searchParams.get('expand')).toBe('organisation:zarechnoye-prison');

        // the timeline panel: the arrest (October 2002) before the trial (January 2003, year inferred)
        await page.goto(`${server.url}/explore?focus=${DUVANOV}`);
        const events = page.locator('.timeline-panel ol.events li');
        await poll(() => events.count()).toBeGreaterThan(1);
        const items = await events.allTextContents();
        const arrest = items.findIndex((t) => t.includes('Arrest and charging of Sergei Duvanov'));
        const trial = items.findIndex((t) => t.includes('Trial, conviction and sentencing'));
        expect(arrest).toBeGreaterThanOrEqual(0);
        expect(trial).toBeGreaterThan(arrest);
        expect(items[arrest]).toContain('2002-10');
        expect(items[trial]).toMatch(/2003-01 \(inferred\)/);
        await page.screenshot({ path: join(shots, `explorer-${serverStore.name}-network.png`) });
      } finally {
        await page.screenshot({ path: join(shots, `explorer-${serverStore.name}-last.png`) }).catch(() => {});
        await page.close();
      }
    }, 120_000);

    it('path mode finds the shortest paths from Duvanov to Nazarbaev', async () => {
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/explore?focus=${DUVANOV}`);
        await page.waitForFunction(() => window.kgExplorer.cy.nodes().length > 1);
        await settled(page);
        await choose(page, 'Find a path to', 'Nazarbaev', 'Nursultan Nazarbaev');
        await poll(() => page.locator('.path-details [role=status]').textContent()).toMatch(
          /entities and \d+ relationships on the shortest paths/,
        );
        const { paths } = await api(
          server,
          `{ paths(from: "${DUVANOV}", to: "person:nursultan-nazarbaev", maxLength: 4) { nodes { id } } }`,
        );
        expect(paths.nodes.length).toBeGreaterThan(1);
        await poll(() => drawnIds(page)).toEqual(paths.nodes.map((n: any) => n.id).sort());
        expect(await page.locator('.path-details li').count()).toBeGreaterThan(0);
        expect(new URL(page.url()).searchParams.get('to')).toBe('person:nursultan-nazarbaev');
        await page.screenshot({ path: join(shots, `explorer-${serverStore.name}-path.png`) });
      } finally {
        await page.close();
      }
    }, 120_000);

    it('the entity page of Duvanov shows his lawyer with a quote, his timeline and the article', async () => {
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/explore/entity/${DUVANOV}`);
        await poll(() => page.locator('h1').textContent()).toBe('Sergei Duvanov');
        const represents = page.locator('section[data-type="REPRESENTS"] li').filter({ hasText: 'Maria Pulman' });
        expect(await represents.count()).toBe(1);
        const quote = (await represents.locator('blockquote').first().textContent())!;
        expect(quote.length).toBeGreaterThan(10);
        expect(seedArticle).toContain(quote);
        expect(await represents.locator('.summary .status').textContent()).toBe('REPORTED');
        expect(await represents.locator('.citation .claim').first().textContent()).toMatch(/^REPORTED in the article's own voice/);
        expect(await page.locator('.timeline-panel ol.events li').count()).toBeGreaterThan(1);
        expect(await page.locator('.articles li').allTextContents()).toEqual([
          expect.stringContaining('Kazakhstan: Duvanov "Beaten In Prison"'),
        ]);
        await page.screenshot({ path: join(shots, `explorer-${serverStore.name}-entity.png`), fullPage: true });
      } finally {
        await page.close();
      }
    }, 120_000);

    it('shares its state by URL, and has a table view, filters, "show more" and downloads', async () => {
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/explore?focus=${DUVANOV}&show=5&hide=type:EVENT&view=table`);
        const caption = page.locator('.table-view caption').first();
        await poll(() => caption.textContent()).toMatch(/relationships among \d+ entities in view/);
        // five neighbours drawn, events hidden by the filter, the rest counted as left out
        expect(await drawnIds(page)).toHaveLength(6);
        expect(await page.locator('input[data-filter="type:EVENT"]').isChecked()).toBe(false);
        const hidden = await page.evaluate(() => window.kgExplorer.cy.nodes('.filtered').map((n) => n.data('type')));
        expect(hidden.every((t) => t === 'EVENT')).toBe(true);
        const leftOut = page.locator('.left-out p');
        expect(await leftOut.textContent()).toMatch(/^\d+ left out around Sergei Duvanov/);
        await page.locator('.table-view tbody tr button').first().click();
        await poll(() => page.locator('.edge-details blockquote').count()).toBeGreaterThan(0);
        await leftOut.getByRole('button', { name: 'Show more' }).click();
        await poll(() => drawnIds(page).then((ids) => ids.length)).toBeGreaterThan(6);
        expect(new URL(page.url()).searchParams.get('show')).toBe('45');

        const gexfLink = await page.locator('.downloads a', { hasText: 'GEXF' }).getAttribute('href');
        const download = await fetch(new URL(gexfLink!, server.url));
        expect(download.status).toBe(200);
        expect(download.headers.get('content-disposition')).toContain('.gexf');
        expect(await download.text()).toContain('label="Maria Pulman"');
      } finally {
        await page.close();
      }
    }, 120_000);

    it('after a follow-up that denies a fact, shows both sides with their quotes and marks the edge and the date disputed', async () => {
      // the follow-up goes in through `kg ingest`, a separate process on the server's own store
      const dir = mkdtempSync(join(tmpdir(), 'kg-dispute-'));
      try {
        const file = join(dir, 'lawyer-denies.json');
        writeFileSync(file, JSON.stringify(disagreeingFollowUp));
        await promisify(execFile)('node', [join(root, 'bin/kg.mjs'), 'ingest', file], { cwd: root, env: { ...process.env, ...serverEnv } });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/explore?focus=${DUVANOV}`);
        await page.waitForFunction(() => window.kgExplorer.cy.nodes().length > 1);
        await settled(page);
        const represents = '[type = "REPRESENTS"][source = "person:maria-pulman"]';
        expect(
          await page.evaluate((sel) => window.kgExplorer.cy.edges(sel).map((e) => [e.hasClass('disputed'), e.data('label')]), represents),
        ).toEqual([[true, 'represents (disputed)']]);
        // drawn apart from every undisputed edge, and explained in the legend
        expect(await page.evaluate(() => window.kgExplorer.cy.edges('.disputed').length)).toBe(1);
        expect(await page.locator('.legend li.disputed').textContent()).toContain('DISPUTED');

        await clickEdge(page, represents);
        const panel = page.locator('.edge-details');
        await poll(() => panel.locator('.disputed-badge').count()).toBe(1);
        expect(await panel.locator('.summary .status').textContent()).toBe('ALLEGED');
        const denied = panel.locator('.side[data-side="DENIED"]');
        const reported = panel.locator('.side[data-side="REPORTED"]');
        expect(await denied.locator('blockquote').allTextContents()).toEqual([DENIAL_QUOTE]);
        expect(await denied.locator('.claim .status').allTextContents()).toEqual(['DENIED']);
        expect(await denied.locator('figcaption').textContent()).toContain(DENIAL_TITLE);
        const seedQuotes = await reported.locator('blockquote').allTextContents();
        expect(seedQuotes.length).toBeGreaterThan(0);
        for (const quote of seedQuotes) expect(seedArticle).toContain(quote);
        expect(new Set(await reported.locator('.claim .status').allTextContents())).toEqual(new Set(['REPORTED']));
        await page.screenshot({ path: join(shots, `explorer-${serverStore.name}-disputed.png`) });

        // the timeline: the arrest is marked disputed, with the dates its sources give
        const arrest = page.locator('.timeline-panel li[data-event="event:arrest-and-charging-of-sergei-duvanov"]');
        await poll(() => arrest.count()).toBe(1);
        expect(await arrest.locator('.disputed-badge').count()).toBe(1);
        expect(await arrest.locator('.dates-given li').evaluateAll((items) => items.map((li) => li.getAttribute('data-date')))).toEqual([
          '2002-10',
          '2002-11-02',
        ]);

        // the entity page: the relationship by side, and the disagreements that concern him
        await page.goto(`${server.url}/explore/entity/${DUVANOV}`);
        await poll(() => page.locator('h1').textContent()).toBe('Sergei Duvanov');
        const item = page.locator('section[data-type="REPRESENTS"] li.relationship').filter({ hasText: 'Maria Pulman' });
        expect(await item.locator('.summary .disputed-badge').count()).toBe(1);
        expect(await item.locator('.side').evaluateAll((sides) => sides.map((s) => s.getAttribute('data-side')))).toEqual([
          'REPORTED',
          'DENIED',
        ]);
        const disputes = page.locator('.disagreements .dispute');
        expect(await disputes.evaluateAll((items) => items.map((d) => d.getAttribute('data-aspect')).sort())).toEqual(['date', 'status']);
        expect(await page.locator('.disagreements .dispute[data-aspect="status"] .side[data-side="DENIED"] blockquote').textContent()).toBe(
          DENIAL_QUOTE,
        );
        expect(
          await page
            .locator('.disagreements .dispute[data-aspect="date"] .side')
            .evaluateAll((sides) => sides.map((s) => s.getAttribute('data-side'))),
        ).toEqual(['2002-10', '2002-11-02']);
        expect(await page.locator('.articles li').allTextContents()).toEqual(
          expect.arrayContaining([expect.stringContaining(DENIAL_TITLE)]),
        );
        await page.screenshot({ path: join(shots, `explorer-${serverStore.name}-entity-disputed.png`), fullPage: true });
      } finally {
        await page.close();
      }
    }, 180_000);

    it('sent every request to this server and logged no error', () => {
      expect(requests.length).toBeGreaterThan(10);
      expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}
