import type { OrganisationKind } from '../domain/entity.js';
import type { MatchOutcome, NamedEntity } from './match-outcome.js';
import { abbreviates, initialsOf } from './name-forms.js';
import { foldedTokens } from './names.js';
import { ABBREVIATIONS, COUNTRIES, FILLER_WORDS, ORGANISATION_NOUNS, type WordRow, wordRowsFor } from './organisation-words.js';
import { remembered } from './remembered.js';
import { latinise, sameWord } from './spelling.js';

/**
 * One organisation named in other words: "Interior Ministry of Kazakhstan" / "Ministry of Internal Affairs
 * of Kazakhstan" / "Kazakhstan's Ministry of the Interior", "Prosecutor General's Office" / "General
 * Prosecutor's Office", "US State Department" / "United States Department of State", "Russian FSB" /
 * "Federal Security Service of Russia". A name is read as its countries and the rest of its words through
 * the kind's table (organisation-words.ts), filler dropped and order forgotten; two names agree when the
 * rest agrees word for word (in any romanisation) and so do the countries.
 */
export interface OrganisationForm {
  /** the countries the name qualifies the organisation by, in the order written */
  countries: string[];
  /** the other words read through the table, filler dropped, sorted: what the organisation is */
  core: string[];
  /** the other words as written, for acronyms ("FSB" of "Russian FSB") */
  rest: string[];
}

/** A merge on the same words: below one name in two spellings (1, 0.97) and an acronym (0.95). */
const SAME_WORDS_SCORE = 0.92;
const REVIEW_SCORE = 0.85;
const NONE: MatchOutcome = { decision: 'none', score: 0, reason: '' };

type Phrase = { words: string[]; as: string[] };
const phrasesOf = (rows: readonly WordRow[]): Phrase[] =>
  rows
    .flatMap(([canonical, phrases]) => phrases.map((p) => ({ words: p.split(' '), as: canonical.split(' ') })))
    .sort((x, y) => y.words.length - x.words.length);
const COUNTRY_PHRASES: Phrase[] = phrasesOf(Object.entries(COUNTRIES).map(([country, forms]) => [country, forms] as const));
const phrasesByKind = new Map<string, Phrase[]>();
const phrasesFor = (kind: OrganisationKind | null): Phrase[] => {
  const key = kind ?? 'ANY';
  if (!phrasesByKind.has(key)) phrasesByKind.set(key, phrasesOf(wordRowsFor(kind)));
  return phrasesByKind.get(key)!;
};

const startsAt = (words: readonly string[], i: number, phrase: readonly string[]) => phrase.every((w, k) => words[i + k] === w);

// a possessive 's (or a plural's ') joins nothing: "Kazakhstan's" is Kazakhstan, "Prosecutor's" prosecutor
const POSSESSIVE = /(\p{L})['’ʼ`]s(?!\p{L})|(\p{L}s)['’ʼ`](?!\p{L})/gu;
const INNER_MARKS = /['ʹʺ’‘`´ʼ]/g;

