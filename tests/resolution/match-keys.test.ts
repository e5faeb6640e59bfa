import { describe, expect, it } from 'vitest';
import type { EntityType, OrganisationKind } from '../../src/domain/entity.js';
import { acronymsOf, matchKeysOf, queryKeysOf, skeletonsOf } from '../../src/resolution/match-keys.js';
import { compareNamed } from '../../src/resolution/compare-names.js';
import { loadNamePairs } from '../../scripts/evaluate-resolution.js';

type Side = { type: string; name: string; aliases: string[]; kind?: string | null };
const named = (e: Side) => ({
  type: e.type as EntityType,
  name: e.name,
  aliases: e.aliases,
  kind: (e.kind ?? null) as OrganisationKind | null,
});

/** What resolution looks up for an incoming entity (resolve.ts): its names and, for organisations, their acronyms. */
const lookedUp = (e: Side) => [e.name, ...e.aliases, ...(e.type === 'ORGANISATION' ? [e.name, ...e.aliases].flatMap(acronymsOf) : [])];
const found = (incoming: Side, stored: Side) => {
  const keys = new Set(matchKeysOf(stored));
  return lookedUp(incoming).some((n) => queryKeysOf(n).some((k) => keys.has(k)));
};

describe('blocking keys', () => {
  it('give one skeleton to romanisations of one word', () => {
    const one = (words: string[]) => new Set(words.map((w) => skeletonsOf(w)[0])).size;
    expect(one(['aleksandr', 'aleksander', 'oleksandr'])).toBe(1);
    expect(one(['nazarbaev', 'nazarbaiev'])).toBe(1);
    expect(one(['georgii', 'heorhii'])).toBe(1);
    expect(skeletonsOf('tatjana')).toContain(skeletonsOf('tatiana')[0]);
  });

  it('let resolution find every labelled pair it merges or proposes, either way round', () => {
    const judged = loadNamePairs()
      .flatMap(
        (p) =>
          [
            [p.a, p.b],
            [p.b, p.a],
          ] as Array<[Side, Side]>,
      )
      .filter(([a, b]) => compareNamed(named(a), named(b)).decision !== 'none');
    expect(judged.length).toBeGreaterThan(800);
    expect(judged.filter(([a, b]) => !found(a, b)).map(([a, b]) => `${a.name} | ${b.name}`)).toEqual([]);
  });

  it('key an organisation by its acronyms: the whole, each slash part, a beginning', () => {
    const keys = matchKeysOf({ name: 'Radio Free Europe/Radio Liberty', aliases: [] });
    expect(keys).toEqual(expect.arrayContaining(['w_rfe', 'w_rl']));
    expect(acronymsOf('Committee for the Protection of Journalists in Kazakhstan')).toContain('cpj');
  });

  it('hold only characters that pass through SQL and Lucene as plain terms', () => {
    const keys = matchKeysOf({ name: 'Tatʹjana "Mihajlova" (OR) AND -x', aliases: ['Назарбаев Нұрсұлтан', "Il'in*"] });
    for (const key of keys) expect(key).toMatch(/^[a-z0-9_]+$/);
  });
});
