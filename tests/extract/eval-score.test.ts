import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../scripts/eval/fold.js';
import { scoreDraft } from '../../scripts/eval/score.js';
import { type EvalDocument, rateOf, rates } from '../../scripts/eval/types.js';

const TEXT = [
  'Lawyer Anna Kovalenko said her client, the blogger Timur Sadykov, was held at Kresty prison in Minsk.',
  'Sadykov, a friend of the activist Olga Brel, was arrested on 3 March. The interior ministry denied it.',
].join('\n\n');

/** A small gold document: three people, an organisation, a place, an event, relationships of both kinds. */
function gold(): EvalDocument {
  return {
    format: 'kg-extraction/2',
    article: { title: 'Test', text: TEXT, publishedAt: { year: 2024, month: 4 } },
    actors: [],
    entities: [
      { key: 'anna', type: 'PERSON', name: 'Anna Kovalenko', mentions: ['Lawyer Anna Kovalenko'] },
      { key: 'timur', type: 'PERSON', name: 'Timur Sadykov', aliases: ['Sadykov'], mentions: ['the blogger Timur Sadykov'] },
      { key: 'olga', type: 'PERSON', name: 'Olga Brel', mentions: ['the activist Olga Brel'] },
      { key: 'kresty', type: 'ORGANISATION', name: 'Kresty prison', kind: 'PRISON', mentions: ['Kresty prison'] },
      { key: 'minsk', type: 'PLACE', name: 'Minsk', mentions: ['in Minsk'] },
    ],
    events: [
      {
        key: 'arrest',
        name: 'Arrest of Sadykov',
        mentions: ['was arrested on 3 March'],
        date: { year: 2024, month: 3, day: 3, inferred: true },
        dateQuote: 'on 3 March',
        participants: [{ entity: 'timur', role: 'arrested', status: 'DENIED', quotes: ['was arrested on 3 March'] }],
      },
    ],
    relationships: [
      { type: 'REPRESENTS', from: 'anna', to: 'timur', status: 'REPORTED', quotes: ['her client, the blogger Timur Sadykov'] },
      { type: 'IMPRISONED_IN', from: 'timur', to: 'kresty', status: 'REPORTED', saidBy: 'anna', quotes: ['was held at Kresty prison'] },
      { type: 'FRIEND_OF', from: 'timur', to: 'olga', status: 'REPORTED', quotes: ['a friend of the activist Olga Brel'] },
      { type: 'LOCATED_IN', from: 'kresty', to: 'minsk', status: 'REPORTED', quotes: ['Kresty prison in Minsk'] },
      { type: 'CONCERNS', from: 'arrest', to: 'timur', status: 'REPORTED', quotes: ['was arrested on 3 March'] },
    ],
  };
}

const f1 = (c: { tp: number; fp: number; fn: number }) => rates(c).f1;

