/**
 * Builds the labelled evaluation set of name pairs, tests/fixtures/name-pairs.json:
 *   npx tsx scripts/build-name-pairs.ts
 * Romanisations come from independent implementations of the systems (the `iuliia` package for Russian,
 * `cyrillic-to-translit-js` for the Ukrainian national system), not from this project's tables, so the
 * evaluation does not grade the matcher against itself. Names come from public lists (name-lists.ts);
 * pairs no system produces are in name-pairs-by-hand.ts. The output is deterministic.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import iuliia from 'iuliia';
import { pairsByHand } from './name-pairs-by-hand.js';
import { organisationPairs } from './organisation-name-pairs.js';
import {
  KAZAKH_GIVEN,
  KAZAKH_SURNAMES,
  RUSSIAN_FEMALE_ONLY,
  RUSSIAN_GIVEN,
  RUSSIAN_SURNAMES,
  SOURCES,
  UKRAINIAN_GIVEN,
  UKRAINIAN_SURNAMES,
} from './name-lists.js';

export interface EvalEntity {
  type: string;
  name: string;
  aliases: string[];
  kind?: string;
}
export interface EvalPair {
  a: EvalEntity;
  b: EvalEntity;
  same: boolean;
  source: string;
  /** the row of the evaluation's table it counts in; absent: by its label */
  class?: string;
  /** an editor should be shown the pair: a review item at least (a same pair so marked need not merge) */
  propose?: boolean;
}

/** The systems the issue names, as iuliia implements them. */
const SCHEMES: Array<[string, iuliia.Schema]> = [
  ['BGN/PCGN', iuliia.BGN_PCGN],
  ['ISO 9:1995 (GOST 7.79 A)', iuliia.GOST_779],
  ['ALA-LC', iuliia.ALA_LC_ALT],
  ['ICAO Doc 9303', iuliia.ICAO_DOC_9303],
  ['passport 1997 (MVD 310)', iuliia.MVD_310],
  ['passport 2010 (MVD 782)', iuliia.MVD_782],
  ['Wikipedia (English press)', iuliia.WIKIPEDIA],
  ['BS 2979', iuliia.BS_2979],
  ['UNGEGN 1987', iuliia.UNGEGN_1987],
];
// a CommonJS package whose typings declare an ES default export: loaded the CommonJS way
type Transliterator = (config: { preset: 'uk' }) => { transform(input: string): string };
const ukrainianNational = (createRequire(import.meta.url)('cyrillic-to-translit-js') as Transliterator)({ preset: 'uk' });

