import { foldName } from './folding.js';
import { remembered } from './remembered.js';
import { KAZAKH, LETTER_GROUPS, RUSSIAN, RUSSIAN_UKRAINIAN, UKRAINIAN } from './romanisation-tables.js';

/**
 * Are two spellings one name? The key is the romanisation tables (romanisation-tables.ts): two words are
 * the same when some Cyrillic word romanises, letter by letter, to each of them, each letter under any of
 * the systems (a spelling that mixes systems, as the press does, still counts). "Iurii" (ICAO) and "Yury"
 * (press) are both Юрий; "Oleksandr" and "Alexander" meet through the Ukrainian о- for Russian а- and the
 * press's x for кс. Nothing else is forgiven: a letter more or less (Aleksandr / Aleksandra), a different
 * vowel (Maria / Mario), a different consonant (Masanov / Mazanov) keep two words apart.
 */

/** One Cyrillic letter (or group) with every Latin spelling the systems give it, and itself. */
interface Unit {
  spellings: string[];
  /** only at the start of a word, on both sides */
  initial?: boolean;
  /** only at the end of a word, on both sides */
  final?: boolean;
  /** only after a consonant, on both sides */
  afterConsonant?: boolean;
}

// Letters with diacritics that the systems print, read as what they stand for (ISO 9's ž is zh, â is ya)
const DIACRITICS: Record<string, string> = {
  ž: 'zh',
  š: 'sh',
  č: 'ch',
  ŝ: 'shch',
  ë: 'yo',
  è: 'e',
  ė: 'e',
  ê: 'ye',
  â: 'ya',
  û: 'yu',
  ì: 'i',
  ï: 'yi',
  ĭ: 'i',
  ä: 'a',
  ö: 'o',
  ü: 'u',
  ū: 'u',
  ğ: 'g',
  ñ: 'ng',
  ş: 'sh',
  ç: 'ch',
  ı: 'i',
  ǵ: 'g',
  ǧ: 'g',
};
const CYRILLIC = /[\u0400-\u04ff]/;
// apostrophes and primes inside a word are the soft sign or the Ukrainian apostrophe: dropped, not word breaks
const WORD_INNER_MARKS = /['ʹʺ’‘`´]/g;

/** Lower case, the systems' diacritic letters read, other diacritics dropped; Cyrillic letters kept as they are. */
// resolution compares every name with every candidate's names, so the same few strings come back often.
// Only stored and ingested names reach these two memories, never a request's own text, so they keep the
// names of all the records a bulk load's staging store keeps (100,000, a few names each): a smaller memory
// was cleared every few documents and staging worked the same names out again (docs/benchmarks.md).
const RESOLUTION_NAMES = 400_000;
export const latinise = remembered(latiniseUncached, RESOLUTION_NAMES);

function latiniseUncached(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC').toLowerCase()) {
    if (DIACRITICS[c]) out += DIACRITICS[c];
    else if (CYRILLIC.test(c)) out += c;
    else out += c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  }
  return out.replace(WORD_INNER_MARKS, '');
}

/**
 * The words of a name for spelling comparison: latinised, split at anything that is not a letter or digit.
 * Remembered, as latinise is: every comparison of a pair of names splits both again, a large part of
 * a document's resolution on a large graph (docs/benchmarks.md). Shared arrays, so read-only.
 */
export const spellingTokens: (name: string) => readonly string[] = remembered(spellingTokensUncached, RESOLUTION_NAMES);

function spellingTokensUncached(name: string): readonly string[] {
  return Object.freeze(
    latinise(name)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((t) => t.length > 0),
  );
}

function cellSpellings(cell: string): string[] {
  return cell.split('|').map((s) => (s === '-' ? '' : latinise(s)));
}

