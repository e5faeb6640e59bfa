import type { EvalPair } from './build-name-pairs.js';

/**
 * People whose names alone cannot settle it, each with the context resolution would read around them
 * (their roles, and the people and organisations both are seen with): romanisation variants that no
 * table explains (one vowel, a y before a vowel, s / z), and different given names with one surname.
 * The variants are spellings English-language outlets print for one Kazakh, Kyrgyz, Tatar or Russian
 * name (Болат as Bolat / Bulat, Жакупов as Zhakupov / Zhakipov); the distinct names are pairs that
 * are two names in the name lists (name-lists.ts) or differ by a gender ending.
 */
type Context = NonNullable<EvalPair['circle']>;
const person = (name: string) => ({ type: 'PERSON' as const, name, aliases: [] as string[] });
const org = (name: string) => ({ id: `organisation:${name.toLowerCase().replace(/\W+/g, '-')}`, name, type: 'ORGANISATION' });
const someone = (name: string) => ({ id: `person:${name.toLowerCase().replace(/\W+/g, '-')}`, name, type: 'PERSON' });
const PLACE = { id: 'place:almaty', name: 'Almaty', type: 'PLACE' };

// contexts as articles give them: a shared role and a shared client, two shared colleagues, nothing
const lawyerOfDuvanov: Context = { roles: [['lawyer'], ['defence lawyer']], shared: [someone('Sergei Duvanov')] };
const twoColleagues: Context = { roles: [[], ['journalist']], shared: [org('Respublika'), someone('Irina Petrushova')] };
const thin: Context = { roles: [[], []], shared: [] };
const onlyAPlace: Context = { roles: [['activist'], ['activist']], shared: [PLACE] };
const oneNeighbour: Context = { roles: [[], []], shared: [org('Adil Soz')] };
const contexts: Array<[string, Context]> = [
  ['a shared role and neighbour', lawyerOfDuvanov],
  ['two shared neighbours', twoColleagues],
];
const thinContexts: Array<[string, Context]> = [
  ['no context', thin],
  ['a shared role and only a place', onlyAPlace],
  ['one shared neighbour, no role', oneNeighbour],
];

const VARIANT = 'romanisations English-language outlets print for one name (RFE/RL, Eurasianet, IWPR, Vlast.kz in English)';
const givenVariants: Array<[string, string]> = [
  ['Bolat Atabayev', 'Bulat Atabayev'],
  ['Nurbolat Masanov', 'Nurbulat Masanov'],
  ['Zhanat Seitov', 'Zhanyat Seitov'],
  ['Yerkin Abenov', 'Yerken Abenov'],
  ['Bakhytzhan Ertayev', 'Bakhytzhon Ertayev'],
  ['Sultan Akimbekov', 'Soltan Akimbekov'],
  ['Galymzhan Tokhtarov', 'Galymzhon Tokhtarov'],
  ['Bauyrzhan Momyshuly', 'Baurzhan Momyshuly'],
];
const surnameVariants: Array<[string, string]> = [
  ['Erlan Zhakupov', 'Erlan Zhakipov'],
  ['Yerlan Zhakupov', 'Erlan Zhakipov'],
  ['Aigul Soltanbayeva', 'Aigul Sultanbayeva'],
  ['Marat Kozhakhmetov', 'Marat Kozhakhmatov'],
  ['Askar Kuzembayev', 'Askar Kusembayev'],
];

const DISTINCT = 'two given names (name lists, gender endings) with one surname: relatives or namesakes in one circle';
const distinctGiven: Array<[string, string]> = [
  ['Aleksandr Ivanov', 'Aleksei Ivanov'],
  ['Maria Pulman', 'Mario Pulman'],
  ['Marat Zhakupov', 'Murat Zhakupov'],
  ['Alina Seitova', 'Alena Seitova'],
  ['Aleksei Kozlov', 'Alexandr Kozlov'],
  ['Yevgeny Zhovtis', 'Yevgenia Zhovtis'],
  ['Dina Abenova', 'Dana Abenova'],
  ['Erlan Zhakupov', 'Nurlan Zhakupov'],
  ['Sergei Duvanov', 'Pavel Duvanov'],
  ['Masha Petrova', 'Misha Petrova'],
];

/** The pairs, each in a class of its own for the evaluation's table. */
export function pairsInContext(): EvalPair[] {
  const variantClass = (part: string, strong: boolean) => `${part} variant, ${strong ? 'context agrees' : 'thin context'}`;
  const variants = (names: Array<[string, string]>, part: string) =>
    names.flatMap(([a, b]) => [
      ...contexts.map(([what, circle]) => ({
        a: person(a),
        b: person(b),
        same: true,
        circle,
        class: variantClass(part, true),
        source: `${VARIANT}; ${what}`,
      })),
      ...thinContexts.map(([what, circle]) => ({
        a: person(a),
        b: person(b),
        same: true,
        // an editor should see it, resolution should not merge it on so little
        propose: true,
        circle,
        class: variantClass(part, false),
        source: `${VARIANT}; ${what}`,
      })),
    ]);
  const distinct = distinctGiven.flatMap(([a, b]) =>
    contexts.map(([what, circle]) => ({
      a: person(a),
      b: person(b),
      same: false,
      propose: true,
      circle,
      class: 'different given names, shared circle',
      source: `${DISTINCT}; ${what}`,
    })),
  );
  return [...variants(givenVariants, 'given-name'), ...variants(surnameVariants, 'surname'), ...distinct];
}
