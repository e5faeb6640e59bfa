import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/errors.js';
import { validateExtraction } from '../../src/ingest/validate.js';

// kg-extraction/2: actors, saidBy, event status and quantities, asOf, dates with bounds, nationality.
const text =
  'His supporters say Sergei Duvanov, a Kazakh citizen, was beaten in Zarechnoye prison before 5 November. ' +
  'The prosecution says lawyer Maria Pulman no longer represents him. He was sentenced to three and a half years ' +
  'and fined 100,000 tenge. A visit by two Dutch professors, planned for June, was cancelled. He is held in Almaty.';

// documents under test are edited into every kind of wrong shape: typed loosely on purpose
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const v2 = (): Doc => ({
  format: 'kg-extraction/2',
  article: { title: 'A test', text, publishedAt: { year: 2003, month: 11, qualifier: 'ABOUT' } },
  actors: [
    { key: 'supporters', description: 'his supporters', mentions: ['His supporters'] },
    { key: 'prosecution', description: 'the prosecution', mentions: ['The prosecution'] },
    { key: 'professors', description: 'two Dutch professors', mentions: ['two Dutch professors'] },
  ],
  entities: [
    { key: 'duvanov', type: 'PERSON', name: 'Sergei Duvanov', nationality: ['Kazakh'], mentions: ['Sergei Duvanov, a Kazakh citizen'] },
    { key: 'pulman', type: 'PERSON', name: 'Maria Pulman', roles: ['lawyer'], mentions: ['lawyer Maria Pulman'] },
    { key: 'prison', type: 'ORGANISATION', kind: 'PRISON', name: 'Zarechnoye prison', mentions: ['Zarechnoye prison'] },
    { key: 'almaty', type: 'PLACE', name: 'Almaty', mentions: ['held in Almaty'] },
  ],
  events: [
    {
      key: 'beating',
      name: 'Beating of Sergei Duvanov',
      saidBy: 'supporters',
      date: { year: 2003, month: 11, day: 5, qualifier: 'BEFORE' },
      dateQuote: 'before 5 November',
      mentions: ['was beaten in Zarechnoye prison'],
      participants: [
        { entity: 'duvanov', role: 'victim', status: 'ALLEGED', saidBy: 'supporters' },
        { entity: 'prison', role: 'venue', status: 'ALLEGED' },
      ],
    },
    {
      key: 'sentence',
      name: 'Sentencing of Sergei Duvanov',
      mentions: ['He was sentenced to three and a half years'],
      participants: [{ entity: 'duvanov', role: 'defendant' }],
      quantities: [
        { kind: 'SENTENCE', value: 3.5, unit: 'years', quote: 'three and a half years' },
        { kind: 'FINE', value: 100000, unit: 'KZT', quote: 'fined 100,000 tenge' },
      ],
    },
    {
      key: 'visit',
      name: 'Visit by two Dutch professors',
      status: 'CANCELLED',
      date: { year: 2003, month: 6 },
      dateQuote: 'planned for June',
      mentions: ['A visit by two Dutch professors, planned for June, was cancelled.'],
      participants: [
        { entity: 'professors', role: 'visitors' },
        { entity: 'duvanov', role: 'visited' },
      ],
    },
  ],
  relationships: [
    {
      type: 'REPRESENTS',
      from: 'pulman',
      to: 'duvanov',
      status: 'DENIED',
      saidBy: 'prosecution',
      quotes: ['lawyer Maria Pulman no longer represents him'],
    },
    {
      type: 'BASED_IN',
      from: 'duvanov',
      to: 'almaty',
      status: 'REPORTED',
      asOf: { year: 2003, month: 11 },
      quotes: ['He is held in Almaty.'],
    },
    {
      type: 'IMPRISONED_IN',
      from: 'duvanov',
      to: 'prison',
      status: 'ALLEGED',
      saidBy: 'supporters',
      start: { year: 2003, month: 1, qualifier: 'BETWEEN', until: { year: 2003, month: 3 } },
      quotes: ['beaten in Zarechnoye prison'],
    },
  ],
});

const edit = (change: (d: Doc) => void): Doc => {
  const d = v2();
  change(d);
  return d;
};

