import { describe, expect, it } from 'vitest';
import { digestOf, emptyDigest, withFacts } from '../../src/domain/entity-digest.js';
import { summariseDigest, summariseEntity, type ArticleFacts, type EditorFacts, type EntityFacts } from '../../src/domain/entity-facts.js';
import type { OrganisationKind } from '../../src/domain/entity.js';

let seed = 11;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
const some = <T>(xs: readonly T[]): T[] => xs.filter(() => next() < 0.3);

const NAMES = ['Sergei Duvanov', 'Sergey Duvanov', 'S. Duvanov', 'Duvanov', 'sergei duvanov'];
const ROLES = ['journalist', 'Journalist', 'editor', 'human rights activist'];
const KINDS: OrganisationKind[] = ['MEDIA_OUTLET', 'NGO', 'PARTY'];

/** One article's facts, as a document gives them: its own article id, some with dates and event details. */
function articleFacts(i: number): ArticleFacts {
  const dated = next() < 0.3;
  const articleId = `article:${Math.floor(next() * 1000)}-${i}`;
  const citation = { articleId, quote: `quote ${i}`, status: 'REPORTED' as const, saidBy: null };
  return {
    articleId,
    publishedAt: next() < 0.2 ? null : { year: 2000 + Math.floor(next() * 3), month: pick([null, 1, 2]), day: null, inferred: false },
    name: pick(NAMES),
    aliases: some(NAMES),
    roles: some(ROLES),
    kind: next() < 0.5 ? pick(KINDS) : null,
    date: dated ? { date: { year: 2002, month: pick([7, 8]), day: pick([null, 27, 28]), inferred: false }, citation } : null,
    ...(dated && next() < 0.5
      ? { event: { status: { status: pick(['HAPPENED', 'PLANNED'] as const), citation }, quantities: [], unnamedParticipants: [] } }
      : {}),
    ...(next() < 0.3 ? { nationality: some(['Kazakh', 'Russian']) } : {}),
  };
}

const EDITOR: EditorFacts = { articleId: null, addedAliases: ['Seryozha'], removedAliases: ['Duvanov'], roles: ['editor'] };

const shuffled = <T>(xs: readonly T[]): T[] => {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

describe('entity digests', () => {
  it('fold sources one at a time, in any order, into the digest that folding all of them at once gives', () => {
    for (let round = 0; round < 200; round++) {
      const facts: EntityFacts[] = Array.from({ length: 1 + Math.floor(next() * 12) }, (_, i) => articleFacts(i));
      if (next() < 0.3) facts.push(EDITOR);
      const all = digestOf(facts);
      const oneByOne = shuffled(facts).reduce(withFacts, emptyDigest());
      expect(oneByOne).toEqual(all);
      // what the stores keep is JSON: read back, it summarises the same
      const stored = JSON.parse(JSON.stringify(oneByOne));
      expect(summariseDigest(stored)).toEqual(summariseEntity(shuffled(facts)));
    }
  });

  it('keep what the summary needs: counts of names with the earliest source, distinct spellings, kinds by count', () => {
    const a: ArticleFacts = {
      articleId: 'article:b',
      publishedAt: { year: 2003, month: null, day: null, inferred: false },
      name: 'Sergey Duvanov',
      aliases: ['Duvanov'],
      roles: ['journalist'],
      kind: null,
      date: null,
    };
    const b: ArticleFacts = {
      ...a,
      articleId: 'article:a',
      publishedAt: { year: 2002, month: null, day: null, inferred: false },
      name: 'Sergei Duvanov',
      aliases: [],
    };
    const c: ArticleFacts = { ...a, articleId: 'article:c' };
    const digest = digestOf([a, b, c]);
    expect(digest.names).toEqual([
      { name: 'Sergei Duvanov', n: 1, publishedAt: b.publishedAt, articleId: 'article:a' },
      { name: 'Sergey Duvanov', n: 2, publishedAt: a.publishedAt, articleId: 'article:b' },
    ]);
    expect(digest.spellings).toEqual(['Duvanov', 'Sergei Duvanov', 'Sergey Duvanov']);
    expect(digest.roles).toEqual(['journalist']);
    expect(summariseDigest(digest)).toMatchObject({ name: 'Sergey Duvanov', aliases: ['Duvanov', 'Sergei Duvanov'] });
    // given equally often, the name the earliest coverage used wins
    expect(summariseDigest(digestOf([a, b]))).toMatchObject({ name: 'Sergei Duvanov' });
    expect(summariseDigest(emptyDigest())).toBeNull();
  });
});
