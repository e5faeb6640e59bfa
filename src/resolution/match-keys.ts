import { createHash } from 'node:crypto';
import { initialsOf } from './name-forms.js';
import { ACRONYM_WORTHY_WORDS, foldedTokens } from './names.js';
import { organisationKeys } from './organisation-names.js';

/**
 * Blocking keys for entity resolution: short strings kept per stored entity in an exact-lookup index, so
 * that ingest finds the entities a name may be by a few index seeks whose cost does not grow with the
 * graph (a trigram search does: common trigrams match thousands of names). Two names resolution could
 * merge or propose share at least one key:
 *   w_<token>     each folded word (Nazarbaev for Nazarbayev, Назарбаев)
 *   s_<skeleton>  each word's consonant skeleton (below): romanisations and vowel typos of one word
 *   n_<name>      the whole folded name, so an exact duplicate is found however common its words
 *   k_<skeletons> the whole name's skeletons in sorted order: one name in another spelling and word order
 *   o_<words>     an organisation's words through the table of organisation-words.ts, in sorted order,
 *                 without its country: "Interior Ministry" and "Ministry of Internal Affairs of Kazakhstan"
 * Long names also key their initials (w_osce), as the search index does, so an acronym finds them.
 * Keys hold only [a-z0-9_], so they pass through SQL and Lucene as plain terms.
 */

/** Keys of one stored entity (its name and every alias); the index is built from these. */
export function matchKeysOf(entity: { name: string; aliases: readonly string[] }): string[] {
  const names = [entity.name, ...entity.aliases];
  const acronyms = names.filter((n) => foldedTokens(n).length >= ACRONYM_WORTHY_WORDS).flatMap(acronymsOf);
  return [
    ...new Set([...names.flatMap(nameKeys), ...acronyms.flatMap(foldedTokens).map((t) => `w_${t}`), ...names.flatMap(organisationKeys)]),
  ];
}

/** Keys to look up for one name resolution asks about (a name, an alias or an acronym it may stand for). */
export function queryKeysOf(name: string): string[] {
  return [...nameKeys(name), ...organisationKeys(name)];
}

/** The names an incoming entity's candidates are looked up by: its name and aliases, and an organisation's acronyms. */
export function namesToLookUp(entity: { type: string; name: string; aliases: readonly string[] }): string[] {
  const names = [entity.name, ...entity.aliases];
  return entity.type === 'ORGANISATION' ? [...names, ...names.flatMap(acronymsOf)] : names;
}

/**
 * The acronyms an organisation's name may be written as, to look up or to key: its initials (initialsOf),
 * their beginnings of three letters or more (CPJ for the Committee for the Protection of Journalists in
 * Kazakhstan, which resolution proposes for review), and the initials of each part of a name joined by a
 * slash (RFE and RL for Radio Free Europe/Radio Liberty).
 */
export function acronymsOf(name: string): string[] {
  const initials = [name, ...(name.includes('/') ? name.split('/') : [])].flatMap(initialsOf);
  const beginnings = initials.flatMap((i) => Array.from({ length: Math.max(0, i.length - 3) }, (_, k) => i.slice(0, 3 + k)));
  return [...new Set([...initials, ...beginnings])];
}

