import { describe, expect, it } from 'vitest';
import { testStores } from '../support/stores.js';
import { call, edit, EDITOR_TOKEN, FOLLOW_UP, useFreshSeededYoga } from './editor-harness.js';

const MASANOV = 'person:nurbulat-masanov';
const NEAR_MISS = 'person:nurbolat-masanov';
const ENTITY = `query($id: ID!) { node(id: $id) { id ... on Entity { name aliases mentions { quote }
  related(first: 100) { id relationshipId type status other { id } citations { quote } editorVerdict { status editor note } }
  history { id action editor note summary } } } }`;
const ENTITY_NAMES = '{ node(id: "person:pyotr-svoik") { ... on Person { name aliases roles history { id } } } }';
const INGEST = 'mutation($d: JSON!) { ingestArticle(document: $d, note: "follow-up") { articleId } }';

describe.each(testStores())("editors' corrections through the API ($name store)", (testStore) => {
  const api = useFreshSeededYoga(testStore);

  it('undoMerge, by the id of the merge in the history, gives back both entities as they were', async () => {
    await edit(api.yoga, INGEST, { d: FOLLOW_UP });
    const survivor = (await edit(api.yoga, ENTITY, { id: MASANOV })).node;
    const merged = (await edit(api.yoga, ENTITY, { id: NEAR_MISS })).node;
    await edit(api.yoga, `mutation { mergeEntities(into: "${MASANOV}", from: ["${NEAR_MISS}"], note: "same man") { id } }`);
    const mergeId = (await edit(api.yoga, ENTITY, { id: MASANOV })).node.history[0].id;
    const { undoMerge } = await edit(api.yoga, `mutation($e: ID!) { undoMerge(edit: $e, note: "two men after all") { id name } }`, {
      e: mergeId,
    });
    expect(undoMerge.map((e: { id: string }) => e.id)).toEqual([MASANOV, NEAR_MISS]);
    const strip = (n: any) => ({ ...n, history: undefined });
    const again = (await edit(api.yoga, ENTITY, { id: MASANOV })).node;
    expect(strip(again)).toEqual(strip(survivor));
    expect(strip((await edit(api.yoga, ENTITY, { id: NEAR_MISS })).node)).toEqual(strip(merged));
    expect(again.history.map((h: { action: string }) => h.action).slice(0, 2)).toEqual(['UNDO_MERGE', 'MERGE']);
    const twice = await call(api.yoga, `mutation($e: ID!) { undoMerge(edit: $e, note: "again") { id } }`, { e: mergeId }, EDITOR_TOKEN);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'EDIT_REFUSED' });
  });

  it('updateEntity sets names, aliases and roles, keeps the old name findable, and says what is wrong with bad input', async () => {
    const { updateEntity } = await edit(
      api.yoga,
      `mutation { updateEntity(id: "person:pyotr-svoik", name: "Pyotr Svoyk", roles: ["economist"], note: "spelling of the 2004 sources") {
      name aliases ... on Person { roles } } }`,
    );
    expect(updateEntity).toEqual({ name: 'Pyotr Svoyk', aliases: ['Pyotr Svoik'], roles: ['economist'] });
    const hits = (await edit(api.yoga, '{ search(query: "Svoik") { entity { id } } }')).search;
    expect(hits[0].entity.id).toBe('person:pyotr-svoik');
    const bad = await call(
      api.yoga,
      'mutation { updateEntity(id: "place:almaty", roles: ["city"], kind: NGO, note: "x") { id } }',
      {},
      EDITOR_TOKEN,
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(bad.errors![0].extensions!.problems.map((p: { path: string }) => p.path)).toEqual(['roles', 'kind']);
    const missing = await call(api.yoga, 'mutation { updateEntity(id: "person:nobody", name: "X", note: "x") { id } }', {}, EDITOR_TOKEN);
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('updateEntity refuses an alias that is the name or repeats another, naming each, rather than dropping it', async () => {
    const before = (await edit(api.yoga, ENTITY_NAMES)).node;
    const sent = await call(
      api.yoga,
      `mutation { updateEntity(id: "person:pyotr-svoik", name: "Pyotr Svoyk", aliases: ["Pyotr Svoik", " pyotr svoyk ", "P. Svoik", "PYOTR SVOIK"], roles: ["economist", "Economist"], note: "n") { id } }`,
      {},
      EDITOR_TOKEN,
    );
    expect(sent.data).toBeNull();
    expect(sent.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(sent.errors![0].extensions!.problems).toEqual([
      { path: 'aliases[1]', message: '"pyotr svoyk" is the name itself (case is ignored); an alias must be another name' },
      { path: 'aliases[3]', message: 'repeats aliases[0] ("Pyotr Svoik"; case is ignored); send it once' },
      { path: 'roles[1]', message: 'repeats roles[0] ("economist"; case is ignored); send it once' },
    ]);
    // nothing changed, and the same edit without the repeats is kept whole
    expect((await edit(api.yoga, ENTITY_NAMES)).node).toEqual(before);
    const { updateEntity } = await edit(
      api.yoga,
      `mutation { updateEntity(id: "person:pyotr-svoik", name: "Pyotr Svoyk", aliases: ["Pyotr Svoik", "P. Svoik"], note: "n") {
      name aliases } }`,
    );
    expect(updateEntity).toEqual({ name: 'Pyotr Svoyk', aliases: ['Pyotr Svoik', 'P. Svoik'] });
    // renamed to one of its aliases: that alias becomes the name, the old name an alias, nothing to refuse
    const renamed = (
      await edit(api.yoga, 'mutation { updateEntity(id: "person:pyotr-svoik", name: "P. Svoik", note: "n") { name aliases } }')
    ).updateEntity;
    expect(renamed).toEqual({ name: 'P. Svoik', aliases: ['Pyotr Svoik', 'Pyotr Svoyk'] });
    // a change of case only does not add the old spelling as an alias
    const recased = (
      await edit(api.yoga, 'mutation { updateEntity(id: "person:pyotr-svoik", name: "P. SVOIK", note: "n") { name aliases } }')
    ).updateEntity;
    expect(recased).toEqual({ name: 'P. SVOIK', aliases: ['Pyotr Svoik', 'Pyotr Svoyk'] });
  });

  it("judgeRelationship records the editor's verdict beside the sources' status, which stays", async () => {
    const rel = (await edit(api.yoga, ENTITY, { id: 'person:maria-pulman' })).node.related.find((r: any) => r.type === 'REPRESENTS');
    const { judgeRelationship } = await edit(
      api.yoga,
      `mutation($id: ID!) { judgeRelationship(id: $id, status: CONFIRMED, note: "court papers") {
      id status editorVerdict { status editor note } history { action editor note } } }`,
      { id: rel.id },
    );
    expect(rel.id).toBe(`${rel.relationshipId}@person:maria-pulman`);
    // judged by the id read from Pulman's end; the answer is the relationship keyed by its own id
    expect(judgeRelationship).toEqual({
      id: rel.relationshipId,
      status: rel.status,
      editorVerdict: { status: 'CONFIRMED', editor: 'Ada Editor', note: 'court papers' },
      history: [{ action: 'VERDICT', editor: 'Ada Editor', note: 'court papers' }],
    });
    const seen = (await edit(api.yoga, ENTITY, { id: 'person:sergei-duvanov' })).node.related.find(
      (r: any) => r.relationshipId === rel.relationshipId,
    );
    expect(seen).toMatchObject({ status: rel.status, citations: rel.citations, editorVerdict: { status: 'CONFIRMED' } });
  });

  it('deleteRelationship removes it and its evidence from the graph, never the article, and its history stays readable', async () => {
    const rel = (await edit(api.yoga, ENTITY, { id: 'person:maria-pulman' })).node.related.find((r: any) => r.type === 'REPRESENTS');
    const { deleteRelationship } = await edit(
      api.yoga,
      `mutation($id: ID!) { deleteRelationship(id: $id, note: "misread") { action editor subjects details } }`,
      { id: rel.id },
    );
    expect(deleteRelationship).toMatchObject({
      action: 'DELETE_RELATIONSHIP',
      editor: 'Ada Editor',
      details: { before: { id: rel.relationshipId } },
    });
    expect((await edit(api.yoga, ENTITY, { id: 'person:maria-pulman' })).node.related.some((r: any) => r.id === rel.id)).toBe(false);
    const articles = (await edit(api.yoga, '{ articles { totalCount edges { node { text } } } }')).articles;
    expect(articles.totalCount).toBe(1);
    expect(articles.edges[0].node.text).toContain('Maria Pulman');
    // its history by the id read from either end or by its own
    for (const id of [rel.id, rel.relationshipId, `${rel.relationshipId}@person:sergei-duvanov`]) {
      expect((await edit(api.yoga, 'query($id: ID!) { history(id: $id) { action note } }', { id })).history).toEqual([
        { action: 'DELETE_RELATIONSHIP', note: 'misread' },
      ]);
    }
    const again = await call(
      api.yoga,
      `mutation($id: ID!) { deleteRelationship(id: $id, note: "again") { id } }`,
      { id: rel.relationshipId },
      EDITOR_TOKEN,
    );
    expect(again.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
