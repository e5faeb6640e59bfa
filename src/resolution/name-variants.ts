import { foldName } from './folding.js';
import { sameWord, spellingTokens } from './spelling.js';

/**
 * Romanisation variants that no table explains: English-language outlets spell one Turkic or Slavic name
 * with another vowel (Zhakupov / Zhakipov, Bolat / Bulat), with or without a y before a vowel (the
 * press's ye / e, ya / a, yu / u) or with one letter of a pair the systems confuse (s / z, k / q). Such a
 * pair is one person only when the context agrees (person-circles.ts); the name alone is a review.
 */

const VOWEL = /^[aeiou]$/;
// consonants one romanisation spells one way and another the other way
const LETTER_PAIRS = new Set(['s z', 'z s', 'k q', 'q k', 'v w', 'w v']);
// a word this short is mostly its vowels: one of them changed is another word (Dina / Dana, Asel / Asyl)
const MIN_VARIANT_LENGTH = 5;

/**
 * Given names one such step apart that are different names, not spellings of one: a man and a woman,
 * two Kazakh names, a diminutive and another's. Endings and first letters are excluded by rule (below);
 * these are the ones the rule lets through. Each pair either way round.
 */
const DISTINCT_GIVEN_NAMES: ReadonlyArray<[string, string]> = [
  ['marat', 'murat'],
  ['masha', 'misha'],
  ['alina', 'alena'],
  ['alina', 'aliona'],
  ['elina', 'elena'],
  ['gulnar', 'gulnur'],
  ['arman', 'armen'],
  ['denis', 'danis'],
  ['damir', 'demir'],
  ['rinat', 'renat'],
  ['zarina', 'zorina'],
  ['karina', 'korina'],
  ['madina', 'medina'],
  ['samat', 'samet'],
];
const DISTINCT = new Set(DISTINCT_GIVEN_NAMES.flatMap(([a, b]) => [`${a} ${b}`, `${b} ${a}`]));

/** The one step between two folded words, or null when they are further apart (or the same). */
function oneStep(a: string, b: string): { at: number; kind: 'vowel' | 'letter' | 'y' } | null {
  if (a.length === b.length) {
    const diffs = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (diffs.length !== 1) return null;
    const [x, y] = [a[diffs[0]], b[diffs[0]]];
    if (VOWEL.test(x) && VOWEL.test(y)) return { at: diffs[0], kind: 'vowel' };
    return LETTER_PAIRS.has(`${x} ${y}`) ? { at: diffs[0], kind: 'letter' } : null;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return null;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (long.slice(i + 1) !== short.slice(i)) return null;
  // the folded y (an i) of ye / ya / yu before a vowel (Yerlan / Erlan, Zhanyat / Zhanat), or a y after
  // one that some outlets print and others drop (Bauyrzhan / Baurzhan)
  const besideVowel = VOWEL.test(long[i + 1] ?? '') || VOWEL.test(long[i - 1] ?? '');
  return long[i] === 'i' && besideVowel ? { at: i, kind: 'y' } : null;
}

/**
 * Whether two words (spellingTokens) are one name in two romanisations the tables do not know. Never at
 * the last letter (an ending: Maria / Mario, Zhakupov / Zhakupova) nor a vowel changed at the first
 * (Anna / Inna, Ilya / Olya); never between given names listed as distinct (checked for every word:
 * "Zhakupov Erlan" puts the given name where the surname is).
 */
export function variantWord(a: string, b: string): boolean {
  if (sameWord(a, b)) return false;
  const [fa, fb] = [foldName(a), foldName(b)];
  if (Math.min(fa.length, fb.length) < MIN_VARIANT_LENGTH || !/^[a-z]+$/.test(fa + fb)) return false;
  const step = oneStep(fa, fb);
  if (!step) return false;
  if (step.at >= Math.min(fa.length, fb.length) - 1) return false;
  if (step.at === 0 && step.kind !== 'y') return false;
  return !DISTINCT.has(`${fa} ${fb}`);
}

/** Which word of two people's names is a variant: a given name or the surname. */
export interface PersonVariant {
  part: 'given' | 'surname';
  words: [string, string];
}

/**
 * Two people's names that agree word for word (in any romanisation, surname last or first) but for one
 * word that is a variant (variantWord); null otherwise. Names of different lengths (a patronymic on one
 * side only) are left to comparePersonNames.
 */
export function personVariant(a: string, b: string): PersonVariant | null {
  const [x, y] = [spellingTokens(a), spellingTokens(b)];
  if (x.length < 2 || x.length !== y.length) return null;
  // surname last in both, or surname first in one of them ("Zhakupov Erlan")
  const orders = [y, [...y.slice(1), y[0]], [y[y.length - 1], ...y.slice(0, -1)]];
  for (const order of orders) {
    const differing = x.flatMap((w, i) => (sameWord(w, order[i]) ? [] : [i]));
    if (differing.length !== 1) continue;
    const i = differing[0];
    if (variantWord(x[i], order[i])) return { part: i === x.length - 1 ? 'surname' : 'given', words: [x[i], order[i]] };
  }
  return null;
}
