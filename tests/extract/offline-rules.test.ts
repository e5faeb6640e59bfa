import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.js';
import { dateIn, referenceDate } from '../../src/extract/offline/dates.js';

const sentence = (text: string) => ({ index: 0, start: 0, end: text.length, text });
const may2003 = referenceDate({ year: 2003, month: 5, day: 28, inferred: false });
const dated = (text: string, near?: number) => dateIn(sentence(text), may2003, true, near)?.date;

describe('dates, as precise as the text and relative to publication (28 May 2003)', () => {
  it('a month and a year stated are not inferred; a day without a year is, in the past', () => {
    expect(dated('He was arrested in October 2002.')).toEqual({ year: 2002, month: 10, inferred: false });
    expect(dated('She visited him on May 22.')).toEqual({ year: 2003, month: 5, day: 22, inferred: true });
    expect(dated('The report came out in October.')).toEqual({ year: 2002, month: 10, inferred: true });
  });

  it('reads what chrono leaves half-read, and gives no day the text does not give', () => {
    expect(dated('The court sentenced him in February last year.')).toEqual({ year: 2002, month: 2, inferred: true });
    expect(dated('He was sentenced at the end of January.')).toEqual({ year: 2003, month: 1, inferred: true });
    expect(dated('They were questioned last week.')).toEqual({ year: 2003, month: 5, inferred: true });
    expect(dated('The ministry said on Tuesday.')).toEqual({ year: 2003, month: 5, day: 27, inferred: true });
  });

  it('a duration is not a date, and of two dates the one nearest the verb is taken', () => {
    expect(dated('He was placed under house arrest for two months.')).toBeUndefined();
    const text = 'He was sentenced in November 2001 and was released in March 2003.';
    expect(dated(text, text.indexOf('released'))).toEqual({ year: 2003, month: 3, inferred: false });
  });
});

const draftOf = async (text: string) =>
  (
    await extractArticle(
      { text, title: 'Test', source: 'test', publishedAt: { year: 2024, month: 11, day: 20, inferred: false } },
      { engine: 'offline' },
    )
  ).draft;

describe('relationships and claims from cue patterns', () => {
  it("a lawyer named after her client's possessive represents the client", async () => {
    const draft = await draftOf(
      "Farid Qasimzade was detained on 14 November. Qasimzade's lawyer, Nigar Bayramova, said he denied the charges.",
    );
    expect(draft.relationships).toContainEqual(
      expect.objectContaining({ type: 'REPRESENTS', from: 'nigar-bayramova', to: 'farid-qasimzade' }),
    );
  });

  it('a state body named with its country’s adjective is part of that country', async () => {
    const draft = await draftOf('The Azerbaijani Interior Ministry denied the claim. Police in Azerbaijan detained him in Baku.');
    expect(draft.relationships).toContainEqual(
      expect.objectContaining({ type: 'PART_OF', from: 'azerbaijani-interior-ministry', to: 'azerbaijan' }),
    );
  });

  it('a denial is DENIED and a hedge ALLEGED, with the speaker named by the reporting verb', async () => {
    const draft = await draftOf(
      'Aliaksandr Kavalchuk was beaten in the colony, his daughter Darya Kavalchuk alleged. Human rights groups said the colony had denied that he was beaten.',
    );
    const statuses = draft.events!.flatMap((e) => e.participants!.map((p) => p.status));
    expect(statuses).toContain('ALLEGED');
    expect(statuses).toContain('DENIED');
  });

  it('names a Turkic patronymic in full and keys it in ASCII', async () => {
    const draft = await draftOf(
      'Reporter Eldiyar Tologon uulu was detained on Tuesday. Tologon uulu denied wrongdoing, said Erkan Yıldız.',
    );
    const names = draft.entities.map((e) => [e.key, e.name]);
    expect(names).toContainEqual(['eldiyar-tologon-uulu', 'Eldiyar Tologon uulu']);
    expect(names).toContainEqual(['erkan-yildiz', 'Erkan Yıldız']);
    expect(draft.entities.find((e) => e.name === 'Eldiyar Tologon uulu')?.aliases).toContain('Tologon uulu');
  });
});