describe('the extraction scorer', () => {
  it('scores a gold document against itself as perfect in every class', () => {
    const s = scoreDraft(gold(), gold());
    for (const c of [...Object.values(s.entities), s.events, s.relationshipsNamed, s.relationshipsAll, s.participations])
      expect(f1(c)).toBe(1);
    for (const sh of [s.orgKind, s.rightDate, s.rightDateAndInferred, s.status, s.saidBy, s.verbatim]) expect(rateOf(sh)).toBe(1);
    expect(s.invented).toEqual([]);
    expect(s.duplicates).toEqual([]);
  });

  it('lowers recall by exactly the share of a removed entity and nothing else in its class', () => {
    const draft = gold();
    draft.entities = draft.entities.filter((e) => e.key !== 'olga');
    const people = rates(scoreDraft(gold(), draft).entities.PERSON);
    expect(people.recall).toBeCloseTo(2 / 3);
    expect(people.precision).toBe(1);
  });

  it('matches a surname-only person and counts a second mention of the same person as a duplicate', () => {
    const draft = gold();
    // the gold's Olga Brel has no alias: only the surname rule can match "Brel"
    draft.entities = draft.entities.filter((e) => e.key !== 'olga');
    draft.entities.push({ key: 'brel', type: 'PERSON', name: 'Brel', mentions: ['the activist Olga Brel'] });
    draft.relationships = draft.relationships!.map((r) => (r.to === 'olga' ? { ...r, to: 'brel' } : r));
    draft.entities.push({ key: 'timur2', type: 'PERSON', name: 'Timur  SADYKOV', mentions: ['the blogger Timur Sadykov'] });
    const s = scoreDraft(gold(), draft);
    expect(s.entities.PERSON).toEqual({ tp: 3, fp: 1, fn: 0 });
    expect(s.duplicates).toEqual(['Timur  SADYKOV (= Timur Sadykov)']);
    // the relationship through the surname-only draft entity maps to the gold's
    expect(f1(s.relationshipsNamed)).toBe(1);
  });

  it('does not take a first name or a longer name for a surname', () => {
    const draft = gold();
    draft.entities = draft.entities.filter((e) => e.key !== 'olga');
    draft.entities.push({ key: 'o', type: 'PERSON', name: 'Olga', mentions: ['the activist Olga Brel'] });
    expect(scoreDraft(gold(), draft).entities.PERSON).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it('counts and lists an entity whose name is nowhere in the text as invented', () => {
    const draft = gold();
    draft.entities.push({ key: 'ghost', type: 'PERSON', name: 'Viktor Ghostov', mentions: ['Lawyer Anna Kovalenko'] });
    const s = scoreDraft(gold(), draft);
    expect(s.invented).toEqual(['Viktor Ghostov']);
    expect(s.entities.PERSON.fp).toBe(1);
  });

  it('does not match a relationship with its ends swapped, except FRIEND_OF', () => {
    const draft = gold();
    draft.relationships = draft.relationships!.map((r) => ({ ...r, from: r.to, to: r.from }));
    const s = scoreDraft(gold(), draft);
    // of the four relationships between entities only FRIEND_OF survives the swap
    expect(s.relationshipsNamed).toEqual({ tp: 1, fp: 3, fn: 3 });
  });

  it('lowers only the kind accuracy when an organisation has the wrong kind', () => {
    const draft = gold();
    draft.entities = draft.entities.map((e) => (e.key === 'kresty' ? { ...e, kind: 'GOVERNMENT_BODY' } : e));
    const s = scoreDraft(gold(), draft);
    expect(rateOf(s.orgKind)).toBe(0);
    expect(f1(s.entities.ORGANISATION)).toBe(1);
    expect(f1(s.relationshipsNamed)).toBe(1);
  });

  it('requires the gold date exactly: a day the gold lacks is wrong, a wrong inferred flag counts only in the second share', () => {
    const draft = gold();
    draft.events![0] = { ...draft.events![0], date: { year: 2024, month: 3, day: 3, inferred: false } };
    const s = scoreDraft(gold(), draft);
    expect(rateOf(s.rightDate)).toBe(1);
    expect(rateOf(s.rightDateAndInferred)).toBe(0);
    const g = gold();
    g.events![0].date = { year: 2024, month: 3, inferred: true };
    expect(rateOf(scoreDraft(g, gold()).rightDate)).toBe(0);
  });

  it('compares statuses and speakers of matched claims, and finds quotes that are not verbatim', () => {
    const draft = gold();
    draft.relationships = draft.relationships!.map((r) => ({
      ...r,
      status: 'ALLEGED',
      saidBy: undefined,
      quotes: r.quotes.map((q) => q.replace('was', 'is')),
    }));
    const s = scoreDraft(gold(), draft);
    expect(s.status).toEqual({ hits: 1, total: 6 }); // the participation keeps its status
    expect(s.saidBy).toEqual({ hits: 0, total: 1 });
    expect(s.verbatim.hits).toBe(s.verbatim.total - 2); // two of them had "was"
  });

  it('matches events by overlapping mentions and unnamed actors by description or mention, for who says what', () => {
    const withActor = (doc: EvalDocument, key: string, description: string, mention: string): EvalDocument => {
      doc.actors = [{ key, description, mentions: [mention] }];
      doc.events![0].participants!.forEach((p) => {
        p.saidBy = key;
      });
      return doc;
    };
    const g = withActor(gold(), 'ministry', 'the interior ministry', 'The interior ministry denied it.');
    const byDescription = withActor(gold(), 'a1', 'The Interior  Ministry', 'The interior ministry');
    byDescription.events![0] = { ...byDescription.events![0], key: 'e1', mentions: ['arrested on 3 March'] };
    byDescription.relationships = byDescription.relationships!.map((r) => (r.from === 'arrest' ? { ...r, from: 'e1' } : r));
    const s = scoreDraft(g, byDescription);
    expect(s.events).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.saidBy).toEqual({ hits: 2, total: 2 }); // the participation and IMPRISONED_IN (said by Anna)
    const byMention = withActor(gold(), 'a2', 'officials', 'interior ministry denied');
    expect(scoreDraft(g, byMention).saidBy.hits).toBe(2);
    const elsewhere = withActor(gold(), 'a3', 'officials', 'Lawyer Anna Kovalenko');
    expect(scoreDraft(g, elsewhere).saidBy).toEqual({ hits: 1, total: 2 });
  });

  it('folds names by case, diacritics, quotes and a leading "the"', () => {
    expect(foldName('  The  Ögrenci   Kolektifi ')).toBe('ogrenci kolektifi');
    expect(foldName('People’s Party')).toBe(foldName("people's party"));
  });
});

describe('the hand extractions kept for the evaluation', () => {
  const dir = 'tests/fixtures/extraction-eval';
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it.each(files)('%s scores as perfect against itself, names every entity in its text, quotes verbatim', (file) => {
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as EvalDocument;
    const s = scoreDraft(doc, doc);
    for (const c of [...Object.values(s.entities), s.events, s.relationshipsAll, s.participations]) expect(f1(c)).toBe(1);
    expect(s.invented).toEqual([]);
    expect(s.examples.looseQuotes).toEqual([]);
  });

  it.each(files)('%s has article.text equal to the body of its .md', (file) => {
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as EvalDocument;
    const md = readFileSync(join(dir, file.replace(/\.json$/, '.md')), 'utf8');
    expect(md.replace(/^---\n[\s\S]*?\n---\n+/, '').trimEnd()).toBe(doc.article.text);
  });
});
