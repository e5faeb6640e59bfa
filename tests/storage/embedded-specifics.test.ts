import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError, UniquenessViolationError } from '../../src/domain/errors.js';
import { openDatabase } from '../../src/storage/embedded/connection.js';
import { toDomainError } from '../../src/storage/embedded/errors.js';
import { EmbeddedGraphStore, openEmbeddedStore } from '../../src/storage/embedded/index.js';
import { MATCH_KEY_LOOKUP } from '../../src/storage/embedded/match-keys.js';
import { RELATION_PAGE_STATEMENTS } from '../../src/storage/embedded/reads.js';
import { migrateSchema, SCHEMA_VERSION } from '../../src/storage/embedded/schema.js';
import { trigramMatchExpression } from '../../src/storage/embedded/search.js';
import type { DocumentWrite } from '../../src/storage/graph-store.js';
import { ARTICLE_A, DOCUMENT_A, DUVANOV } from './fixtures.js';

describe('embedded store specifics', () => {
  let dataDir = '';
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kg-embedded-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('gives a bulk load its review items a page at a time, each once, in id order', async () => {
    const store = await EmbeddedGraphStore.open(dataDir);
    try {
      const ids = ['candidate:e', 'candidate:a', 'candidate:g', 'candidate:c', 'candidate:b', 'candidate:f', 'candidate:d'];
      await store.recordDuplicateCandidates(
        ids.map((id, i) => ({ id, entityIds: [`person:x${i}`, `person:y${i}`], score: 0.8, reason: 'similar name' })),
      );
      const pages: string[][] = [];
      for await (const page of store.stagedDuplicateCandidates(3)) pages.push(page.map((c) => c.id));
      expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
      expect(pages.flat()).toEqual([...ids].sort());
    } finally {
      await store.close();
    }
  });

  it('keeps its data in kg.sqlite across close and reopen, in WAL mode', async () => {
    const first = await openEmbeddedStore(join(dataDir, 'nested', 'dir'));
    await first.writeDocument(DOCUMENT_A);
    await first.close();
    await first.close(); // closing twice is harmless
    const again = await openEmbeddedStore(join(dataDir, 'nested', 'dir'));
    expect((await again.getNodes([DUVANOV.id]))[0]?.id).toBe(DUVANOV.id);
    await again.close();
    const raw = new Database(join(dataDir, 'nested', 'dir', 'kg.sqlite'), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
  });

  it('opens a throwaway in-memory store for ":memory:"', async () => {
    const store = await openEmbeddedStore(':memory:');
    await store.writeDocument(DOCUMENT_A);
    expect(await store.countArticles()).toBe(1);
    await store.close();
  });

  it('refuses a database from a newer schema version', async () => {
    const raw = new Database(join(dataDir, 'kg.sqlite'));
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    await expect(openEmbeddedStore(dataDir)).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('rejects a document that refers to an entity nobody stored, writing none of it', async () => {
    const store = await openEmbeddedStore(dataDir);
    const dangling = { ...DOCUMENT_A, entities: DOCUMENT_A.entities.filter((e) => e.id !== DUVANOV.id) };
    // the change set is checked before it is applied, as on Neo4j: the missing entity is named
    await expect(store.writeDocument(dangling)).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining(DUVANOV.id) });
    expect(await store.countArticles()).toBe(0);
    await store.close();
  });

  it('reports a data directory it cannot use as unavailable', async () => {
    const notADirectory = join(dataDir, 'file');
    writeFileSync(notADirectory, 'x');
    await expect(openEmbeddedStore(notADirectory)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });

  it('reports a closed store as unavailable', async () => {
    const store = await openEmbeddedStore(dataDir);
    await store.close();
    await expect(store.countArticles()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });

  it('asks the index for at least 50 candidates, or five per wanted hit', async () => {
    const store = await openEmbeddedStore(dataDir);
    const namesakes: DocumentWrite['entities'] = Array.from({ length: 120 }, (_, i) => ({
      ...DUVANOV,
      id: `person:duvanov-${String(i).padStart(3, '0')}`,
      name: `Duvanov ${i}`,
      aliases: [],
    }));
    await store.writeDocument({ article: ARTICLE_A, entities: namesakes, mentions: [], relationships: [] });
    expect(await store.searchCandidates({ query: 'Duvanov', types: null, first: 1 })).toHaveLength(50);
    expect(await store.searchCandidates({ query: 'Duvanov', types: null, first: 20 })).toHaveLength(100);
    expect(await store.searchCandidates({ query: 'Duvanov', types: null, first: 0 })).toEqual([]);
    await store.close();
  });
});

describe('trigramMatchExpression', () => {
  it('ORs the quoted trigrams of every token, once each', () => {
    expect(trigramMatchExpression(['nazar', 'aza'])).toBe('"naz" OR "aza" OR "zar"');
  });

  it('stays bounded for a pasted paragraph', () => {
    const tokens = Array.from({ length: 200 }, (_, i) => `word${i}x`);
    expect(trigramMatchExpression(tokens)?.split(' OR ')).toHaveLength(100);
  });

  it('has nothing to match for tokens shorter than three letters', () => {
    expect(trigramMatchExpression(['ak', 'li'])).toBeNull();
    expect(trigramMatchExpression([])).toBeNull();
  });
});

describe('toDomainError', () => {
  it('turns a SQLite uniqueness failure into UniquenessViolationError, keeping the cause', () => {
    const db = new Database(':memory:');
    db.exec("CREATE TABLE t (id TEXT PRIMARY KEY); INSERT INTO t VALUES ('x')");
    let caught: unknown;
    try {
      db.exec("INSERT INTO t VALUES ('x')");
    } catch (error) {
      caught = error;
    }
    db.close();
    const translated = toDomainError(caught);
    expect(translated).toBeInstanceOf(UniquenessViolationError);
    expect((translated as UniquenessViolationError).cause).toBe(caught);
  });

  it('passes other errors through untouched', () => {
    const own = new Error('thrown by onStep');
    expect(toDomainError(own)).toBe(own);
  });
});

describe('openDatabase durability', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("fsyncs every commit by default, and not in a scratch store (kg bulk-load's staging)", () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-sync-'));
    const durable = openDatabase(join(dir, 'durable.sqlite'));
    const scratch = openDatabase(join(dir, 'scratch.sqlite'), { durable: false });
    try {
      // 2 = FULL, 0 = OFF (https://www.sqlite.org/pragma.html#pragma_synchronous)
      expect(durable.pragma('synchronous', { simple: true })).toBe(2);
      expect(scratch.pragma('synchronous', { simple: true })).toBe(0);
      expect(scratch.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      durable.close();
      scratch.close();
    }
  });

  // two `kg ingest`s on a fresh data directory open the new file at once (tests/cli/concurrent-ingest
  // failed in CI on this): here another process is writing the new file while we switch it to WAL
  it('switches a new file to WAL while another process is writing it, waiting instead of failing', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-wal-'));
    const file = join(dir, 'kg.sqlite');
    new Database(file).exec('CREATE TABLE t (x)').close();
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `
      const db = new (require('better-sqlite3'))(process.argv[1]);
      db.exec('BEGIN IMMEDIATE'); db.prepare('INSERT INTO t VALUES (1)').run();
      console.log('holding'); setTimeout(() => { db.exec('COMMIT'); db.close(); }, 400);`,
        file,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise((resolve) => holder.on('exit', resolve));
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    try {
      const db = openDatabase(file);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
    } finally {
      await exited;
    }
  });

  // a hub's page of 10 must not read and sort its thousands of edges: each direction comes off an
  // (end, type, id) index in page order, and SQLite merges the two and stops at `first`
  it('reads a relationship page off the indexes in its own order, with no sort', () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-plan-'));
    const db = openDatabase(join(dir, 'kg.sqlite'));
    try {
      migrateSchema(db);
      for (const sql of RELATION_PAGE_STATEMENTS) {
        const plan = (
          db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ entityId: 'x', out: 1, in: 1, first: 10, types: '["FRIEND_OF"]' }) as Array<{
            detail: string;
          }>
        )
          .map((row) => row.detail)
          .join('\n');
        expect(plan).toContain('MERGE (UNION ALL)');
        expect(plan).toMatch(/relationships_by_source_type/);
        expect(plan).toMatch(/relationships_by_target_type/);
        expect(plan).not.toMatch(/TEMP B-TREE/);
      }
    } finally {
      db.close();
    }
  });

  // a common blocking key (w_of) has tens of thousands of rows at 100k entities: a lookup must take the
  // oldest of each type off the primary key and stop, never read and sort them all
  it("reads a blocking key's oldest rows off the primary key per type, merged, with no sort", () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-plan-'));
    const db = openDatabase(join(dir, 'kg.sqlite'));
    try {
      migrateSchema(db);
      const insert = db.prepare('INSERT INTO entity_match_keys (key, type, seq) VALUES (?, ?, ?)');
      for (let seq = 1; seq <= 400; seq++) insert.run('w_of', ['PERSON', 'ORGANISATION', 'EVENT', 'PLACE'][seq % 4], seq);
      const params = { key: 'w_of', limit: 64, type0: 'PERSON', type1: 'ORGANISATION', type2: null, type3: 'PLACE' };
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${MATCH_KEY_LOOKUP}`).all(params) as Array<{ detail: string }>)
        .map((row) => row.detail)
        .join('\n');
      expect(plan).toContain('MERGE (UNION ALL)');
      expect(plan).toContain('USING PRIMARY KEY (key=? AND type=?)');
      expect(plan).not.toMatch(/TEMP B-TREE/);
      // the answer: the 64 oldest of the types asked, in seq order (EVENT, seq % 4 === 2, left out)
      const expected = Array.from({ length: 400 }, (_, i) => i + 1)
        .filter((seq) => seq % 4 !== 2)
        .slice(0, 64);
      expect(db.prepare(MATCH_KEY_LOOKUP).pluck().all(params)).toEqual(expected);
    } finally {
      db.close();
    }
  });
});