// a soft sign or apostrophe inside a word (Il'in, Ilʹin) joins it rather than splitting it in two
const WORD_INNER_MARKS = /['ʹʺ’‘`´]/g;

function nameKeys(name: string): string[] {
  const tokens = foldedTokens(name.replace(WORD_INNER_MARKS, ''));
  if (tokens.length === 0) return [];
  const keys = [`n_${tokens.join('_')}`];
  for (const t of tokens) keys.push(`w_${t}`);
  for (const t of tokens) for (const s of skeletonsOf(t)) keys.push(`s_${s}`);
  const whole = tokens.map((t) => skeletonsOf(t)[0]).filter((s) => s !== undefined);
  if (whole.length > 1) keys.push(`k_${whole.sort().join('_')}`);
  return [...new Set(keys)];
}

/**
 * A word's skeletons: a folded j is Ж (zh, folded to j: Zhanna / Janna) or Й (the scholarly Tatʹjana,
 * Anatolij), so a word with a j has one skeleton for each reading.
 */
export function skeletonsOf(token: string): string[] {
  const skeletons = [skeletonOf(token), ...(token.includes('j') ? [skeletonOf(token.replaceAll('j', 'i'))] : [])];
  return [...new Set(skeletons.filter((s) => s.length > 0))];
}

// Letters and groups the romanisation systems and the press trade for one another, read as one class
const GROUPS: Array<[RegExp, string]> = [
  [/shch|sch|dzh|dj|sh|ch|zh|ts|tz/g, 's'], // Щ Ш Ч Ж Ц, Dzhaksybekov / Jaksybekov
  [/kh|gh|q/g, 'k'], // Kh / H / Q for Х and Қ
  [/ph/g, 'f'],
  [/th/g, 't'],
];
const CLASSES: Record<string, string> = { z: 's', c: 's', j: 's', x: 'ks', g: 'k', h: 'k', w: 'v', f: 'v', d: 't', p: 'b' };
const VOWELS = /[aeiouy]/g;

/**
 * A folded word's consonants, each by class, runs collapsed: Aleksandr, Alexander and Oleksandr are all
 * lksntr, Nazarbayev and Nazarbaev nsrbv, Heorhiy and Georgiy krk. Coarse on purpose: it only decides
 * what is compared, never what is merged (sameWord decides that). Empty for a word of vowels only.
 */
function skeletonOf(token: string): string {
  let word = token;
  for (const [pattern, replacement] of GROUPS) word = word.replace(pattern, replacement);
  word = word.replace(VOWELS, '');
  let out = '';
  for (const c of word) out += CLASSES[c] ?? c;
  return out.replace(/(.)\1+/g, '$1');
}

/*
 * The rules' fingerprint. Each store keeps the fingerprint its keys were built under and rebuilds them on
 * migrate when it differs (src/storage/*): keys of entities written under older rules would otherwise stay
 * until each entity is written again, and resolution would miss those candidates. It is the keys of a fixed,
 * varied list of names, hashed, so any change to the rules that shows on these names changes it, without
 * anyone remembering to bump a version. A change that none of them shows is missed: add a name that does.
 */
const FINGERPRINT_PROBES: ReadonlyArray<{ name: string; aliases: readonly string[] }> = [
  { name: 'Sergei Duvanov', aliases: ['Sergey Duvanov'] },
  { name: 'Nursultan Nazarbayev', aliases: ['Nazarbaev', 'Назарбаев Нурсултан Абишевич'] },
  { name: 'Tatʹjana Ilʹina', aliases: ["Tatiana Il'ina"] },
  { name: 'Zhanna Aleksandrovna Dzhaksybekova', aliases: ['Janna Jaksybekova'] },
  { name: 'Heorhiy Khodorkovsky', aliases: ['Georgiy'] },
  { name: 'Қасым-Жомарт Тоқаев', aliases: ['Kassym-Jomart Tokayev'] },
  { name: 'Ministry of Internal Affairs of Kazakhstan', aliases: ['Interior Ministry', 'MVD'] },
  { name: 'Министерство внутренних дел Республики Казахстан', aliases: [] },
  { name: 'National Security Committee of the Republic of Kazakhstan', aliases: ['KNB'] },
  { name: 'Committee for the Protection of Journalists', aliases: [] },
  { name: 'Radio Free Europe/Radio Liberty', aliases: ['RFE/RL', 'Radio Azattyq'] },
  { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE'] },
  { name: "Kazakhstan's Prosecutor General's Office", aliases: ['General Prosecutor of Russia'] },
  { name: 'Supreme Court of Ukraine', aliases: ['Верховний Суд України'] },
  { name: 'Almaty', aliases: ['Alma-Ata', 'Алматы'] },
  { name: 'Ust-Kamenogorsk', aliases: ['Oskemen', 'Өскемен'] },
  { name: 'Zhanaozen massacre', aliases: ['2011 Zhanaozen events'] },
  { name: 'January 2022 unrest in Kazakhstan', aliases: ['Qandy Qantar'] },
];

/** Changes whenever matchKeysOf's keys of the probes change: what a store compares with the one it kept. */
export const MATCH_KEYS_FINGERPRINT = createHash('sha256')
  .update(JSON.stringify(FINGERPRINT_PROBES.map(matchKeysOf)))
  .digest('hex')
  .slice(0, 16);
