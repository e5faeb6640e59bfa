import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { testStores } from '../support/stores.js';
import { call, edit, EDITOR_TOKEN, FOLLOW_UP, READER_TOKEN, useFreshSeededYoga } from './editor-harness.js';

const LIST = '{ possibleDuplicates(first: 100) { id entities { id } } }';
const MARK = 'mutation ($ids: [ID!]!, $note: String!) { markDistinct(ids: $ids, note: $note) { id name } }';
const MASANOVS = ['person:nurbolat-masanov', 'person:nurbulat-masanov'];
const PAIR = 'duplicate:person:nurbolat-masanov+person:nurbulat-masanov';

const listed = async (ctx: { yoga: Parameters<typeof edit>[0] }) =>
  (await edit<{ possibleDuplicates: Array<{ id: string }> }>(ctx.yoga, LIST)).possibleDuplicates.map((c) => c.id);

describe.each(testStores())('resolving review items on the $name store', (testStore) => {
  const ctx = useFreshSeededYoga(testStore);

  it('markDistinct closes the pair, and a later ingest neither proposes it again nor merges it', async () => {
    await ingestDocument(ctx.store, FOLLOW_UP);
    expect(await listed(ctx)).toContain(PAIR);
    const marked = await edit(ctx.yoga, MARK, { ids: MASANOVS, note: 'two brothers, says the family' });
    expect(marked.markDistinct.map((e: { id: string }) => e.id)).toEqual(MASANOVS);
    expect(await listed(ctx)).not.toContain(PAIR);
    // the ruling is in the history of both entities, with who made it and why
    const [[first], [second]] = await ctx.store.getHistory(MASANOVS, 1);
    expect(first).toMatchObject({ action: 'MARK_DISTINCT', note: 'two brothers, says the family', subjectIds: MASANOVS });
    expect(second.id).toBe(first.id);

    const again = await ingestDocument(ctx.store, { ...FOLLOW_UP, article: { ...FOLLOW_UP.article, title: 'The same story, told again' } });
    expect(again.nearMisses.filter((n) => MASANOVS.includes(n.candidateId) && n.name === 'Nurbolat Masanov')).toEqual([]);
    expect(await listed(ctx)).not.toContain(PAIR);
    expect(await ctx.store.findDistinctPairs(MASANOVS)).toEqual([MASANOVS]);
  });

  it('mergeEntities closes the pair too', async () => {
    await ingestDocument(ctx.store, FOLLOW_UP);
    await edit(ctx.yoga, 'mutation ($into: ID!, $from: [ID!]!) { mergeEntities(into: $into, from: $from, note: "one man") { id } }', {
      into: 'person:nurbulat-masanov',
      from: ['person:nurbolat-masanov'],
    });
    expect(await listed(ctx)).not.toContain(PAIR);
  });

  it('is for editors only, and refuses bad input naming it, changing nothing', async () => {
    await ingestDocument(ctx.store, FOLLOW_UP);
    const anonymous = await call(ctx.yoga, MARK, { ids: MASANOVS, note: 'x' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await call(ctx.yoga, MARK, { ids: MASANOVS, note: 'x' }, READER_TOKEN);
    expect(reader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ ids: [MASANOVS[0]], note: 'x' }, 'BAD_USER_INPUT', 'ids'],
      [{ ids: [MASANOVS[0], 'person:nobody'], note: 'x' }, 'NOT_FOUND', 'ids'],
      [{ ids: [MASANOVS[0], 'organisation:soldat'], note: 'x' }, 'BAD_USER_INPUT', 'ids'],
      [{ ids: MASANOVS, note: '   ' }, 'BAD_USER_INPUT', 'note'],
    ];
    for (const [variables, code, argument] of cases) {
      const result = await call(ctx.yoga, MARK, variables, EDITOR_TOKEN);
      expect(result.errors?.[0].extensions).toEqual(expect.objectContaining({ code, argument }));
    }
    expect(await listed(ctx)).toContain(PAIR);
    expect(await ctx.store.findDistinctPairs(MASANOVS)).toEqual([]);
  });
});