/** The raw words of a name, abbreviations read as their long forms. */
function wordsOf(name: string): string[] {
  let text = name.replace(POSSESSIVE, '$1$2');
  for (const [pattern, long] of ABBREVIATIONS) text = text.replace(pattern, long);
  return text
    .replace(INNER_MARKS, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function readForm(name: string, phrases: Phrase[]): OrganisationForm {
  const raw = wordsOf(name);
  const words = raw.map((w) => latinise(w));
  const form: OrganisationForm = { countries: [], core: [], rest: [] };
  for (let i = 0; i < words.length; ) {
    const country = COUNTRY_PHRASES.find((p) => startsAt(words, i, p.words));
    const phrase = country ? null : phrases.find((p) => startsAt(words, i, p.words));
    if (country) {
      if (!form.countries.includes(country.as[0])) form.countries.push(country.as[0]);
    } else if (phrase) {
      form.core.push(...phrase.as);
      form.rest.push(...raw.slice(i, i + phrase.words.length));
    } else if (!FILLER_WORDS.has(words[i])) {
      form.core.push(words[i]);
      form.rest.push(raw[i]);
    }
    i += (country ?? phrase)?.words.length ?? 1;
  }
  form.core.sort();
  return form;
}

// every candidate is compared with every name again: remember the forms, per kind read
const rememberedForm = remembered((key: string) => {
  const cut = key.indexOf('\u0000');
  const kind = key.slice(0, cut);
  return readForm(key.slice(cut + 1), phrasesFor(kind === 'ANY' ? null : (kind as OrganisationKind)));
}, 400_000);

/** A name read through its kind's table (every kind's when the kind is unknown). */
export function organisationForm(name: string, kind: OrganisationKind | null = null): OrganisationForm {
  return rememberedForm(`${kind ?? 'ANY'}\u0000${name}`);
}

/** Sorted words equal one for one, each in any romanisation. */
function sameCore(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const unused = [...b];
  for (const w of a) {
    const k = unused.findIndex((u) => sameWord(w, u));
    if (k < 0) return false;
    unused.splice(k, 1);
  }
  return true;
}

/** "FSB" of "Russian FSB" abbreviates "Federal Security Service" of "Federal Security Service of Russia". */
const acronymOfRest = (f: OrganisationForm, g: OrganisationForm) =>
  f.rest.length === 1 && g.rest.length >= 2 && f.countries.length + g.countries.length > 0 && abbreviates(f.rest[0], g.rest.join(' '));

/** Whether two names say the same words, leaving their countries aside. */
function sameWords(f: OrganisationForm, g: OrganisationForm): boolean {
  // a lone generic word ("the Ministry") is not enough of a name unless both give the country
  const enough = f.core.length >= 2 || (f.countries.length > 0 && g.countries.length > 0);
  return (f.core.length > 0 && enough && sameCore(f.core, g.core)) || acronymOfRest(f, g) || acronymOfRest(g, f);
}

/** Every country an entity's names give (the ministry of one country, named in several ways). */
function entityCountries(e: NamedEntity, kind: OrganisationKind | null): Set<string> {
  return new Set([e.name, ...e.aliases].flatMap((n) => organisationForm(n, kind).countries));
}

/**
 * Two organisations of different countries: both entities' names give countries and none is shared. The
 * same ministry of two countries is two ministries, even when one was once called by the other's alias.
 */
export function countriesConflict(a: NamedEntity, b: NamedEntity): boolean {
  const [ca, cb] = [entityCountries(a, null), entityCountries(b, null)];
  return ca.size > 0 && cb.size > 0 && ![...ca].some((c) => cb.has(c));
}

const kindsAgree = (a: NamedEntity, b: NamedEntity) => !a.kind || !b.kind || a.kind === b.kind || a.kind === 'OTHER' || b.kind === 'OTHER';
const knownKind = (k: OrganisationKind | null | undefined) => (k && k !== 'OTHER' ? k : null);
const LABELS: Partial<Record<OrganisationKind, string>> = { INTERGOVERNMENTAL: 'intergovernmental organisation', NGO: 'NGO' };
const label = (kind: OrganisationKind | null) => (kind ? (LABELS[kind] ?? kind.toLowerCase().replace('_', ' ')) : 'organisation');

/**
 * Merge when two names of one kind say the same words (by the table, in any order) and the same
 * countries, or neither gives one; review when only one gives a country (the bare "Interior Ministry" may
 * be any country's) or the kinds differ.
 */
export function sameOrganisationWords(a: NamedEntity, b: NamedEntity): MatchOutcome {
  const agree = kindsAgree(a, b);
  const kind = agree ? (knownKind(a.kind) ?? knownKind(b.kind)) : null;
  const [ca, cb] = [entityCountries(a, kind), entityCountries(b, kind)];
  if (ca.size > 0 && cb.size > 0 && ![...ca].some((c) => cb.has(c))) return NONE;
  // a name that gives no country is of its entity's one country, when its other names agree on one
  const countriesOf = (f: OrganisationForm, all: Set<string>) => (f.countries.length > 0 ? f.countries : all.size === 1 ? [...all] : []);
  let best = NONE;
  for (const x of [a.name, ...a.aliases]) {
    for (const y of [b.name, ...b.aliases]) {
      const [fx, fy] = [organisationForm(x, kind), organisationForm(y, kind)];
      if (!sameWords(fx, fy)) continue;
      const [kx, ky] = [countriesOf(fx, ca), countriesOf(fy, cb)];
      if (kx.length > 0 && ky.length > 0 && kx.join(' ') !== ky.join(' ')) continue;
      const outcome: MatchOutcome =
        kx.length === 0 && ky.length > 0
          ? oneCountry(y, x, ky)
          : ky.length === 0 && kx.length > 0
            ? oneCountry(x, y, kx)
            : agree
              ? sameWordsMerge(x, y, kind)
              : kindsReview(a, b, x, y);
      if (outcome.score > best.score) best = outcome;
    }
  }
  return best;
}

const sameWordsMerge = (x: string, y: string, kind: OrganisationKind | null): MatchOutcome => ({
  decision: 'merge',
  score: SAME_WORDS_SCORE,
  reason: `"${x}" and "${y}" name one ${label(kind)} in other words`,
});

const oneCountry = (withCountry: string, without: string, countries: string[]): MatchOutcome => ({
  decision: 'review',
  score: REVIEW_SCORE,
  reason: `"${withCountry}" is of ${countries.join(' and ').replace('_', ' ')}, "${without}" gives no country; not merged, please review`,
});

const kindsReview = (a: NamedEntity, b: NamedEntity, x: string, y: string): MatchOutcome => ({
  decision: 'review',
  score: REVIEW_SCORE,
  reason: `"${x}" and "${y}" say the same in other words, but one is a ${a.kind} and the other a ${b.kind}; please review`,
});

/** Whether the table read anything in a name: a country, a synonym, a filler word, an organisation's noun. */
function readByTable(name: string, form: OrganisationForm): boolean {
  const words = wordsOf(name).map((w) => latinise(w));
  return (
    form.countries.length > 0 ||
    words.length !== form.core.length ||
    words.some((w) => !form.core.includes(w)) ||
    form.core.some((w) => ORGANISATION_NOUNS.has(w))
  );
}

/**
 * Blocking keys (match-keys.ts) for the names this module could merge: o_<words> is the name's words read
 * through every kind's table, sorted, without its countries (so the bare "Interior Ministry" finds the
 * Kazakh one, to be offered for review), and a name with a country also keys the initials of the rest
 * (o_cec for the Central Election Commission of Kazakhstan, found by "Kazakh CEC"). Only names the table
 * reads get them, so people's names add none.
 */
export function organisationKeys(name: string): string[] {
  const form = organisationForm(name, null);
  if (form.core.length === 0 || !readByTable(name, form)) return [];
  const words = form.core.flatMap((w) => foldedTokens(w)).sort();
  const keys = words.length > 0 ? [`o_${words.join('_')}`] : [];
  if (form.countries.length > 0 && form.rest.length >= 2) {
    for (const i of initialsOf(form.rest.join(' '))) keys.push(...foldedTokens(i).map((t) => `o_${t}`));
  }
  return [...new Set(keys)];
}