function buildUnits(): Unit[] {
  const byLetter = new Map<string, Set<string>>();
  for (const [letter, ...cells] of [...RUSSIAN, ...UKRAINIAN, ...KAZAKH]) {
    const set = byLetter.get(letter) ?? new Set([letter]);
    for (const cell of cells) for (const s of cellSpellings(cell)) set.add(s);
    byLetter.set(letter, set);
  }
  const units: Unit[] = [...byLetter.values()].map((s) => ({ spellings: [...s] }));
  // a group is also spelt letter by letter, so it stands for the whole group on either side
  const letterByLetter = (group: string) =>
    [...group].reduce<string[]>((acc, letter) => acc.flatMap((p) => [...(byLetter.get(letter) ?? [letter])].map((s) => p + s)), ['']);
  for (const g of LETTER_GROUPS) units.push({ spellings: [...new Set([...letterByLetter(g.cyrillic), ...g.latin])], final: g.final });
  for (const c of RUSSIAN_UKRAINIAN) units.push({ spellings: c.spellings, initial: c.initial, final: c.final });
  // the English form of a final consonant + р: Aleksandr / Alexander, Petr / Peter
  units.push({ spellings: ['р', 'r', 'er'], final: true, afterConsonant: true });
  return units;
}

const UNITS = buildUnits();
const UNITS_BY_FIRST = new Map<string, Unit[]>();
const UNITS_WITH_EMPTY: Unit[] = [];
for (const unit of UNITS) {
  for (const first of new Set(unit.spellings.map((s) => s[0] ?? ''))) {
    if (first === '') UNITS_WITH_EMPTY.push(unit);
    else UNITS_BY_FIRST.set(first, [...(UNITS_BY_FIRST.get(first) ?? []), unit]);
  }
}

const VOWELS = new Set([...'aeiouyаеёиоуыэюяіїєәөұүі']);
const isConsonant = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c) && !VOWELS.has(c);

/** Where each of the unit's spellings that fits at position i of the word ends. */
function ends(unit: Unit, word: string, i: number): number[] {
  if (unit.initial && i !== 0) return [];
  if (unit.afterConsonant && !isConsonant(word[i - 1])) return [];
  const out: number[] = [];
  for (const s of unit.spellings) {
    if (!word.startsWith(s, i)) continue;
    if (unit.final && i + s.length !== word.length) continue;
    out.push(i + s.length);
  }
  return out;
}

const cache = new Map<string, boolean>();
const CACHE_LIMIT = 50_000;

/**
 * Whether two words (from spellingTokens) are spellings of one Cyrillic word. A search over pairs of
 * positions: from (i, j), a unit that fits both words moves both on; a doubled consonant may be read once
 * (Pullman / Pulman, Massanov / Masanov).
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const key = `${a} ${b}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  // the older folding (folding.ts) stays a way to agree: Kazak / Kazakh, Muktar / Mukhtar
  const result = foldName(a) === foldName(b) || search(a, b);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  cache.set(`${b} ${a}`, result);
  return result;
}

function search(a: string, b: string): boolean {
  const width = b.length + 1;
  const seen = new Set<number>([0]);
  const stack = [0];
  const push = (i: number, j: number) => {
    const k = i * width + j;
    if (!seen.has(k)) {
      seen.add(k);
      stack.push(k);
    }
  };
  while (stack.length > 0) {
    const state = stack.pop()!;
    const i = Math.floor(state / width);
    const j = state % width;
    if (i === a.length && j === b.length) return true;
    if (i > 0 && a[i] === a[i - 1] && isConsonant(a[i])) push(i + 1, j);
    if (j > 0 && b[j] === b[j - 1] && isConsonant(b[j])) push(i, j + 1);
    const units = [...(UNITS_BY_FIRST.get(a[i]) ?? []), ...UNITS_WITH_EMPTY];
    for (const unit of units) {
      if (unit.initial && j !== 0) continue;
      const aEnds = ends(unit, a, i);
      if (aEnds.length === 0) continue;
      const bEnds = ends(unit, b, j);
      for (const x of aEnds) for (const y of bEnds) if (x !== i || y !== j) push(x, y);
    }
  }
  return false;
}

/** Two names are one spelling-wise when they have the same number of words and each pair is one word. */
export function sameSpelling(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => sameWord(t, b[i]));
}
