import type { OrganisationKind } from '../domain/entity.js';

/**
 * The words organisations of each kind are named with, and the other words the press uses for them: the
 * table behind organisation-names.ts. Each row reads "these phrases mean this word", so "Interior
 * Ministry", "Ministry of Internal Affairs" and "Ministry of the Interior" all become {interior, ministry}
 * once the filler words are dropped and the order forgotten. To extend: add a row to the kind's list (or
 * to ANY_KIND when the words mean the same for every kind). Phrases are lower case, words as latinised
 * (spellingTokens); a possessive 's is dropped before they are read ("Prosecutor's" is "prosecutor").
 * A row must never make two different bodies one: "department" is not "ministry" (a city's Department of
 * Internal Affairs is not the Ministry), "Council of Europe" is not the "European Council".
 */
export type WordRow = readonly [canonical: string, phrases: readonly string[]];

/** Spellings and short forms every kind shares. */
const ANY_KIND: readonly WordRow[] = [
  ['organisation', ['organization']],
  ['centre', ['center']],
  ['defence', ['defense']],
  ['labour', ['labor']],
  ['cooperation', ['co operation']],
];

/** Per kind: ministries by their field, prosecutors, courts by level, parties, funds. */
const BY_KIND: Partial<Record<OrganisationKind, readonly WordRow[]>> = {
  GOVERNMENT_BODY: [
    ['ministry', ['ministries', 'министерство', 'ministerstvo']],
    // the ministry of the interior goes by its Russian name (MVD: internal affairs) and the British one (home affairs)
    ['interior', ['internal affairs', 'home affairs', 'interior affairs', 'внутренних дел', 'vnutrennikh del']],
    ['foreign', ['foreign affairs', 'external affairs', 'иностранных дел', 'inostrannykh del']],
    ['defence', ['обороны']],
    ['justice', ['юстиции']],
    ['emergencies', ['emergency situations', 'emergency']],
    ['health', ['healthcare']],
    ['finance', ['finances']],
    ['president', ['presidential']],
    // the general prosecutor's office, the procuracy and the prokuratura are one office; word order is free anyway
    ['prosecutor office', ['procuracy', 'prokuratura', 'прокуратура', 'prosecution office']],
    ['prosecutor', ['procurator', 'prosecutors']],
    ['general', ['генеральная', 'generalnaya']],
    ['police', ['militia', 'militsiya', 'милиция', 'полиция', 'politsiya']],
  ],
  COURT: [
    ['court', ['суд', 'courts']],
    ['appeal', ['appeals', 'appellate']],
    // Kazakh, Russian and Ukrainian courts by level: oblast is region, raion is district
    ['regional', ['region', 'oblast', 'oblys', 'областной', 'oblastnoy']],
    ['district', ['raion', 'rayon', 'районный', 'raionnyi', 'rayonnyy']],
    ['city', ['городской', 'gorodskoy']],
    ['supreme', ['верховный']],
  ],
  PARTY: [
    ['party', ['партия', 'partiya', 'partiyasy']],
    ['movement', ['движение', 'dvizhenie']],
  ],
  NGO: [
    // фонд is both
    ['foundation', ['fund', 'фонд']],
  ],
  INTERGOVERNMENTAL: [],
  MEDIA_OUTLET: [['television', ['tv', 'телевидение']]],
  COMPANY: [
    ['corporation', ['corp']],
    ['limited', ['ltd']],
    ['incorporated', ['inc']],
  ],
};

/** The rows for a kind; an unknown kind (or OTHER) reads every kind's rows, none of which contradict another. */
export function wordRowsFor(kind: OrganisationKind | null | undefined): readonly WordRow[] {
  if (!kind || kind === 'OTHER') return [...ANY_KIND, ...Object.values(BY_KIND).flat()];
  return [...ANY_KIND, ...(BY_KIND[kind] ?? [])];
}

/**
 * Short forms written in capitals inside a name ("US State Department", "UN Human Rights Council"), read
 * as their long forms; matched on the name as written, so the word "us" is never the United States.
 */
