import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { testStores } from '../support/stores.js';
import { data, gql, useSeededYoga } from './harness.js';

const followUp = JSON.parse(readFileSync(new URL('../fixtures/follow-up-duvanov.json', import.meta.url), 'utf8'));
const colony = JSON.parse(readFileSync(new URL('../fixtures/resolution/follow-up-colony.json', import.meta.url), 'utf8'));

const QUERY = `query ($first: Int) { possibleDuplicates(first: $first) { id score reason entities { id name type } } }`;

interface Candidate {
  id: string;
  score: number;
  reason: string;
  entities: Array<{ id: string; name: string; type: string }>;
}

describe.each(testStores())('possibleDuplicates on the $name store', (testStore) => {
  const ctx = useSeededYoga(testStore);

  it('lists the near misses of later articles as pairs, best first, each with a reason', async () => {
    await ingestDocument(ctx.store, followUp);
    await ingestDocument(ctx.store, colony);
    const { possibleDuplicates } = await data<{ possibleDuplicates: Candidate[] }>(ctx.yoga, QUERY, { first: 20 });
    const masanov = possibleDuplicates.find((c) => c.entities.some((e) => e.id === 'person:nurbolat-masanov'));
    expect(masanov).toEqual({
      id: 'duplicate:person:nurbolat-masanov+person:nurbulat-masanov',
      score: expect.any(Number),
      reason: expect.stringContaining('given names nearly alike'),
      entities: [
        { id: 'person:nurbolat-masanov', name: 'Nurbolat Masanov', type: 'PERSON' },
        { id: 'person:nurbulat-masanov', name: 'Nurbulat Masanov', type: 'PERSON' },
      ],
    });
    const scores = possibleDuplicates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // merged entities are not review items, and neither are a president and his daughter
    const pairs = possibleDuplicates.map((c) => c.entities.map((e) => e.id).join(' '));
    expect(pairs.filter((p) => p.includes('dariga') || p.includes('maria-pulman') || p.includes('zarechnoye'))).toEqual([]);
  });

  it('keeps one item per pair when an article is ingested again', async () => {
    const before = await data<{ possibleDuplicates: Candidate[] }>(ctx.yoga, QUERY, { first: 100 });
    await ingestDocument(ctx.store, followUp);
    const after = await data<{ possibleDuplicates: Candidate[] }>(ctx.yoga, QUERY, { first: 100 });
    expect(after).toEqual(before);
    expect(new Set(after.possibleDuplicates.map((c) => c.id)).size).toBe(after.possibleDuplicates.length);
  });

  it('refuses a page size out of bounds, naming the argument', async () => {
    const result = await gql(ctx.yoga, QUERY, { first: 0 });
    expect(result.errors?.[0]).toEqual(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'first' }) }),
    );
    expect(await data(ctx.yoga, QUERY, { first: 1 })).toEqual({ possibleDuplicates: [expect.anything()] });
  });
});
