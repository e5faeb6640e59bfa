import { ExtractionError } from '../domain/errors.js';

/**
 * About a hundred of the most common English function words. They make up some 40% of the words of
 * English prose, names and all, and few of them are words of other languages written in Latin letters.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  `
  the of and a to in is was that for it as with be on by he at from his an are were this which or had not
  but have has been they their its who she her him we you i said will would there all one after when more
  also than into can no if about up out them so what some could other only over these those then do did
  does being because while where how any both before under between against during through since such may
  should most many very just now own each until again whom why here once off down our us my me
  `
    .trim()
    .split(/\s+/),
);

/** Below this share of function words a Latin-script text is not English (English prose: 0.3 to 0.5). */
const MIN_ENGLISH_SHARE = 0.15;
/** Fewer words than this say too little to tell the language by. */
const MIN_WORDS = 20;

const SCRIPTS: Array<[string, RegExp]> = [
  ['Cyrillic script', /\p{Script=Cyrillic}/u],
  ['Arabic script', /\p{Script=Arabic}/u],
  ['Chinese, Japanese or Korean', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u],
  ['Greek script', /\p{Script=Greek}/u],
  ['Hebrew script', /\p{Script=Hebrew}/u],
  ['Georgian script', /\p{Script=Georgian}/u],
  ['Armenian script', /\p{Script=Armenian}/u],
  ['Devanagari script', /\p{Script=Devanagari}/u],
  ['Thai script', /\p{Script=Thai}/u],
];

/**
 * Refuses a text the offline engine cannot read: its NLP models and cue words are English, and on
 * another language they find nothing, or worse, find nonsense. Mostly non-Latin letters name their
 * script; Latin letters with few English function words are "another language".
 */
export function checkEnglish(source: string, text: string): void {
  const letters = [...text.matchAll(/\p{L}/gu)].map((m) => m[0]);
  const latin = letters.filter((l) => /\p{Script=Latin}/u.test(l)).length;
  if (letters.length > 0 && latin / letters.length < 0.5) {
    const script = dominantScript(letters) ?? 'this language';
    throw new ExtractionError(
      `${source}: the text is written mostly in ${script}, and the offline engine reads English; use --engine llm with a model that reads ${script}`,
    );
  }
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  if (words.length < MIN_WORDS) return;
  const share = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length;
  if (share < MIN_ENGLISH_SHARE) {
    throw new ExtractionError(
      `${source}: the text does not read as English (${Math.round(share * 100)}% of its words are common English words, against 30% or more in English), and the offline engine reads English; use --engine llm with a model that reads this language`,
    );
  }
}

function dominantScript(letters: readonly string[]): string | undefined {
  const counts = SCRIPTS.map(([name, pattern]) => [name, letters.filter((l) => pattern.test(l)).length] as const);
  const [name, count] = counts.reduce((best, next) => (next[1] > best[1] ? next : best));
  return count > 0 ? name : undefined;
}
