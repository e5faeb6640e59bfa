import nlp from 'compromise';
import type { Sentence } from './text-units.js';

/** A run of capitalised words in a sentence that may name an entity, before it is classified. */
export interface NameChunk {
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** the name is followed by 's (owner of what follows: "Duvanov's lawyer") */
  possessive: boolean;
  /** compromise's reading of the words: person, place, organisation, acronym, or nothing it knows */
  tagged: 'PERSON' | 'PLACE' | 'ORGANISATION' | 'ACRONYM' | null;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{Lu}\p{Lt}][\p{L}\p{M}\d\-'’]*|[\p{Ll}\d][\p{L}\p{M}\d\-'’]*/gu;
/** small words that may sit inside a name: "Democratic Choice of Kazakhstan", "Jaap de Hoop Scheffer" */
const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'van',
  'der',
  'von',
  'al',
  'el',
  'in',
  'on',
  'the',
  'and',
  'bin',
  'ibn',
  'da',
  'di',
  'du',
  'la',
  'le',
]);
/** capitalised for another reason than being a name */
const NOT_NAMES = new Set(
  (
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'I He She It We They You His Her Its Our Their The A An This That These Those When While After Before Since As If But And Or So Yet Although Though ' +
    'According However Meanwhile Earlier Later Last Next Such Some Many Most Several All Both Each Every Other Another No Not Now Then There Here ' +
    'In On At By For From To With Without Of Into Under Over Between Among Against During Despite Mr Mrs Ms Dr Author Photo Update Editor Note'
  ).split(' '),
);

/**
 * Finds the runs of capitalised words in each sentence. A run may hold connectors ("of", "de") when a
 * capitalised word follows them, and "and" only inside an organisation-like name (one that already has
 * "of" or "for"), so that "Uzbekistan and Tajikistan" stays two names while "Organisation for Security
 * and Cooperation in Europe" stays one.
 */
export function findNameChunks(sentences: readonly Sentence[]): NameChunk[] {
  const inner = capitalisedInside(sentences);
  return sentences.flatMap((sentence) => chunksOf(sentence, inner));
}

/** Words the text capitalises where English would not: inside a sentence. A sentence's first word is a name when it is one of them. */
function capitalisedInside(sentences: readonly Sentence[]): Set<string> {
  const inner = new Set<string>();
  for (const sentence of sentences) {
    const words = [...sentence.text.matchAll(WORD)].map((m) => m[0]);
    for (const word of words.slice(1))
      if (/^[\p{Lu}\p{Lt}]/u.test(word) && !NOT_NAMES.has(stripPossessive(word))) inner.add(stripPossessive(word));
  }
  return inner;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function chunksOf(sentence: Sentence, inner: ReadonlySet<string>): NameChunk[] {
  const words: Word[] = [];
  for (let m = WORD.exec(sentence.text); m; m = WORD.exec(sentence.text))
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < words.length) {
    const run = runFrom(words, i, sentence, inner);
    if (run.length === 0) {
      i++;
      continue;
    }
    const chunk = toChunk(words.slice(i, i + run.length), sentence);
    if (chunk) chunks.push(chunk);
    i += run.length;
  }
  return chunks;
}

const isCapitalised = (w: Word | undefined) => w !== undefined && /^[\p{Lu}\p{Lt}]/u.test(w.text);
const adjacent = (text: string, a: Word, b: Word) => /^[ \t]+$/.test(text.slice(a.end, b.start)) || a.end === b.start;

