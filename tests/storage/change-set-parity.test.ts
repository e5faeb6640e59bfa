import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyChangeSet, type ChangeSet } from '../../src/domain/change-set.js';
import { relationshipDisputes } from '../../src/domain/disputes.js';
import { newEditRecord } from '../../src/domain/editing.js';
import { entityFactRows } from '../../src/domain/fact-rows.js';
import { rekeyedRelationship, relationshipIdFor } from '../../src/domain/ids.js';
import type { RelationshipRecord } from '../../src/domain/relationship.js';
import { openEmbeddedStore } from '../../src/storage/embedded/index.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { openNeo4jStore } from '../../src/storage/neo4j/index.js';
import { describeNeo4j, resetNeo4jDatabase, useNeo4jTestClient } from '../support/neo4j.js';
import { ARTICLE_A, ARTICLE_B, cite, DUVANOV, KIBHR, ZHOVTIS } from './fixtures.js';

/*
 * The same change sets, applied by each store's one executor, must leave the same graph: every write the
 * product makes (a document, an editor's merge or verdict, a bulk load's batch) is one of these.
 */

const AUTHOR = { editor: 'ada', note: 'parity' };
// recorded ids and times, so that each store gets the very same change sets
const as = (id: string, at: string) => ({ ...AUTHOR, recorded: { id, at } });
const ZHOVTIS_RENAMED = 'person:yevgeniy-zhovtis';

const relationship = (type: string, sourceId: string, targetId: string, extra: Partial<RelationshipRecord> = {}): RelationshipRecord => ({
  id: relationshipIdFor(type, sourceId, targetId, null),
  type,
  sourceId,
  targetId,
  status: 'REPORTED',
  disputed: false,
  role: null,
  start: null,
  end: null,
  citations: cite(ARTICLE_A, `${type} quote`),
  ...extra,
});

// FRIEND_OF is symmetric: stored once, ends in id order, so renaming Zhovtis past Duvanov turns it round
const FRIENDS = relationship('FRIEND_OF', DUVANOV.id, ZHOVTIS.id);
const MEMBER = relationship('MEMBER_OF', ZHOVTIS.id, KIBHR.id, { disputed: true, status: 'DENIED' });
const REPRESENTS = relationship('REPRESENTS', ZHOVTIS.id, DUVANOV.id);

/** An article's document: its entities, mentions, facts and relationships, with a review item, its history and its text. */
function documentSet(): ChangeSet {
  const set = emptyChangeSet();
  const ingest = newEditRecord(as('edit:ingest', '2026-12-01T10:00:00.000Z'), 'INGEST', [ARTICLE_A.id, DUVANOV.id], 'ingested', {});
  set.articles = [ARTICLE_A];
  set.putEntities = [DUVANOV, ZHOVTIS, KIBHR];
  set.mentions = [
    {
      replace: 'article',
      articleId: ARTICLE_A.id,
      rows: [DUVANOV, ZHOVTIS].map((e) => ({ entityId: e.id, articleId: ARTICLE_A.id, quotes: [`${e.name} said`, 'both'] })),
    },
  ];
  const facts = { articleId: ARTICLE_A.id, name: 'Sergei Duvanov', aliases: [], roles: ['journalist'], kind: null, dates: [] };
  set.facts = [{ replace: 'source', sourceId: ARTICLE_A.id, rows: entityFactRows(DUVANOV.id, [facts as never]) }];
  set.relationships = [FRIENDS, MEMBER, REPRESENTS].map((record) => ({
    replace: 'article',
    articleId: ARTICLE_A.id,
    type: record.type as never,
    record,
  }));
  set.disputes = { subjectIds: [MEMBER.id], markers: relationshipDisputes(MEMBER) };
  set.reviewItems = [{ id: `duplicate:${DUVANOV.id}+${ZHOVTIS.id}`, entityIds: [DUVANOV.id, ZHOVTIS.id], score: 0.7, reason: 'parity' }];
  set.history = [ingest];
  set.documents = [{ articleId: ARTICLE_A.id, document: '{"kind":"parity"}', editId: ingest.id }];
  return set;
}

/** Zhovtis renamed: his id follows his name, his edges are re-keyed (the friendship turned round), markers move. */
function renameSet(): ChangeSet {
  const set = emptyChangeSet();
  set.renames = [{ from: ZHOVTIS.id, to: ZHOVTIS_RENAMED }];
  set.rekeys = [FRIENDS, MEMBER, REPRESENTS].map((r) => {
    const next = rekeyedRelationship(r, ZHOVTIS.id, ZHOVTIS_RENAMED);
    return { from: r.id, to: next.id, type: r.type as never, sourceId: next.sourceId, targetId: next.targetId, flipped: next.flipped };
  });
  set.putEntities = [{ ...ZHOVTIS, id: ZHOVTIS_RENAMED, name: 'Yevgeniy Zhovtis' }];
  const memberAfter = set.rekeys.find((k) => k.from === MEMBER.id)!.to;
  set.disputes = { subjectIds: [ZHOVTIS.id, MEMBER.id, memberAfter], markers: relationshipDisputes({ id: memberAfter, disputed: true }) };
  return set;
}