export const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:U\.S\.A\.|U\.S\.|USA|US)(?!\p{L})/gu, 'United States'],
  [/\b(?:U\.K\.|UK)(?!\p{L})/gu, 'United Kingdom'],
  [/\b(?:U\.N\.|UN)(?!\p{L})/gu, 'United Nations'],
  [/\b(?:E\.U\.|EU)(?!\p{L})/gu, 'European Union'],
  // the Russian and Kazakh press's own: "MVD RF", "Supreme Court of the RK"
  [/\bRF(?!\p{L})/gu, 'Russian Federation'],
  [/\bRK(?!\p{L})/gu, 'Republic of Kazakhstan'],
];

/**
 * Countries as a name qualifies an organisation by them: the country, its adjective, its other names.
 * "Kazakh Interior Ministry", "Kazakhstan's Interior Ministry" and "Interior Ministry of the Republic of
 * Kazakhstan" all say Kazakhstan. Regions (Europe, Asia) are not countries: the Council of Europe is not
 * the European Council.
 */
export const COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  kazakhstan: ['kazakhstan', 'kazakh', 'kazakhstani', 'qazaqstan', 'kazakstan', 'казахстан', 'казахстана', 'казахстанский'],
  russia: ['russia', 'russian', 'russian federation', 'россия', 'россии', 'российской федерации', 'российский'],
  ukraine: ['ukraine', 'ukrainian', 'україна', 'україни', 'украина', 'украины'],
  kyrgyzstan: ['kyrgyzstan', 'kyrgyz', 'kirghiz', 'kirgiz', 'kyrgyz republic', 'kyrgyzstani', 'кыргызстан', 'киргизия'],
  uzbekistan: ['uzbekistan', 'uzbek', 'uzbekistani', 'узбекистан', 'узбекистана'],
  tajikistan: ['tajikistan', 'tajik', 'tajikistani', 'таджикистан', 'таджикистана'],
  turkmenistan: ['turkmenistan', 'turkmen', 'туркменистан', 'туркменистана'],
  belarus: ['belarus', 'belarusian', 'belarussian', 'byelorussian', 'беларусь', 'беларуси'],
  moldova: ['moldova', 'moldovan'],
  georgia: ['georgia', 'georgian'],
  armenia: ['armenia', 'armenian'],
  azerbaijan: ['azerbaijan', 'azerbaijani', 'azeri'],
  mongolia: ['mongolia', 'mongolian'],
  china: ['china', 'chinese', 'people republic of china'],
  turkey: ['turkey', 'turkish', 'turkiye'],
  iran: ['iran', 'iranian'],
  afghanistan: ['afghanistan', 'afghan'],
  united_states: ['united states', 'united states of america', 'america', 'american'],
  united_kingdom: ['united kingdom', 'britain', 'great britain', 'british'],
  germany: ['germany', 'german'],
  france: ['france', 'french'],
  poland: ['poland', 'polish'],
  lithuania: ['lithuania', 'lithuanian'],
  latvia: ['latvia', 'latvian'],
  estonia: ['estonia', 'estonian'],
};

/**
 * Words that say a name is an organisation's (with the table's words and the countries): only such names
 * get a blocking key of their words in any order (match-keys.ts), so people's names get none.
 */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'ministry',
  'department',
  'office',
  'committee',
  'commission',
  'service',
  'agency',
  'bureau',
  'council',
  'court',
  'party',
  'movement',
  'union',
  'government',
  'administration',
  'embassy',
  'police',
  'prosecutor',
  'parliament',
  'assembly',
  'foundation',
  'association',
  'organisation',
  'centre',
  'institute',
  'bank',
  'company',
  'corporation',
  'prison',
  'colony',
  'television',
  'radio',
  'newspaper',
]);

/** Words that only join the others ("Ministry of the Interior", "Committee for State Security"): dropped. */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'the',
  'of',
  'for',
  'and',
  'in',
  'on',
  'at',
  'to',
  'a',
  'an',
  'republic',
  'и',
  'по',
  'при',
  'республики',
]);