/** The words of one run starting at i (empty when words[i] cannot start a name). */
function runFrom(words: Word[], i: number, sentence: Sentence, inner: ReadonlySet<string>): Word[] {
  if (!startsName(words, i, sentence, inner)) return [];
  const run = [words[i]!];
  let j = i + 1;
  while (j < words.length && adjacent(sentence.text, words[j - 1]!, words[j]!)) {
    const word = words[j]!;
    if (/['’]s$/.test(run[run.length - 1]!.text) && !INSTITUTION_END.test(word.text)) break;
    if (PATRONYMIC.test(word.text)) {
      run.push(word);
      j++;
      break;
    }
    if (isCapitalised(word) && !NOT_NAMES.has(stripPossessive(word.text))) {
      run.push(word);
      j++;
      continue;
    }
    if (!connects(run, words, j, sentence)) break;
    run.push(word, words[j + 1]!);
    j += 2;
  }
  return run;
}

function startsName(words: Word[], i: number, sentence: Sentence, inner: ReadonlySet<string>): boolean {
  const word = words[i]!;
  if (!isCapitalised(word) || NOT_NAMES.has(stripPossessive(word.text)) || /^\d/.test(word.text)) return false;
  const first = i === 0 || /["“‘(]\s*$/.test(sentence.text.slice(0, word.start));
  if (!first || inner.has(stripPossessive(word.text))) return true;
  const next = words[i + 1];
  const nameFollows = next !== undefined && isCapitalised(next) && adjacent(sentence.text, word, next);
  return !isCommonWord(word.text, nameFollows);
}

function connects(run: Word[], words: Word[], j: number, sentence: Sentence): boolean {
  const word = words[j]!.text;
  const next = words[j + 1];
  if (!CONNECTORS.has(word) || !next || !isCapitalised(next) || !adjacent(sentence.text, words[j]!, next) || NOT_NAMES.has(next.text))
    return false;
  if (/['’]s?$/.test(run[run.length - 1]!.text)) return false;
  if (word === 'and') return run.some((w) => w.text === 'of' || w.text === 'for');
  if (word === 'in' && INSTITUTION_END.test(run[run.length - 1]!.text)) return false;
  return word !== 'the' || run.some((w) => w.text === 'of');
}

/** Turkic patronymic particles, written in lower case after the father's name: "Eldiyar Tologon uulu" */
const PATRONYMIC = /^(uulu|kyzy|qizi|kizi|ogly|oglu|oğlu|qyzy|uly)$/;
/** the words that end an institution's name: "the District Court in Bishkek" is a court and a city */
const INSTITUTION_END = /^(Court|Office|Ministry|Prison|Colony|Committee|Service|Police|Department|Council|Prosecutor)$/;

const stripPossessive = (word: string) => word.replace(/['’]s?$/, '');

const CLOSED_CLASS = [
  'Determiner',
  'Preposition',
  'Pronoun',
  'Conjunction',
  'QuestionWord',
  'Adverb',
  'Value',
  'Modal',
  'Auxiliary',
  'Copula',
];

/**
 * A sentence's first word is capitalised anyway. A function word never starts a name; another word
 * does when a capitalised word follows it ("Farid Qasimzade was detained", compromise knowing neither),
 * or when compromise knows it as a person or a place ("Duvanov said"); alone before lower-case words it
 * is taken as common ("Rumours that", "Police in").
 */
function isCommonWord(word: string, nameFollows: boolean): boolean {
  const tags = new Set(
    (nlp(word.toLowerCase()).json({ terms: { tags: true } }) as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [],
  );
  if (CLOSED_CLASS.some((t) => tags.has(t))) return true;
  if (tags.has('Person') || tags.has('Place') || tags.has('FirstName') || tags.has('Country') || nameFollows) return false;
  return true;
}

function toChunk(words: Word[], sentence: Sentence): NameChunk | null {
  const last = words[words.length - 1]!;
  const ending = last.text.match(/['’]s$|(?<=s)['’]$/)?.[0] ?? '';
  const possessive = ending !== '';
  let end = last.end - ending.length;
  let text = sentence.text.slice(words[0]!.start, end);
  const trailing = text.match(/[-'’]+$/)?.[0].length ?? 0;
  end -= trailing;
  text = text.slice(0, text.length - trailing);
  if (text.length < 2 || isHeadline(sentence) || /^[\p{Lu}\d]+(\s+[\p{Lu}\d]+)+$/u.test(text)) return null;
  return {
    text,
    start: sentence.start + words[0]!.start,
    end: sentence.start + end,
    sentence: sentence.index,
    possessive,
    tagged: tagOf(text),
  };
}

function tagOf(text: string): NameChunk['tagged'] {
  if (/^[A-Z]{2,6}$/.test(text)) return 'ACRONYM';
  const tags = (nlp(text).json({ terms: { tags: true } }) as Array<{ terms: Array<{ tags: string[] }> }>).flatMap((s) =>
    s.terms.map((t) => new Set(t.tags)),
  );
  if (tags.length === 0) return null;
  if (tags.some((t) => t.has('Organization'))) return 'ORGANISATION';
  if (tags.every((t) => t.has('Place') || t.has('Country') || t.has('City'))) return 'PLACE';
  if (tags.some((t) => t.has('Person') || t.has('FirstName') || t.has('LastName'))) return 'PERSON';
  return null;
}

/**
 * A headline or title-case line capitalises every word: its capitals say nothing about names. A headline
 * has no full stop; a short sentence that has one ("Police in Azerbaijan detained Qasimzade.") is prose.
 */
function isHeadline(sentence: Sentence): boolean {
  if (/[.!?]["”’)]?\s*$/.test(sentence.text)) return false;
  const words = sentence.text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.7;
}