/** An editor's write: a relationship written whole with a verdict, one deleted, an entity deleted and redirected. */
function editSet(): ChangeSet {
  const set = emptyChangeSet();
  const represents = rekeyedRelationship(REPRESENTS, ZHOVTIS.id, ZHOVTIS_RENAMED);
  const friends = rekeyedRelationship(FRIENDS, ZHOVTIS.id, ZHOVTIS_RENAMED);
  const edit = newEditRecord(as('edit:verdict', '2026-12-02T10:00:00.000Z'), 'VERDICT', [represents.id], 'confirmed', {});
  const record = { ...REPRESENTS, ...represents, citations: [...cite(ARTICLE_A, 'REPRESENTS quote'), ...cite(ARTICLE_B, 'again')] };
  set.articles = [ARTICLE_B];
  set.deleteRelationships = [
    { id: represents.id, type: 'REPRESENTS' },
    { id: friends.id, type: 'FRIEND_OF' },
  ];
  set.relationships = [
    {
      replace: 'all',
      type: 'REPRESENTS',
      record,
      verdict: { status: 'CONFIRMED', editor: 'ada', note: 'checked', at: edit.at, editId: edit.id },
    },
  ];
  set.redirects = [{ id: 'person:old-duvanov', into: DUVANOV.id }];
  set.dropUnheldEntities = [KIBHR.id]; // still held by the membership: kept, its digest gone
  set.history = [edit];
  return set;
}

async function everything(store: GraphStore) {
  const entities = await store.listEntities({ type: null, after: null, first: 100 });
  const ids = entities.map((e) => e.id);
  const relations = await store.getRelations(ids.map((entityId) => ({ entityId, types: null, direction: 'BOTH' as const, first: 100 })));
  const relationshipIds = [...new Set(relations.flat().map((r) => r.id))].sort();
  return {
    entities,
    articles: await store.listArticles({ after: null, first: 100 }),
    relations,
    mentions: await store.getMentions(ids),
    facts: await store.getEntityFacts(ids),
    digests: await store.getEntityDigests(ids),
    disputes: await store.listDisputes({ first: 100 }),
    verdicts: await store.getVerdicts(relationshipIds),
    history: (await store.getHistory([...ids, ...relationshipIds, ARTICLE_A.id], 10)).map((h) => h.map((e) => e.id)),
    redirects: await store.resolveMergedIds([ZHOVTIS.id, 'person:old-duvanov', DUVANOV.id]),
    reviewItems: await store.listDuplicateCandidates({ first: 10 }),
    documents: (await store.listIngestedDocuments({ after: null, first: 10 })).map((d) => [d.articleId, d.document, d.editId]),
  };
}

describeNeo4j('change sets on both stores', (config) => {
  const client = useNeo4jTestClient();
  let dir: string;
  let stores: GraphStore[] = [];
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-change-sets-'));
    const neo4j = await openNeo4jStore(config);
    await neo4j.migrate();
    await resetNeo4jDatabase(client());
    const embedded = await openEmbeddedStore(dir);
    await embedded.migrate();
    stores = [embedded, neo4j];
  });
  afterEach(async () => {
    for (const store of stores) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe.each([
    ['a document', [documentSet]],
    ['a document, then a rename', [documentSet, renameSet]],
    ['a document, a rename, then an edit', [documentSet, renameSet, editSet]],
  ] as const)('%s', (_, sets) => {
    it('leaves the same graph in each store, and the same counts', async () => {
      const results = [];
      for (const store of stores) {
        const counts = [];
        for (const make of sets) counts.push(await store.applyChangeSet(make()));
        results.push({ counts, graph: await everything(store) });
      }
      expect(results[1]).toEqual(results[0]);
    });
  });

  it('applies what each part says: re-keyed and turned edges, moved markers, whole replacement with a verdict, a held entity kept', async () => {
    for (const store of stores) {
      for (const make of [documentSet, renameSet, editSet]) await store.applyChangeSet(make());
      const [zhovtis] = await store.getNodes([ZHOVTIS_RENAMED]);
      expect(zhovtis).toMatchObject({ name: 'Yevgeniy Zhovtis' });
      expect(await store.resolveMergedIds([ZHOVTIS.id])).toEqual([ZHOVTIS_RENAMED]);
      const [relations] = await store.getRelations([{ entityId: ZHOVTIS_RENAMED, types: null, direction: 'BOTH', first: 10 }]);
      expect(relations.map((r) => [r.type, r.sourceId, r.targetId, r.citations.length])).toEqual([
        ['MEMBER_OF', ZHOVTIS_RENAMED, KIBHR.id, 1],
        ['REPRESENTS', ZHOVTIS_RENAMED, DUVANOV.id, 2],
      ]);
      const member = relations[0];
      expect((await store.listDisputes({ first: 10 })).map((d) => d.subjectId)).toEqual([member.id]);
      expect((await store.getVerdicts([relations[1].id]))[0]).toMatchObject({ status: 'CONFIRMED', note: 'checked' });
      expect((await store.getNodes([KIBHR.id]))[0]).not.toBeNull();
      expect(await store.getMentions([ZHOVTIS_RENAMED])).toEqual([
        [
          { articleId: ARTICLE_A.id, quote: 'Yevgeny Zhovtis said' },
          { articleId: ARTICLE_A.id, quote: 'both' },
        ],
      ]);
    }
  });

  it('applies a change set whole or not at all', async () => {
    for (const store of stores) {
      await store.applyChangeSet(documentSet());
      const before = await everything(store);
      const failing = {
        onStep: (step: string) => {
          if (step === 'relationships') throw new Error('boom');
        },
      };
      await expect(store.applyChangeSet(renameSet(), failing)).rejects.toThrow('boom');
      expect(await everything(store)).toEqual(before);
    }
  });
});
