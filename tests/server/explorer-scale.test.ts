import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/domain/entity.js';
import type { RelationshipRecord } from '../../src/domain/relationship.js';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import { describeBrowser, launchChromium } from '../support/browser.js';
import { startServer, type ServerProcess } from '../support/server-process.js';

/*
 * A hub with 1,500 members: the explorer asks for a bounded neighbourhood, draws 40 of them, says how many
 * it left out, and draws more on request, without ever asking for the whole graph.
 */

const MEMBERS = 1500;
const HUB = 'organisation:hub';

async function writeHubGraph(dir: string): Promise<void> {
  const store = await openEmbeddedStore(dir);
  await store.migrate();
  const people: Array<Omit<EntityRecord, 'mentions'>> = Array.from({ length: MEMBERS }, (_, i) => ({
    id: `person:member-${String(i).padStart(4, '0')}`,
    type: 'PERSON',
    name: `Member ${String(i).padStart(4, '0')}`,
    aliases: [],
    roles: [],
    kind: null,
    date: null,
    dates: [],
    disputed: false,
  }));
  const relationships: RelationshipRecord[] = people.map((p, i) => ({
    id: `rel:member-${i}`,
    type: 'MEMBER_OF',
    sourceId: p.id,
    targetId: HUB,
    status: 'REPORTED',
    disputed: false,
    role: null,
    start: null,
    end: null,
    citations: [
      { articleId: 'article:hub', quote: 'All of them are members.', status: 'REPORTED', saidBy: null, start: null, end: null, asOf: null },
    ],
  }));
  await store.writeDocument({
    article: {
      id: 'article:hub',
      title: 'The hub',
      url: null,
      author: null,
      publisher: null,
      publishedAt: null,
      text: 'All of them are members.',
    },
    entities: [
      { id: HUB, type: 'ORGANISATION', name: 'The Hub', aliases: [], roles: [], kind: 'NGO', date: null, dates: [], disputed: false },
      ...people,
    ],
    mentions: [],
    relationships,
  });
  await store.close();
}

describeBrowser('the explorer on a hub of 1,500 members', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-hub-'));
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    await writeHubGraph(dir);
    server = await startServer({ NEO4J_URI: '', KG_DATA_DIR: dir, KG_SEED_ON_START: '0' });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws a bounded neighbourhood, counts what it left out, and shows more on request', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const asked: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && asked.push(r.postData() ?? ''));
    await page.goto(`${server.url}/explore?focus=${HUB}`);
    const leftOut = page.locator('.left-out p');
    await expect.poll(() => leftOut.textContent()).toMatch(/^At least 159 left out around The Hub/);
    const count = () => page.evaluate(() => (window as any).kgExplorer.cy.nodes().length as number);
    expect(await count()).toBe(41);
    await leftOut.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(count).toBe(81);
    expect(await leftOut.textContent()).toMatch(/^At least 119 left out/);
    expect(asked.every((body) => !/neighbourhood/.test(body) || /"limit":200/.test(body))).toBe(true);
    await page.close();
  }, 120_000);
});