function messages(input: unknown): Record<string, string> {
  try {
    validateExtraction(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return Object.fromEntries((error as ValidationError).problems.map((p) => [p.path, p.message]));
  }
  return {};
}

describe('kg-extraction/2 documents', () => {
  it('accepts a valid document and normalises it: actors apart, defaults filled', () => {
    const doc = validateExtraction(v2());
    expect(doc.format).toBe('kg-extraction/2');
    expect(doc.sourceFormat).toBe('kg-extraction/2');
    expect(doc.actors.map((a) => a.key)).toEqual(['supporters', 'prosecution', 'professors']);
    const [beating, sentence, visit] = doc.events;
    expect(beating).toMatchObject({
      status: 'HAPPENED',
      saidBy: 'supporters',
      dateQuote: 'before 5 November',
      date: { year: 2003, month: 11, day: 5, qualifier: 'BEFORE', inferred: false },
    });
    expect(beating.participants[0]).toMatchObject({ entity: 'duvanov', saidBy: 'supporters', status: 'ALLEGED' });
    expect(sentence.quantities).toEqual([
      { kind: 'SENTENCE', value: 3.5, unit: 'years', quote: 'three and a half years' },
      { kind: 'FINE', value: 100000, unit: 'KZT', quote: 'fined 100,000 tenge' },
    ]);
    expect(sentence.participants[0].status).toBe('REPORTED');
    // an actor named as a participant is kept apart, so `participants` holds entity keys only, as in v1
    expect(visit.status).toBe('CANCELLED');
    expect(visit.participants.map((p) => p.entity)).toEqual(['duvanov']);
    expect(visit.actorParticipants).toEqual([{ actor: 'professors', role: 'visitors', status: 'REPORTED' }]);
    expect(doc.relationships[0]).toMatchObject({ status: 'DENIED', saidBy: 'prosecution' });
    expect(doc.relationships[1].asOf).toEqual({ year: 2003, month: 11, inferred: false });
    expect(doc.relationships[2].start).toEqual({
      year: 2003,
      month: 1,
      qualifier: 'BETWEEN',
      until: { year: 2003, month: 3 },
      inferred: false,
    });
    expect(doc.entities[0]).toMatchObject({ type: 'PERSON', nationality: ['Kazakh'] });
    expect(doc.entities[1]).toMatchObject({ type: 'PERSON', nationality: [] });
  });

  it('reports a reference to an unknown key in saidBy and participants, with the nearest key', () => {
    const found = messages(
      edit((d) => {
        d.relationships[0].saidBy = 'prosecutoin';
        d.events[0].participants[0].saidBy = 'nobody';
        d.events[2].participants[0].entity = 'profesors';
        d.events[0].saidBy = 'supporter';
      }),
    );
    expect(found).toEqual({
      '$.relationships[0].saidBy': 'unknown key "prosecutoin"; did you mean "prosecution"?',
      '$.events[0].participants[0].saidBy': 'unknown key "nobody"',
      '$.events[2].participants[0].entity': 'unknown key "profesors"; did you mean "professors"?',
      '$.events[0].saidBy': 'unknown key "supporter"; did you mean "supporters"?',
    });
  });

  it('lets only people, organisations and actors say things', () => {
    const found = messages(
      edit((d) => {
        d.relationships[0].saidBy = 'almaty';
        d.relationships[1].saidBy = 'beating';
        d.events[1].saidBy = 'pulman';
      }),
    );
    expect(found).toEqual({
      '$.relationships[0].saidBy': '"almaty" is a PLACE; expected PERSON or ORGANISATION or an actor',
      '$.relationships[1].saidBy': '"beating" is a EVENT; expected PERSON or ORGANISATION or an actor',
    });
  });

  it('keeps actors out of relationships and places: they are not entities', () => {
    const found = messages(
      edit((d) => {
        d.relationships[0].from = 'prosecution';
        d.events[0].participants[1].entity = 'almaty';
        (d.events[1] as Record<string, unknown>).place = 'supporters';
      }),
    );
    expect(found).toEqual({
      '$.relationships[0].from': '"prosecution" is an unnamed actor; expected PERSON or ORGANISATION',
      '$.events[0].participants[1].entity': '"almaty" is a PLACE; expected PERSON or ORGANISATION or an actor',
      '$.events[1].place': '"supporters" is an unnamed actor; expected PLACE',
    });
  });

  it('shares one namespace for actor, entity and event keys', () => {
    const found = messages(edit((d) => d.actors.push({ key: 'duvanov', description: 'the journalist', mentions: ['Sergei Duvanov'] })));
    expect(found).toEqual({ '$.actors[3].key': 'duplicate key "duvanov"' });
    const clash = messages(
      edit((d) => {
        d.events[2].key = 'professors';
      }),
    );
    expect(clash).toEqual({
      '$.actors[2].key': 'duplicate key "professors"',
      // the key is read as the event that declared it first
      '$.events[2].participants[0].entity': '"professors" is a EVENT; expected PERSON or ORGANISATION or an actor',
    });
  });

  it('checks every new quote verbatim: actor mentions, quantity quotes, date quotes', () => {
    const found = messages(
      edit((d) => {
        d.actors[0].mentions = ['his many supporters'];
        d.events[1].quantities![0].quote = 'three years and six months';
        d.events[0].dateQuote = 'before 6 November';
      }),
    );
    expect(found).toEqual({
      '$.actors[0].mentions[0]': 'quote not found verbatim in article.text: "his many supporters"',
      '$.events[1].quantities[0].quote': 'quote not found verbatim in article.text: "three years and six months"',
      '$.events[0].dateQuote': 'quote not found verbatim in article.text: "before 6 November"',
    });
    const undated = messages(
      edit((d) => {
        delete (d.events[2] as Record<string, unknown>).date;
      }),
    );
    expect(undated).toEqual({ '$.events[2].dateQuote': 'a dateQuote needs a date: add "date" or remove "dateQuote"' });
  });

  it('says what is missing in an actor and a quantity', () => {
    const found = messages(
      edit((d) => {
        d.actors[1] = { key: 'prosecution', mentions: ['The prosecution'] } as never;
        d.events[1].quantities![0] = { kind: 'SENTENCE', value: 3.5, quote: 'three and a half years' } as never;
        d.events[1].quantities![1] = { kind: 'FINE', unit: 'KZT' } as never;
      }),
    );
    expect(found).toEqual({
      '$.actors[1].description': 'missing: required, a text: the actor as the article describes it, such as "his supporters"',
      '$.events[1].quantities[0].unit': 'missing: required, a unit such as "years", "months", "KZT" or "USD"',
      '$.events[1].quantities[1].value': 'missing: required, a number, such as 3.5 for "three and a half years"',
      '$.events[1].quantities[1].quote': 'missing: required, a quote, verbatim from article.text',
    });
  });

  it('suggests the nearest event status, quantity kind and date qualifier', () => {
    const found = messages(
      edit((d) => {
        d.events[2].status = 'called off';
        d.events[0].status = 'scheduled';
        d.events[1].quantities![0].kind = 'prison term';
        d.events[1].quantities![1].kind = 'FINES';
        d.events[0].date!.qualifier = 'circa';
        d.relationships[2].start!.qualifier = 'BETWEN';
      }),
    );
    expect(found).toEqual({
      '$.events[2].status': '"called off" is not a valid event status; did you mean CANCELLED?',
      '$.events[0].status': '"scheduled" is not a valid event status; did you mean PLANNED?',
      '$.events[1].quantities[0].kind': '"prison term" is not a valid quantity kind; did you mean SENTENCE?',
      '$.events[1].quantities[1].kind': '"FINES" is not a valid quantity kind; did you mean FINE?',
      '$.events[0].date.qualifier': '"circa" is not a valid date qualifier; did you mean ABOUT?',
      '$.relationships[2].start.qualifier': '"BETWEN" is not a valid date qualifier; did you mean BETWEEN?',
      // BETWEN is not BETWEEN, so its `until` is out of place too
      '$.relationships[2].start.until': '"until" is only for a range: set "qualifier": "BETWEEN" (it is "BETWEN") or remove "until"',
    });
  });

  it('checks bounds: until only with BETWEEN, after the start, real months and days', () => {
    const found = messages(
      edit((d) => {
        d.events[0].date = { year: 2003, month: 11, day: 5, qualifier: 'BEFORE', until: { year: 2003, month: 12 } } as never;
        d.events[2].date = { year: 2003, month: 6, qualifier: 'BETWEEN' } as never;
        d.relationships[2].start = { year: 2003, month: 5, qualifier: 'BETWEEN', until: { year: 2003, month: 4, day: 1 } };
        d.relationships[1].asOf = { year: 2003, month: 4, day: 31 } as never;
        d.relationships[0] = {
          ...d.relationships[0],
          end: { year: 2003, qualifier: 'BETWEEN', until: { year: 2004, month: 13 } },
        } as never;
        d.article.publishedAt = { year: 2003, month: 2, day: 29, qualifier: 'AFTER' } as never;
      }),
    );
    expect(found).toEqual({
      '$.events[0].date.until': '"until" is only for a range: set "qualifier": "BETWEEN" (it is "BEFORE") or remove "until"',
      '$.events[2].date.until': 'missing: required with qualifier BETWEEN, the end of the range: { "year": ... }',
      '$.relationships[2].start.until': 'the end of the range must be later than its start',
      '$.relationships[1].asOf': 'impossible date: day 31 does not exist in 2003-04 (it has 30 days)',
      '$.relationships[0].end.until': 'impossible date: month 13 is not between 1 and 12',
      '$.article.publishedAt': 'impossible date: day 29 does not exist in 2003-02 (it has 28 days)',
    });
  });

  it('measures a sentence in time and money in a currency', () => {
    const found = messages(
      edit((d) => {
        d.events[1].quantities![0].unit = 'USD';
        d.events[1].quantities![1].unit = 'months';
        d.events[1].quantities!.push({ kind: 'BAIL', value: -5, unit: 'USD', quote: 'fined 100,000 tenge' });
      }),
    );
    expect(found).toEqual({
      '$.events[1].quantities[0].unit': 'a sentence is a length of time: use "years", "months", "weeks" or "days", not "USD"',
      '$.events[1].quantities[1].unit': 'fine is a sum of money: use a currency such as "KZT" or "USD", not "months"',
      '$.events[1].quantities[2].value': expect.stringMatching(/>=\s*0/),
    });
  });

  it('reads nationality only on people', () => {
    const found = messages(
      edit((d) => {
        (d.entities[2] as Record<string, unknown>).nationality = ['Kazakh'];
      }),
    );
    expect(found).toEqual({ '$.entities[2].nationality': 'unknown field "nationality" here; only a PERSON has a nationality' });
  });

  it('names an unknown or missing format, and still reports the rest in one run', () => {
    const found = messages(
      edit((d) => {
        d.format = 'kg-extraction/3';
        d.relationships[0].saidBy = 'nobody';
      }),
    );
    expect(found).toEqual({
      '$.format': '"kg-extraction/3" is not a valid format; use one of kg-extraction/1, kg-extraction/2',
      '$.relationships[0].saidBy': 'unknown key "nobody"',
    });
    const { format: _f, ...noFormat } = v2();
    expect(messages(noFormat)).toEqual({ '$.format': 'missing: required, one of kg-extraction/1, kg-extraction/2' });
  });
});

describe('kg-extraction/1 documents, unchanged', () => {
  const v1 = () => ({
    format: 'kg-extraction/1',
    article: { title: 'A test', text, publishedAt: { year: 2003, month: 11 } },
    entities: [
      { key: 'duvanov', type: 'PERSON', name: 'Sergei Duvanov', mentions: ['Sergei Duvanov'] },
      { key: 'pulman', type: 'PERSON', name: 'Maria Pulman', mentions: ['Maria Pulman'] },
    ],
    events: [
      { key: 'sentence', name: 'Sentencing', mentions: ['He was sentenced'], participants: [{ entity: 'duvanov', role: 'defendant' }] },
    ],
    relationships: [{ type: 'REPRESENTS', from: 'pulman', to: 'duvanov', status: 'REPORTED', quotes: ['Maria Pulman'] }],
  });

  it('upgrades to the normalised shape: no actors, nobody cited, HAPPENED, no quantities, no nationality', () => {
    const doc = validateExtraction(v1());
    expect(doc.format).toBe('kg-extraction/2');
    expect(doc.sourceFormat).toBe('kg-extraction/1');
    expect(doc.actors).toEqual([]);
    expect(doc.entities[0]).toEqual({
      key: 'duvanov',
      type: 'PERSON',
      name: 'Sergei Duvanov',
      aliases: [],
      roles: [],
      nationality: [],
      mentions: ['Sergei Duvanov'],
    });
    expect(doc.events[0]).toEqual({
      key: 'sentence',
      name: 'Sentencing',
      aliases: [],
      mentions: ['He was sentenced'],
      status: 'HAPPENED',
      participants: [{ entity: 'duvanov', role: 'defendant', status: 'REPORTED' }],
      actorParticipants: [],
      quantities: [],
    });
    expect(doc.relationships[0].saidBy).toBeUndefined();
    expect(doc.article.publishedAt).toEqual({ year: 2003, month: 11, inferred: false });
  });

  it('rejects version 2 fields in a version 1 document, saying which version has them', () => {
    const d = v1() as Record<string, unknown> & ReturnType<typeof v1>;
    (d.relationships[0] as Record<string, unknown>).saidBy = 'duvanov';
    (d.article.publishedAt as Record<string, unknown>).qualifier = 'BEFORE';
    d.actors = [];
    expect(messages(d)).toEqual({
      '$.actors': 'unknown field "actors" in a kg-extraction/1 document; it is a kg-extraction/2 field: set "format": "kg-extraction/2"',
      '$.relationships[0].saidBy':
        'unknown field "saidBy" in a kg-extraction/1 document; it is a kg-extraction/2 field: set "format": "kg-extraction/2"',
      '$.article.publishedAt.qualifier':
        'unknown field "qualifier" in a kg-extraction/1 document; it is a kg-extraction/2 field: set "format": "kg-extraction/2"',
    });
  });

  it('still reads an actor key as unknown in version 1: participants are entities only', () => {
    const d = v1();
    d.events[0].participants.push({ entity: 'supporters', role: 'x' });
    expect(messages(d)).toEqual({ '$.events[0].participants[1].entity': 'unknown key "supporters"' });
  });
});
