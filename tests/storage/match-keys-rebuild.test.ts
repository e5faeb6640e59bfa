import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/domain/entity.js';
import { MATCH_KEYS_FINGERPRINT, matchKeysOf } from '../../src/resolution/match-keys.js';
import { openDatabase } from '../../src/storage/embedded/connection.js';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import type { DocumentWrite, GraphStore } from '../../src/storage/graph-store.js';
import { openNeo4jStore } from '../../src/storage/neo4j/index.js';
import { describeNeo4j, resetNeo4jDatabase, useNeo4jTestClient } from '../support/neo4j.js';
import { ARTICLE_A } from './fixtures.js';

// A store built under older match-key rules keeps its entities' old keys until migrate sees that the rules'
// fingerprint changed: then it rebuilds them all, and only then.

const MVD: EntityRecord = {
  id: 'organisation:mvd-kazakhstan',
  type: 'ORGANISATION',
  name: 'Ministry of Internal Affairs of Kazakhstan',
  aliases: [],
  roles: [],
  kind: 'GOVERNMENT_BODY',
  date: null,
  dates: [],
  disputed: false,
};
const DOCUMENT: DocumentWrite = { article: { ...ARTICLE_A, id: 'article:mvd' }, entities: [MVD], mentions: [], relationships: [] };
// "older rules": the whole name only, so another wording of the name finds nothing until the rebuild
const STALE_KEYS = matchKeysOf(MVD).filter((k) => k.startsWith('n_'));
const OLD_FINGERPRINT = 'rules-of-before';

async function interiorMinistry(store: GraphStore): Promise<string[]> {
  const [found] = await store.matchCandidatesBatch([{ name: 'Interior Ministry of Kazakhstan', types: ['ORGANISATION'], first: 5 }]);
  return found.map((e) => e.id);
}

describe('embedded store: match keys built under other rules', () => {
  let dataDir = '';
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kg-match-keys-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  /** Writes the stale keys, and `fingerprint` as the one they were built under (null: none kept, as before v10). */
  function makeStale(fingerprint: string | null, dropMeta = false): void {
    const db = openDatabase(join(dataDir, 'kg.sqlite'));
    try {
      db.exec('DELETE FROM entity_match_keys');
      const insert = db.prepare('INSERT INTO entity_match_keys (key, type, seq) SELECT ?, type, seq FROM entities WHERE id = ?');
      for (const key of STALE_KEYS) insert.run(key, MVD.id);
      db.exec('DELETE FROM store_meta');
      if (fingerprint !== null) db.prepare("INSERT INTO store_meta (key, value) VALUES ('match_keys_fingerprint', ?)").run(fingerprint);
      if (dropMeta) db.exec('DROP TABLE store_meta; PRAGMA user_version = 9;');
    } finally {
      db.close();
    }
  }

  const keptFingerprint = (): unknown => {
    const db = openDatabase(join(dataDir, 'kg.sqlite'));
    try {
      return db.prepare("SELECT value FROM store_meta WHERE key = 'match_keys_fingerprint'").pluck().get();
    } finally {
      db.close();
    }
  };

  async function withStore<T>(use: (store: GraphStore) => Promise<T>): Promise<T> {
    const store = await openEmbeddedStore(dataDir);
    try {
      return await use(store);
    } finally {
      await store.close();
    }
  }

  it('keeps the fingerprint of a fresh store and finds by the current keys', async () => {
    await withStore(async (store) => {
      await store.writeDocument(DOCUMENT);
      expect(await interiorMinistry(store)).toEqual([MVD.id]);
    });
    expect(keptFingerprint()).toBe(MATCH_KEYS_FINGERPRINT);
  });

  it.each([
    ['another fingerprint', OLD_FINGERPRINT, false],
    ['no fingerprint (a store from before v10)', null, true],
  ])('rebuilds keys kept under %s on open, and only once', async (_what, fingerprint, dropMeta) => {
    await withStore((store) => store.writeDocument(DOCUMENT));
    makeStale(fingerprint, dropMeta);
    await withStore(async (store) => {
      expect(await interiorMinistry(store)).toEqual([MVD.id]);
    });
    expect(keptFingerprint()).toBe(MATCH_KEYS_FINGERPRINT);
    // same rules: stale keys written behind the store's back stay, so nothing was rebuilt
    makeStale(MATCH_KEYS_FINGERPRINT);
    await withStore(async (store) => {
      await store.migrate();
      expect(await interiorMinistry(store)).toEqual([]);
    });
  });

  it('rebuilds on migrate() of an open store, and its cached lookups follow', async () => {
    await withStore(async (store) => {
      await store.writeDocument(DOCUMENT);
      makeStale(OLD_FINGERPRINT);
      expect(await interiorMinistry(store)).toEqual([]);
      await store.migrate();
      expect(await interiorMinistry(store)).toEqual([MVD.id]);
    });
  });
});

describeNeo4j('Neo4j store: match keys built under other rules', (config) => {
  const client = useNeo4jTestClient();
  let store: GraphStore;
  beforeEach(async () => {
    store = await openNeo4jStore(config);
    await store.migrate();
    await resetNeo4jDatabase(client());
  });
  afterEach(() => store.close());

  const makeStale = (fingerprint: string | null) =>
    client().write(async (tx) => {
      await tx.run('MATCH (e:Entity {id: $id}) SET e.match_keys = $keys', { id: MVD.id, keys: STALE_KEYS.join(' ') });
      await tx.run("MERGE (l:DocumentWriteLock {name: 'documents'}) SET l.match_keys_fingerprint = $fingerprint", { fingerprint });
    });
  const keptFingerprint = async () =>
    (await client().read("MATCH (l:DocumentWriteLock {name: 'documents'}) RETURN l.match_keys_fingerprint AS f"))[0]?.f;

  it('keeps the fingerprint on migrating an empty database', async () => {
    await store.migrate();
    expect(await keptFingerprint()).toBe(MATCH_KEYS_FINGERPRINT);
  });

  it.each([
    ['another fingerprint', OLD_FINGERPRINT],
    ['no fingerprint', null],
  ])('rebuilds keys kept under %s on migrate, and only once', async (_what, fingerprint) => {
    await store.writeDocument(DOCUMENT);
    expect(await interiorMinistry(store)).toEqual([MVD.id]);
    await makeStale(fingerprint);
    expect(await interiorMinistry(store)).toEqual([]);
    await store.migrate();
    expect(await interiorMinistry(store)).toEqual([MVD.id]);
    expect(await keptFingerprint()).toBe(MATCH_KEYS_FINGERPRINT);
    // same rules: stale keys written behind the store's back stay, so nothing was rebuilt
    await makeStale(MATCH_KEYS_FINGERPRINT);
    await store.migrate();
    expect(await interiorMinistry(store)).toEqual([]);
  });
});
