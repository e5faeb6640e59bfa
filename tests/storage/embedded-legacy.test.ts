import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import { DATABASE_FILE_NAME } from '../../src/storage/embedded/connection.js';
import { MIGRATIONS } from '../../src/storage/embedded/schema.js';

/** A data directory as an earlier version left it: schema v3, one fact held twice under two statuses. */
function legacyDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-legacy-'));
  const db = new Database(join(dir, DATABASE_FILE_NAME));
  for (const sql of MIGRATIONS.slice(0, 3)) db.exec(sql);
  db.exec(`
    INSERT INTO articles (id, title, text) VALUES ('article:a', 'A', 'Pulman is his lawyer.'), ('article:b', 'B', 'Pulman denies it.');
    INSERT INTO entities (id, type, name, aliases, roles, search_keys) VALUES
      ('person:maria-pulman', 'PERSON', 'Maria Pulman', '[]', '[]', 'maria pulman'),
      ('person:sergei-duvanov', 'PERSON', 'Sergei Duvanov', '[]', '[]', 'sergei duvanov');
    INSERT INTO relationships (id, type, source_id, target_id, status) VALUES
      ('rel:old-reported', 'REPRESENTS', 'person:maria-pulman', 'person:sergei-duvanov', 'REPORTED'),
      ('rel:old-denied', 'REPRESENTS', 'person:maria-pulman', 'person:sergei-duvanov', 'DENIED');
    INSERT INTO citations (relationship_id, article_id, quote) VALUES
      ('rel:old-reported', 'article:a', 'Pulman is his lawyer'), ('rel:old-denied', 'article:b', 'Pulman denies it');
    PRAGMA user_version = 3;`);
  db.close();
  return dir;
}

describe('an embedded store written by an earlier version', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is migrated to one relationship per fact, each citation keeping the status it had, the disagreement visible', async () => {
    dir = legacyDataDir();
    const store = await openEmbeddedStore(dir);
    try {
      const [relations] = await store.getRelations([{ entityId: 'person:maria-pulman', types: null, direction: 'OUT', first: 10 }]);
      expect(relations).toHaveLength(1);
      expect(relations[0]).toMatchObject({ type: 'REPRESENTS', status: 'ALLEGED', disputed: true });
      expect(relations[0].id).not.toMatch(/old/);
      expect(relations[0].citations.map((c) => [c.articleId, c.status])).toEqual([
        ['article:a', 'REPORTED'],
        ['article:b', 'DENIED'],
      ]);
      expect(await store.listDisputes({ first: 5 })).toEqual([
        { id: `dispute:status:${relations[0].id}`, aspect: 'status', subjectId: relations[0].id },
      ]);
    } finally {
      await store.close();
    }
  });
});

describe('an embedded store written before facts were kept one row per source (schema v4)', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("moves each entity's facts into rows by source, keeping every entry, and drops the column", async () => {
    const a = { articleId: 'article:a', publishedAt: null, name: 'Maria Pulman', aliases: [], roles: ['lawyer'], kind: null, date: null };
    const a2 = { ...a, name: 'M. Pulman' }; // a merge left two from one article
    const b = { ...a, articleId: 'article:b', roles: [] };
    const editor = { articleId: null, addedAliases: ['Masha'], removedAliases: [] };
    const legacy = { ...a, articleId: 'legacy:' };
    dir = mkdtempSync(join(tmpdir(), 'kg-legacy-facts-'));
    const db = new Database(join(dir, DATABASE_FILE_NAME));
    for (const sql of MIGRATIONS.slice(0, 4)) db.exec(sql);
    db.prepare(`INSERT INTO entities (id, type, name, aliases, roles, search_keys, facts) VALUES
      ('person:maria-pulman', 'PERSON', 'Maria Pulman', '[]', '[]', 'maria pulman', ?),
      ('person:sergei-duvanov', 'PERSON', 'Sergei Duvanov', '[]', '[]', 'sergei duvanov', '[]')`).run(
      JSON.stringify([b, editor, a, legacy, a2]),
    );
    db.exec('PRAGMA user_version = 4');
    db.close();
    const store = await openEmbeddedStore(dir);
    try {
      // read by source id: article:a (in the order held), article:b, editor:, legacy:
      expect(await store.getEntityFacts(['person:maria-pulman', 'person:sergei-duvanov'])).toEqual([[a, a2, b, editor, legacy], []]);
    } finally {
      await store.close();
    }
    const after = new Database(join(dir, DATABASE_FILE_NAME));
    try {
      const columns = (after.prepare('PRAGMA table_info(entities)').all() as Array<{ name: string }>).map((c) => c.name);
      expect(columns).not.toContain('facts');
      expect(after.prepare('SELECT source_id FROM entity_facts ORDER BY source_id').all()).toEqual(
        ['article:a', 'article:b', 'editor:', 'legacy:'].map((source_id) => ({ source_id })),
      );
    } finally {
      after.close();
    }
  });
});