/** Kazakh Latin alphabet of 2021 (the official letter table). */
const KAZAKH_LATIN: Record<string, string> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ё: 'io',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'ş',
  щ: 'şş',
  ъ: '',
  ы: 'y',
  і: 'ı',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  '-': '-',
  ' ': ' ',
};
function kazakhLatin(text: string): string {
  const out = [...text.toLowerCase()].map((c) => KAZAKH_LATIN[c] ?? c).join('');
  return out.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

const person = (name: string): EvalEntity => ({ type: 'PERSON', name, aliases: [] });
const scheme = (k: number) => SCHEMES[((k % SCHEMES.length) + SCHEMES.length) % SCHEMES.length];

/** The same Cyrillic name under two different systems; the next system along when both spell it alike. */
function twoRomanisations(cyrillic: string, k: number): [string, string, string] | null {
  const [an, as] = scheme(k);
  for (let step = 1; step < SCHEMES.length; step++) {
    const [bn, bs] = scheme(k + step * 4);
    const a = iuliia.translate(cyrillic, as);
    const b = iuliia.translate(cyrillic, bs);
    if (a !== b) return [a, b, `${cyrillic}: ${an} / ${bn} (iuliia)`];
  }
  return null;
}

function russianSame(): EvalPair[] {
  const pairs: EvalPair[] = [];
  const men = RUSSIAN_GIVEN.map(([m]) => m);
  const women = [...RUSSIAN_GIVEN.flatMap(([, f]) => (f ? [f] : [])), ...RUSSIAN_FEMALE_ONLY];
  RUSSIAN_SURNAMES.forEach(([male, female], i) => {
    for (const [given, surname, k] of [
      [men[i % men.length], male, i],
      [women[(i * 3) % women.length], female, i + 1],
    ] as const) {
      const two = twoRomanisations(`${given} ${surname}`, k);
      if (two)
        pairs.push({
          a: person(two[0]),
          b: person(two[1]),
          same: true,
          source: `${SOURCES.russianGiven}; ${SOURCES.russianSurnames}. ${two[2]}`,
        });
    }
  });
  return pairs;
}

function russianDifferent(): EvalPair[] {
  const pairs: EvalPair[] = [];
  const men = RUSSIAN_GIVEN.map(([m]) => m);
  RUSSIAN_SURNAMES.forEach(([male], i) => {
    // same surname, another given name, each side in another system: two brothers, not one man
    const [g1, g2] = [men[i % men.length], men[(i * 5 + 3) % men.length]];
    if (g1 === g2) return;
    const a = iuliia.translate(`${g1} ${male}`, scheme(i)[1]);
    const b = iuliia.translate(`${g2} ${male}`, scheme(i + 3)[1]);
    pairs.push({
      a: person(a),
      b: person(b),
      same: false,
      source: `different given names, one surname; ${SOURCES.russianGiven}; ${SOURCES.russianSurnames}`,
    });
  });
  RUSSIAN_GIVEN.forEach(([m, f], i) => {
    if (!f) return;
    const [male, female] = RUSSIAN_SURNAMES[i * 2];
    pairs.push({
      a: person(iuliia.translate(`${m} ${male}`, scheme(i)[1])),
      b: person(iuliia.translate(`${f} ${female}`, scheme(i)[1])),
      same: false,
      source: `a man and a woman with the male and female forms of one given name and surname; ${SOURCES.russianGiven}`,
    });
  });
  // surnames a letter or two apart, one given name: namesakes in all but one letter
  const cyr = RUSSIAN_SURNAMES.map(([m]) => m);
  for (let i = 0; i < cyr.length; i++) {
    for (let j = i + 1; j < cyr.length; j++) {
      if (editDistance(cyr[i], cyr[j]) > 2) continue;
      const given = men[(i + j) % men.length];
      pairs.push({
        a: person(iuliia.translate(`${given} ${cyr[i]}`, scheme(i)[1])),
        b: person(iuliia.translate(`${given} ${cyr[j]}`, scheme(j)[1])),
        same: false,
        source: `surnames one or two letters apart (${cyr[i]} / ${cyr[j]}); ${SOURCES.russianSurnames}`,
      });
    }
  }
  return pairs;
}

function ukrainian(): EvalPair[] {
  const pairs: EvalPair[] = [];
  UKRAINIAN_GIVEN.forEach(([uk, ru], i) => {
    const [sUk, sRu] = UKRAINIAN_SURNAMES[i % UKRAINIAN_SURNAMES.length];
    const [name, system] = scheme(i);
    pairs.push({
      a: person(ukrainianNational.transform(`${uk} ${sUk}`)),
      b: person(iuliia.translate(`${ru} ${sRu}`, system)),
      same: true,
      source: `${SOURCES.ukrainianGiven}; ${SOURCES.ukrainianSurnames}. ${uk} ${sUk}: Ukrainian national system (cyrillic-to-translit-js) / its Russian spelling ${ru} ${sRu} in ${name} (iuliia)`,
    });
    const [other] = UKRAINIAN_GIVEN[(i + 7) % UKRAINIAN_GIVEN.length];
    if (other !== uk && UKRAINIAN_GIVEN[(i + 7) % UKRAINIAN_GIVEN.length][2] === UKRAINIAN_GIVEN[i][2]) {
      pairs.push({
        a: person(ukrainianNational.transform(`${uk} ${sUk}`)),
        b: person(ukrainianNational.transform(`${other} ${sUk}`)),
        same: false,
        source: `different given names, one surname; ${SOURCES.ukrainianGiven}; ${SOURCES.ukrainianSurnames}`,
      });
    }
  });
  return pairs;
}

function kazakh(): EvalPair[] {
  const pairs: EvalPair[] = [];
  KAZAKH_GIVEN.forEach(([kk, ru, gender], i) => {
    const [sKk, sRu, sRuF] = KAZAKH_SURNAMES[i % KAZAKH_SURNAMES.length];
    const russian = `${ru} ${gender === 'm' ? sRu : sRuF}`;
    const [name, system] = scheme(i + 2);
    if (gender === 'm') {
      pairs.push({
        a: person(kazakhLatin(`${kk} ${sKk}`)),
        b: person(iuliia.translate(russian, system)),
        same: true,
        source: `${SOURCES.kazakhNames}. ${kk} ${sKk}: Kazakh Latin alphabet 2021 / its Russian spelling ${russian} in ${name} (iuliia)`,
      });
    }
    const two = twoRomanisations(russian, i);
    if (two) pairs.push({ a: person(two[0]), b: person(two[1]), same: true, source: `${SOURCES.kazakhNames}. ${two[2]}` });
    const [otherRu, otherGender] = [KAZAKH_GIVEN[(i + 5) % KAZAKH_GIVEN.length][1], KAZAKH_GIVEN[(i + 5) % KAZAKH_GIVEN.length][2]];
    const otherSurname = otherGender === 'm' ? sRu : sRuF;
    pairs.push({
      a: person(iuliia.translate(russian, system)),
      b: person(iuliia.translate(`${otherRu} ${otherSurname}`, scheme(i + 5)[1])),
      same: false,
      source: `relatives: another given name with the same surname (or its female form); ${SOURCES.kazakhNames}`,
    });
  });
  return pairs;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length];
}

const pairs = [...russianSame(), ...russianDifferent(), ...ukrainian(), ...kazakh(), ...pairsByHand(), ...organisationPairs()];
const fixture = {
  about:
    'Labelled pairs of entity names: same (one entity) or different (two). Built by scripts/build-name-pairs.ts; each pair says where it comes from.',
  counts: { same: pairs.filter((p) => p.same).length, different: pairs.filter((p) => !p.same).length },
  pairs,
};
writeFileSync(new URL('../tests/fixtures/name-pairs.json', import.meta.url), `${JSON.stringify(fixture, null, 1)}\n`);
console.log(`wrote ${pairs.length} pairs: ${fixture.counts.same} same, ${fixture.counts.different} different`);
