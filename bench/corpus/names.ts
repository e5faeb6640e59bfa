import { compareNamed, type NamedEntity } from '../../src/resolution/compare-names.js';
import type { Random } from './random.js';

/**
 * Names for the synthetic corpus: given names with their real romanisation variants and Cyrillic forms,
 * surnames and proper nouns built from syllables of unambiguous letters (no y, h, x, j, c, w, q and no
 * doubled letters), so two generated names never fold to one by accident, while the variants of one
 * name are exactly the ones the project's resolution is meant to recognise. Every variant is checked
 * with the project's own comparison (compareNamed) when it is made, and dropped unless it merges.
 */
const GIVEN: ReadonlyArray<readonly [string, string[], string]> = [
  ['Sergei', ['Sergey'], 'Сергей'],
  ['Aleksandr', ['Alexander'], 'Александр'],
  ['Dmitri', ['Dmitry'], 'Дмитрий'],
  ['Andrei', ['Andrey'], 'Андрей'],
  ['Yevgeny', ['Evgeny'], 'Евгений'],
  ['Mikhail', [], 'Михаил'],
  ['Nikolai', ['Nikolay'], 'Николай'],
  ['Yuri', ['Yury', 'Iurii'], 'Юрий'],
  ['Aidar', [], 'Айдар'],
  ['Nurlan', [], 'Нурлан'],
  ['Yerlan', ['Erlan'], 'Ерлан'],
  ['Bolat', [], 'Болат'],
  ['Marat', [], 'Марат'],
  ['Askar', [], 'Аскар'],
  ['Timur', [], 'Тимур'],
  ['Ruslan', [], 'Руслан'],
  ['Galym', [], 'Галым'],
  ['Daniyar', [], 'Данияр'],
  ['Mariya', ['Maria'], 'Мария'],
  ['Yelena', ['Elena'], 'Елена'],
  ['Olga', [], 'Ольга'],
  ['Natalya', ['Natalia'], 'Наталья'],
  ['Irina', [], 'Ирина'],
  ['Aigul', [], 'Айгуль'],
  ['Gulnara', [], 'Гульнара'],
  ['Saule', [], 'Сауле'],
  ['Zhanna', [], 'Жанна'],
  ['Tatyana', ['Tatiana'], 'Татьяна'],
  ['Svetlana', [], 'Светлана'],
  ['Viktor', [], 'Виктор'],
  ['Vladimir', [], 'Владимир'],
  ['Igor', [], 'Игорь'],
  ['Oleg', [], 'Олег'],
  ['Pavel', [], 'Павел'],
  ['Ivan', [], 'Иван'],
  ['Aleksei', ['Alexey'], 'Алексей'],
  ['Konstantin', [], 'Константин'],
  ['Kairat', [], 'Кайрат'],
  ['Yermek', ['Ermek'], 'Ермек'],
  ['Dinara', [], 'Динара'],
];
const CONSONANTS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z'];
const VOWELS = ['a', 'o', 'u', 'e', 'i'];
const CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  g: 'г',
  i: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
};
// surname endings: [Latin as most papers print it, the other romanisation or null, the spelling for Cyrillic]
const SURNAME_ENDINGS: ReadonlyArray<readonly [string, string | null, string]> = [
  ['nov', null, 'nov'],
  ['rov', null, 'rov'],
  ['tov', null, 'tov'],
  ['bekov', null, 'bekov'],
  ['bayev', 'baev', 'baev'],
  ['kiyev', 'kiev', 'kiev'],
  ['galiyev', 'galiev', 'galiev'],
  ['denko', null, 'denko'],
];
const WORD_ENDINGS = ['an', 'ar', 'ek', 'sk', 'ol', 'ur', 'ut', 'em', 'ab', 'ovsk'];

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
const cyrillic = (latin: string) =>
  [...latin.toLowerCase()]
    .map((c) => CYRILLIC[c] ?? c)
    .join('')
    .replace(/^./, (c) => c.toUpperCase());

function syllables(random: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += random.pick(CONSONANTS) + random.pick(VOWELS);
  return out;
}

export interface PersonName {
  /** the spelling used the first time, and so the stored name and the id's slug */
  canonical: string;
  /** other spellings of the same name that resolution merges: romanisations, Cyrillic, surname first */
  variants: string[];
}

/** Keeps only the variants that the project's resolution merges with the canonical name. */
function mergingVariants(type: NamedEntity['type'], canonical: string, variants: string[]): string[] {
  const base = { type, aliases: [] as string[] };
  return [...new Set(variants)].filter(
    (v) => v !== canonical && compareNamed({ ...base, name: v }, { ...base, name: canonical }).decision === 'merge',
  );
}

export class NameMaker {
  private readonly taken = new Set<string>();

  constructor(private readonly random: Random) {}

  person(): PersonName {
    for (;;) {
      const [given, givenVariants, givenCyrillic] = this.random.pick(GIVEN);
      const stem = capital(syllables(this.random, this.random.int(2, 3)));
      const [ending, otherEnding, cyrillicEnding] = this.random.pick(SURNAME_ENDINGS);
      const surname = stem + ending;
      const canonical = `${given} ${surname}`;
      if (this.taken.has(canonical)) continue;
      this.taken.add(canonical);
      const surnames = otherEnding ? [surname, stem + otherEnding] : [surname];
      const variants = [
        ...givenVariants.flatMap((g) => surnames.map((s) => `${g} ${s}`)),
        ...surnames.slice(1).map((s) => `${given} ${s}`),
        `${surname} ${given}`,
        `${givenCyrillic} ${cyrillic(stem + cyrillicEnding)}`,
      ];
      return { canonical, variants: mergingVariants('PERSON', canonical, variants) };
    }
  }

  /** A proper noun for an organisation or a place, never made twice. */
  word(): string {
    for (;;) {
      const word = capital(syllables(this.random, this.random.int(2, 3)) + this.random.pick(WORD_ENDINGS));
      if (this.taken.has(word)) continue;
      this.taken.add(word);
      return word;
    }
  }

  /** A place's Cyrillic spelling, kept only when resolution merges it with the Latin one. */
  placeVariants(name: string): string[] {
    return mergingVariants('PLACE', name, [cyrillic(name)]);
  }
}
