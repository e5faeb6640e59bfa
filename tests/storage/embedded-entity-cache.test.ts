import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/domain/entity.js';
import { EmbeddedGraphStore } from '../../src/storage/embedded/index.js';
import type { DocumentWrite } from '../../src/storage/graph-store.js';
import { ARTICLE_B, DOCUMENT_A, DUVANOV, KUSHIM, ZHOVTIS } from './fixtures.js';

// The embedded store keeps parsed entity records between reads (entity-cache.ts). Whatever writes an
// entity, and whoever does, the next read must give the row as it is now.

/** A second article that gives Duvanov another alias. */
const withAlias = (alias: string): DocumentWrite => ({
  article: { ...ARTICLE_B, id: `article:alias-${alias.replace(/\W/g, '-').toLowerCase()}` },
  entities: [{ ...DUVANOV, aliases: [...DUVANOV.aliases, alias] }],
  mentions: [],
  relationships: [],
});

const node = async (store: EmbeddedGraphStore, id: string) => (await store.getNodes([id]))[0] as EntityRecord | null;
const candidates = async (store: EmbeddedGraphStore, name: string) =>
  (await store.matchCandidatesBatch([{ name, types: ['PERSON'], first: 10 }]))[0];

describe('embedded store: entity records kept between reads', () => {
  let dataDir = '';
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kg-entity-cache-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reads its own later writes, by id and by match keys', async () => {
    const store = await EmbeddedGraphStore.open(dataDir);
    try {
      await store.writeDocument(DOCUMENT_A);
      expect((await node(store, DUVANOV.id))?.aliases).toEqual(['Sergey Duvanov']);
      expect((await candidates(store, 'Sergei Duvanov')).map((c) => c.aliases)).toEqual([['Sergey Duvanov']]);
      await store.writeDocument(withAlias('Serzhan Duvanov'));
      expect((await node(store, DUVANOV.id))?.aliases).toEqual(['Sergey Duvanov', 'Serzhan Duvanov']);
      expect((await candidates(store, 'Sergei Duvanov')).map((c) => c.aliases)).toEqual([['Sergey Duvanov', 'Serzhan Duvanov']]);
      expect((await candidates(store, 'Serzhan Duvanov')).map((c) => c.id)).toEqual([DUVANOV.id]);
    } finally {
      await store.close();
    }
  });

  it('finds a new entity by a match key it looked up before', async () => {
    const store = await EmbeddedGraphStore.open(dataDir);
    try {
      await store.writeDocument(DOCUMENT_A);
      expect((await candidates(store, 'Kushim')).map((c) => c.id)).toEqual([KUSHIM.id]);
      const brother = { ...KUSHIM, id: 'person:yerlan-kushim', name: 'Yerlan Kushim' };
      await store.writeDocument({ article: ARTICLE_B, entities: [brother], mentions: [], relationships: [] });
      expect((await candidates(store, 'Kushim')).map((c) => c.id).sort()).toEqual([KUSHIM.id, brother.id].sort());
    } finally {
      await store.close();
    }
  });

  it('reads a renamed entity under its new id only', async () => {
    const store = await EmbeddedGraphStore.open(dataDir);
    try {
      await store.writeDocument(DOCUMENT_A);
      expect((await node(store, KUSHIM.id))?.name).toBe('Dos Kushim');
      const renamed = { ...KUSHIM, id: 'person:dos-kushim-2', name: 'Dos Kushim' };
      await store.writeDocument({
        article: ARTICLE_B,
        entities: [renamed],
        mentions: [],
        relationships: [],
        renames: [{ from: KUSHIM.id, to: renamed.id }],
      });
      expect(await node(store, KUSHIM.id)).toBeNull();
      expect((await node(store, renamed.id))?.id).toBe(renamed.id);
    } finally {
      await store.close();
    }
  });

  it('forgets what a rolled-back document wrote, even when it was read inside that transaction', async () => {
    const store = await EmbeddedGraphStore.open(dataDir);
    try {
      await store.writeDocument(DOCUMENT_A);
      expect((await node(store, DUVANOV.id))?.aliases).toEqual(['Sergey Duvanov']);
      let seenInside: EntityRecord | null = null;
      await expect(
        store.writeDocument(withAlias('Serzhan Duvanov'), {
          onStep: (step) => {
            if (step !== 'entities') return;
            // the read runs at once, inside the open transaction, and sees the uncommitted alias
            void store.getNodes([DUVANOV.id]).then(([record]) => {
              seenInside = record as EntityRecord;
            });
            throw new Error('stop after the entities');
          },
        }),
      ).rejects.toThrow('stop after the entities');
      expect((seenInside as EntityRecord | null)?.aliases).toEqual(['Sergey Duvanov', 'Serzhan Duvanov']);
      expect((await node(store, DUVANOV.id))?.aliases).toEqual(['Sergey Duvanov']);
      expect((await candidates(store, 'Serzhan Duvanov')).map((c) => c.aliases)).toEqual([['Sergey Duvanov']]);
    } finally {
      await store.close();
    }
  });

  it('reads what another connection committed (a CLI ingest beside a running server)', async () => {
    const server = await EmbeddedGraphStore.open(dataDir);
    const cli = await EmbeddedGraphStore.open(dataDir);
    try {
      await server.writeDocument(DOCUMENT_A);
      expect((await node(server, DUVANOV.id))?.aliases).toEqual(['Sergey Duvanov']);
      await cli.writeDocument(withAlias('Serzhan Duvanov'));
      expect((await node(server, DUVANOV.id))?.aliases).toEqual(['Sergey Duvanov', 'Serzhan Duvanov']);
      expect((await candidates(server, 'Serzhan Duvanov')).map((c) => c.id)).toEqual([DUVANOV.id]);
    } finally {
      await cli.close();
      await server.close();
    }
  });

  it('answers whole when it keeps fewer records than a read asks for, and shares them read-only', async () => {
    const store = await EmbeddedGraphStore.open(dataDir, { entityCacheSize: 2 });
    try {
      await store.writeDocument(DOCUMENT_A);
      const ids = DOCUMENT_A.entities.map((e) => e.id);
      for (let round = 0; round < 3; round++) {
        expect((await store.getNodes(ids)).map((n) => n?.id)).toEqual(ids);
      }
      const [kept] = await store.getNodes([ZHOVTIS.id]);
      expect(() => {
        (kept as EntityRecord).aliases.push('mutated');
      }).toThrow(TypeError);
    } finally {
      await store.close();
    }
  });
});
