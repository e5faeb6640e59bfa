import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gazetteer, KnownEntity } from '../../src/extract/engine.js';
import { extractArticle } from '../../src/extract/extract.js';
import { validateExtraction } from '../../src/ingest/validate.js';

const seed = JSON.parse(readFileSync(new URL('../../seed/kazakhstan-duvanov-beaten-in-prison.json', import.meta.url), 'utf8'));
const source = { ...seed.article, source: 'seed' };

const names = (draft: { entities: Array<{ type: string; name: string }> }, type: string) =>
  draft.entities.filter((e) => e.type === type).map((e) => e.name);

describe('the offline engine on the seed article', async () => {
  const { draft } = await extractArticle(source, { engine: 'offline' });

  it('drafts a document the validator accepts, with every quote verbatim and located by its spans', () => {
    expect(() => validateExtraction(draft, 'draft')).not.toThrow();
    for (const entity of draft.entities) {
      for (const quote of entity.mentions) expect(draft.article.text).toContain(quote);
      for (const span of entity.draft!.spans!) expect(draft.article.text.slice(span.start, span.end)).toMatch(/\p{L}/u);
    }
  });

  it('finds the people, with surnames as aliases and titles as roles, and organisations with their kind', () => {
    expect(names(draft, 'PERSON')).toEqual(
      expect.arrayContaining(['Sergei Duvanov', 'Maria Pulman', 'Nursultan Nazarbaev', 'Mukhtar Ablyazov', 'Nurbulat Masanov']),
    );
    const duvanov = draft.entities.find((e) => e.name === 'Sergei Duvanov') as { aliases: string[] };
    expect(duvanov.aliases).toContain('Duvanov');
    const nazarbaev = draft.entities.find((e) => e.name === 'Nursultan Nazarbaev') as { roles: string[] };
    expect(nazarbaev.roles).toContain('president');
    const kinds = Object.fromEntries(
      draft.entities.filter((e) => e.type === 'ORGANISATION').map((e) => [e.name, (e as { kind: string }).kind]),
    );
    expect(kinds).toMatchObject({ 'Zarechnoye prison': 'PRISON', 'Democratic Choice of Kazakhstan': 'PARTY', SOLDAT: 'MEDIA_OUTLET' });
    expect(draft.entities.find((e) => e.name === 'Democratic Choice of Kazakhstan')?.aliases).toContain('DCK');
  });

  it('reads dates as precise as the text, relative to publication, the year of "May 22" inferred', () => {
    const visit = draft.events!.find((e) => e.dateQuote === 'May 22');
    expect(visit?.date).toEqual({ year: 2003, month: 5, day: 22, inferred: true });
    const arrest = draft.events!.find((e) => e.dateQuote === 'October 2002');
    expect(arrest?.date).toEqual({ year: 2002, month: 10, inferred: false });
  });

  it('states relationships from cue patterns, hedged claims as ALLEGED', () => {
    const rel = (type: string, from: string, to: string) =>
      draft.relationships!.find((r) => r.type === type && r.from === from && r.to === to);
    expect(rel('FRIEND_OF', 'nurbulat-masanov', 'sergei-duvanov')?.quotes[0]).toContain('a long-time friend of Duvanov');
    expect(rel('WRITES_FOR', 'sergei-duvanov', 'soldat')).toBeDefined();
    expect(rel('MEMBER_OF', 'rozlana-taukina', 'journalists-in-trouble')).toBeDefined();
    const beating = draft.events!.find((e) => e.name === 'Beating of Sergei Duvanov');
    expect(beating?.participants?.[0]).toMatchObject({ entity: 'sergei-duvanov', role: 'victim', status: 'ALLEGED' });
  });

  it('gives every item a confidence, so a reviewer can take the weakest first', () => {
    const items = [...draft.entities, ...draft.events!, ...draft.relationships!];
    for (const item of items) expect(item.draft?.confidence).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.draft?.confidence)).size).toBeGreaterThan(2);
  });
});

describe('the offline engine with the graph as a gazetteer', () => {
  it('types a name only the graph knows and says which stored entity it may be', async () => {
    const known: KnownEntity = {
      id: 'person:sergei-duvanov',
      name: 'Sergei Duvanov',
      aliases: ['Duvanov', 'Sergey Duvanov'],
      type: 'PERSON',
    };
    const gazetteer: Gazetteer = { lookup: async (names) => names.map((n) => (/duvanov/i.test(n) ? [known] : [])) };
    const text = 'Sergey Duvanov, who was freed in January, said on Tuesday that Duvanov would keep writing.';
    const { draft } = await extractArticle(
      { text, title: 'Freed', source: 'test', publishedAt: { year: 2004, month: 2, inferred: false } },
      { engine: 'offline', gazetteer },
    );
    const person = draft.entities.find((e) => e.name === 'Sergey Duvanov');
    expect(person?.type).toBe('PERSON');
    expect(person?.draft?.matches).toEqual([{ id: 'person:sergei-duvanov', name: 'Sergei Duvanov' }]);
  });
});
