import { describe, expect, it } from 'vitest';
import { compatibleDates, happeningKinds } from '../../src/resolution/event-forms.js';
import {
  abbreviates,
  abbreviatesBeginning,
  comparePersonNames,
  distinctiveWords,
  sameDistinctiveName,
} from '../../src/resolution/name-forms.js';

describe('people', () => {
  it.each([
    ['Sergei Duvanov', 'Sergey Duvanov', 'same'],
    ['Duvanov Sergei', 'Sergei Duvanov', 'same'], // surname first
    ['Yevgeny Aleksandrovich Zhovtis', 'Evgeniy Zhovtis', 'same'], // a patronymic given in one only
    ['Kassym-Jomart Tokayev', 'Kasym-Zhomart Tokaev', 'same'],
    ['S. Duvanov', 'Sergei Duvanov', 'initial'],
    ['Duvanov', 'Sergei Duvanov', 'surname-only'],
    ['Andrei Duvanov', 'Sergei Duvanov', 'different-given'],
    ['Nursultan Nazarbayev', 'Dariga Nazarbayeva', 'different'],
    ['Yevgeny Ivanovich Zhovtis', 'Yevgeny Petrovich Zhovtis', 'different'], // two patronymics: father and son
  ])('%s / %s: %s', (a, b, relation) => {
    expect(comparePersonNames(a, b)).toBe(relation);
    expect(comparePersonNames(b, a)).toBe(relation);
  });
});

describe('acronyms', () => {
  it.each([
    ['OSCE', 'Organization for Security and Co-operation in Europe'],
    ['IWPR', 'Institute for War and Peace Reporting'],
    ['ДВК', 'Демократический выбор Казахстана'], // in the article's own language
    ['DVK', 'Демократический выбор Казахстана'], // romanised acronym of a Russian name
    ['RFE/RL', 'Radio Free Europe/Radio Liberty'],
  ])('%s abbreviates %s', (acronym, full) => {
    expect(abbreviates(acronym, full)).toBe(true);
  });

  it.each([
    ['OSCE', 'Organisation of Islamic Cooperation'],
    ['Osce', 'Organization for Security and Co-operation in Europe'], // not written as an acronym
    ['IWPR', 'IWPR'],
  ])('%s does not abbreviate %s', (acronym, full) => {
    expect(abbreviates(acronym, full)).toBe(false);
  });
});

describe('descriptive names of organisations', () => {
  it('keeps the distinctive words, drops the generic ones for the kind', () => {
    expect(distinctiveWords('the detention centre at Matrosskaya Tishina', 'PRISON')).toEqual(['matrosskaya', 'tishina']);
    expect(distinctiveWords('Penal Colony No. 2', 'PRISON')).toEqual(['2']);
  });

  it.each([
    ['Matrosskaya Tishina prison', 'Matrosskaya Tishina detention centre'],
    ['Matrosskaya Tishina prison', 'the detention centre at Matrosskaya Tishina'],
    ['Zarechnoye prison', 'the colony at Zarechny'], // adjective endings of one place name
  ])('%s and %s are one prison', (a, b) => {
    expect(sameDistinctiveName(a, b, 'PRISON')).toBe(true);
  });

  it.each([
    ['Matrosskaya Tishina prison', 'Butyrka prison'],
    ['Penal Colony No. 2', 'Penal Colony No. 6'],
    ['Zarechnoye prison', 'Zarechnaya Street prison'],
  ])('%s and %s are not', (a, b) => {
    expect(sameDistinctiveName(a, b, 'PRISON')).toBe(false);
  });

  it('never treats a generic word alone as a name', () => {
    expect(sameDistinctiveName('the prison', 'the penal colony', 'PRISON')).toBe(false);
    expect(sameDistinctiveName('Government of Kazakhstan', 'Interior Ministry of Kazakhstan', 'GOVERNMENT_BODY')).toBe(false);
  });
});

describe('events', () => {
  it('reads the kinds of happening from the name, in English and Russian', () => {
    expect([...happeningKinds('Arrest and charging of Sergei Duvanov')].sort()).toEqual(['arrest', 'charge']);
    expect([...happeningKinds('Duvanov detained in Almaty')]).toEqual(['arrest']);
    expect([...happeningKinds('Задержание Дуванова')]).toEqual(['arrest']);
    expect(happeningKinds('Duvanov speaks to IWPR').size).toBe(0);
    expect([...happeningKinds('Trial, conviction and sentencing of Sergei Duvanov')].sort()).toEqual(['trial', 'verdict']);
    // what the happening is about is not what it is
    expect([...happeningKinds("Press conference renewing the appeal for Duvanov's release")]).toEqual(['conference']);
  });

  it('takes dates a few days apart as compatible; not a month apart', () => {
    const d = (year: number, month: number | null, day: number | null) => ({ year, month, day, inferred: false });
    expect(compatibleDates(d(2002, 10, 27), d(2002, 10, 28))).toBe(true);
    expect(compatibleDates(d(2002, 10, 27), d(2002, 10, null))).toBe(true);
    expect(compatibleDates(d(2002, 10, 31), d(2002, 11, 2))).toBe(true);
    expect(compatibleDates(d(2002, 10, 1), d(2002, 11, 28))).toBe(false);
    expect(compatibleDates(d(2002, null, null), d(2003, 1, 1))).toBe(true); // 31 December and 1 January
    expect(compatibleDates(d(2002, 6, null), d(2003, 6, null))).toBe(false);
  });
});

describe('acronyms of the first words only', () => {
  it('are noticed, for a review rather than a merge', () => {
    expect(abbreviatesBeginning('KIBHR', 'Kazakhstan International Bureau for Human Rights and the Rule of Law')).toBe(true);
    expect(abbreviates('KIBHR', 'Kazakhstan International Bureau for Human Rights and the Rule of Law')).toBe(false);
    expect(abbreviates('KIBHRRL', 'Kazakhstan International Bureau for Human Rights and the Rule of Law')).toBe(true);
    expect(abbreviatesBeginning('KI', 'Kazakhstan International Bureau')).toBe(false);
  });
});
