import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { testStores } from '../support/stores.js';
import { call, edit, EDITOR_TOKEN, FOLLOW_UP, useFreshSeededYoga } from './editor-harness.js';

const INGEST = `mutation($d: JSON!) { ingestArticle(document: $d, note: "the follow-up from Test Wire") {
  articleId entities { created merged unchanged } relationshipsCreated citationsAdded mentionsAdded
  merges { key intoId } nearMisses { key candidateId } warnings } }`;
const MASANOV = 'person:nurbulat-masanov';
const NEAR_MISS = 'person:nurbolat-masanov';
const RELATED = `query($id: ID!) { node(id: $id) { id ... on Entity { name aliases mentions { quote }
  related(first: 100) { id relationshipId type direction status other { id } citations { quote } } history { action editor note } } } }`;

describe.each(testStores())("editors' writes through the API ($name store)", (testStore) => {
  const api = useFreshSeededYoga(testStore);

  it('ingestArticle answers the report `kg ingest` prints, and a second time changes nothing', async () => {
    const { ingestArticle: report } = await edit(api.yoga, INGEST, { d: FOLLOW_UP });
    expect(report.entities.created).toBeGreaterThan(0);
    expect(report).toMatchObject({ merges: expect.arrayContaining([{ key: 'duvanov', intoId: 'person:sergei-duvanov' }]) });
    expect(report.nearMisses).toContainEqual({ key: 'masanov', candidateId: MASANOV });
    const again = (await edit(api.yoga, INGEST, { d: FOLLOW_UP })).ingestArticle;
    expect(again).toMatchObject({ entities: { created: 0, merged: 0 }, relationshipsCreated: 0, citationsAdded: 0, mentionsAdded: 0 });
  });

  it('ingestArticle refuses an invalid document with every problem and its path, writing nothing', async () => {
    const broken = {
      ...FOLLOW_UP,
      relationships: [...FOLLOW_UP.relationships, { type: 'LOVES', from: 'pulman', to: 'nobody', status: 'REPORTED', quotes: ['x'] }],
    };
    const r = await call(api.yoga, INGEST, { d: broken }, EDITOR_TOKEN);
    expect(r.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    const paths = r.errors![0].extensions!.problems.map((p: { path: string }) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.relationships[6].type', '$.relationships[6].to']));
    expect((await call(api.yoga, '{ articles { totalCount } }')).data.articles.totalCount).toBe(1);
  });

  it('previewMerge shows what a merge would change and changes nothing', async () => {
    await edit(api.yoga, INGEST, { d: FOLLOW_UP });
    const before = await edit(api.yoga, RELATED, { id: NEAR_MISS });
    const { previewMerge: plan } = await edit(
      api.yoga,
      `mutation { previewMerge(into: "${MASANOV}", from: ["${NEAR_MISS}"]) {
      into from aliasesAdded mentionsMoved repointed { before after } fused { id from } survivor { id aliases } } }`,
    );
    expect(plan.aliasesAdded).toContain('Nurbolat Masanov');
    expect(plan.mentionsMoved).toBe(2);
    expect(plan.repointed.map((x: { before: string }) => x.before).sort()).toEqual(
      before.node.related.map((r: { relationshipId: string }) => r.relationshipId).sort(),
    );
    expect(plan.fused.length).toBeGreaterThan(0);
    expect(await edit(api.yoga, RELATED, { id: NEAR_MISS })).toEqual(before);
  });

  it('mergeEntities keeps every alias, relationship, citation and mention, and the merged id resolves to the survivor', async () => {
    await edit(api.yoga, INGEST, { d: FOLLOW_UP });
    const survivor = (await edit(api.yoga, RELATED, { id: MASANOV })).node;
    const merged = (await edit(api.yoga, RELATED, { id: NEAR_MISS })).node;
    const result = await edit(
      api.yoga,
      `mutation { mergeEntities(into: "${MASANOV}", from: ["${NEAR_MISS}"], note: "same man, o/u typo") { id name aliases } }`,
    );
    expect(result.mergeEntities).toMatchObject({
      id: MASANOV,
      name: 'Nurbulat Masanov',
      aliases: expect.arrayContaining(['Nurbolat Masanov']),
    });

    const after = (await edit(api.yoga, RELATED, { id: NEAR_MISS })).node;
    expect(after.id).toBe(MASANOV);
    expect(after.mentions.map((m: { quote: string }) => m.quote).sort()).toEqual(
      [...survivor.mentions, ...merged.mentions].map((m: { quote: string }) => m.quote).sort(),
    );
    const quotes = (node: typeof after) =>
      node.related.flatMap((r: { citations: Array<{ quote: string }> }) => r.citations.map((c) => c.quote)).sort();
    expect(quotes(after)).toEqual([...quotes(survivor), ...quotes(merged)].sort());
    // the same claims from both became one relationship each: no two relationships share type, ends and status
    const claims = after.related.map((r: any) => `${r.type} ${r.direction} ${r.other.id} ${r.status}`);
    expect(new Set(claims).size).toBe(claims.length);
    expect(after.related.length).toBeLessThan(survivor.related.length + merged.related.length);
    expect(after.history[0]).toEqual({ action: 'MERGE', editor: 'Ada Editor', note: 'same man, o/u typo' });
    // and the graph answers from the other end too: Duvanov's supporters list Masanov once
    const duvanov = (await edit(api.yoga, RELATED, { id: 'person:sergei-duvanov' })).node;
    expect(duvanov.related.filter((r: any) => r.type === 'SUPPORTS' && r.other.id === MASANOV)).toHaveLength(1);
    expect(duvanov.related.some((r: any) => r.other.id === NEAR_MISS)).toBe(false);
  });

  it('mergeEntities refuses what cannot be merged, naming why, and changes nothing', async () => {
    const cases: Array<[string, string]> = [
      [`into: "${MASANOV}", from: ["${MASANOV}"]`, 'EDIT_REFUSED'],
      [`into: "${MASANOV}", from: ["organisation:soldat"]`, 'EDIT_REFUSED'],
      [`into: "${MASANOV}", from: ["person:nobody"]`, 'NOT_FOUND'],
      [`into: "${MASANOV}", from: []`, 'EDIT_REFUSED'],
    ];
    for (const [args, code] of cases) {
      const r = await call(api.yoga, `mutation { mergeEntities(${args}, note: "try") { id } }`, {}, EDITOR_TOKEN);
      expect(r.errors?.[0].extensions, args).toMatchObject({ code });
    }
    const r = await call(
      api.yoga,
      `mutation { mergeEntities(into: "${MASANOV}", from: ["person:pyotr-svoik"], note: "   ") { id } }`,
      {},
      EDITOR_TOKEN,
    );
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'note' });
    expect((await edit(api.yoga, RELATED, { id: 'person:pyotr-svoik' })).node.id).toBe('person:pyotr-svoik');
  });

  it('the CLI path (ingestDocument) writes directly, with no token and no history entry', async () => {
    await ingestDocument(api.store, FOLLOW_UP, { source: 'follow-up.json' });
    expect((await edit(api.yoga, RELATED, { id: NEAR_MISS })).node.history).toEqual([]);
  });
});
