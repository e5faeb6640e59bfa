import type { OrganisationKind } from '../domain/entity.js';
import { latinise, sameWord, spellingTokens } from './spelling.js';

/**
 * How names of people and organisations vary without naming someone else: a patronymic given or left
 * out, surname first or last, an acronym for a full name, generic words around a distinctive name
 * ("Matrosskaya Tishina prison" / "the detention centre at Matrosskaya Tishina").
 */

// Russian and Ukrainian patronymics (-ovich, -ovna, -ich, -ichna) and Kazakh ones (-uly, -kyzy)
const PATRONYMIC = /(ovich|evich|ovych|evych|ovna|evna|ivna|ichna|uly|ulu|uli|kyzy|qyzy|ovic|evic)$/;

type PersonNameRelation =
  | 'same' // one person's name in two spellings or orders
  | 'initial' // a given name and its initial, same surname: "S. Duvanov" / "Sergei Duvanov"
  | 'surname-only' // one is only the other's surname
  | 'different-given' // same surname, other given names: a president and his daughter, two brothers
  | 'different';

function withoutPatronymic(tokens: readonly string[]): { core: readonly string[]; patronymic: string | null } {
  if (tokens.length >= 3) {
    const i = tokens.findIndex((t, k) => k > 0 && PATRONYMIC.test(t));
    if (i > 0) return { core: tokens.filter((_, k) => k !== i), patronymic: tokens[i] };
  }
  return { core: tokens, patronymic: null };
}

const sameOrInitial = (a: string, b: string): 'same' | 'initial' | null => {
  if (sameWord(a, b)) return 'same';
  if ((a.length === 1 && b.length > 1 && sameWord(a, b[0])) || (b.length === 1 && a.length > 1 && sameWord(b, a[0]))) return 'initial';
  if ((a.length === 1 || b.length === 1) && sameWord(a.slice(0, 2), b.slice(0, 2))) return 'initial';
  return null;
};

/** Compares two people's names given name(s) by given name(s) and surname by surname, in either order. */
export function comparePersonNames(a: string, b: string): PersonNameRelation {
  const pa = withoutPatronymic(spellingTokens(a));
  const pb = withoutPatronymic(spellingTokens(b));
  if (pa.patronymic && pb.patronymic && !sameWord(pa.patronymic, pb.patronymic)) return 'different';
  const [x, y] = [pa.core, pb.core];
  if (x.length === 0 || y.length === 0) return 'different';
  if (x.length === 1 || y.length === 1) {
    if (x.length === 1 && y.length === 1) return sameWord(x[0], y[0]) ? 'same' : 'different';
    const [single, full] = x.length === 1 ? [x[0], y] : [y[0], x];
    return sameWord(single, full[full.length - 1]) || sameWord(single, full[0]) ? 'surname-only' : 'different';
  }
  if (x.length !== y.length) return 'different';
  // surname last in both, or surname first in one of them ("Duvanov Sergei")
  const orders = [y, [...y.slice(1), y[0]], [y[y.length - 1], ...y.slice(0, -1)]];
  let best: PersonNameRelation = 'different';
  for (const order of orders) {
    if (!sameWord(x[x.length - 1], order[order.length - 1])) continue;
    const given = x.slice(0, -1).map((t, i) => sameOrInitial(t, order[i]));
    if (given.every((g) => g === 'same')) return 'same';
    best = given.every((g) => g !== null) ? 'initial' : best === 'initial' ? best : 'different-given';
  }
  return best;
}

const STOPWORDS = new Set([
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
  'de',
  'du',
  'des',
  'la',
  'le',
  'et',
  'no',
  'named',
  'after',
  'и',
  'в',
  'во',
  'на',
  'по',
  'за',
  'для',
  'при',
  'с',
  'со',
  'о',
  'об',
  'і',
  'й',
  'та',
  'у',
  'з',
  'із',
  'имени',
  'жане',
  'ushin',
]);

/** An acronym: one word of two to eight capitals or digits, dots allowed (OSCE, O.S.C.E., ДВК). */
function isAcronym(name: string): boolean {
  const compact = name.trim().replace(/\./g, '');
  return /^[\p{Lu}\d&]{2,8}$/u.test(compact) && /\p{Lu}.*\p{Lu}/u.test(compact);
}

/** The initials an acronym of this name would have: of its significant words, and of all its words. */
export function initialsOf(name: string): string[] {
  const words = latinise(name)
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.replace(/-/g, '').length > 0);
  if (words.length < 2) return [];
  const initials = (ws: string[]) => ws.map((w) => w.replace(/^-+/, '')[0]).join('');
  return [...new Set([initials(words.filter((w) => !STOPWORDS.has(w))), initials(words)])].filter((i) => i.length >= 2);
}

/**
 * Whether `acronym` abbreviates `fullName` (the initials of its significant words, or of all of them);
 * names joined by a slash go part by part (RFE/RL, Radio Free Europe/Radio Liberty).
 */
export function abbreviates(acronym: string, fullName: string): boolean {
  const [parts, fullParts] = [acronym.split('/'), fullName.split('/')];
  if (parts.length > 1 && parts.length === fullParts.length) return parts.every((p, i) => abbreviatesOne(p, fullParts[i]));
  return abbreviatesOne(acronym, fullName);
}

/**
 * Whether `acronym` abbreviates the first words of `fullName` only (KIBHR for the Kazakhstan International
 * Bureau for Human Rights and the Rule of Law): a short form some outlets use, worth a look, not a merge.
 */
export function abbreviatesBeginning(acronym: string, fullName: string): boolean {
  if (!isAcronym(acronym) || isAcronym(fullName) || acronym.replace(/\./g, '').length < 3) return false;
  const letters = latinise(acronym.replace(/\./g, ''));
  return initialsOf(fullName).some((i) => i.length > letters.length && sameWord(letters, i.slice(0, letters.length)));
}

function abbreviatesOne(acronym: string, fullName: string): boolean {
  if (!isAcronym(acronym) || isAcronym(fullName)) return false;
  const letters = latinise(acronym.replace(/\./g, ''));
  return initialsOf(fullName).some((i) => sameWord(letters, i));
}

/** Words that say what sort of organisation it is, not which one. Kinds not listed have none. */
const GENERIC_WORDS: Partial<Record<OrganisationKind, readonly string[]>> = {
  PRISON: [
    'prison',
    'jail',
    'gaol',
    'colony',
    'penal',
    'correctional',
    'labour',
    'labor',
    'camp',
    'detention',
    'centre',
    'center',
    'facility',
    'institution',
    'pre',
    'trial',
    'pretrial',
    'remand',
    'isolator',
    'sizo',
    'settlement',
    'penitentiary',
    'compound',
    'tyurma',
    'koloniya',
    'тюрьма',
    'колония',
    'сизо',
    'изолятор',
  ],
  PARTY: ['party', 'movement', 'bloc', 'партия', 'движение'],
  MEDIA_OUTLET: [
    'newspaper',
    'weekly',
    'daily',
    'magazine',
    'journal',
    'paper',
    'website',
    'site',
    'agency',
    'news',
    'tv',
    'television',
    'channel',
    'radio',
    'station',
    'outlet',
    'publication',
    'online',
    'газета',
    'журнал',
  ],
  GOVERNMENT_BODY: ['government', 'authorities', 'administration', 'state'],
  COURT: ['court', 'tribunal', 'суд'],
  NGO: ['foundation', 'fund', 'organisation', 'organization', 'group', 'association', 'society', 'committee', 'ngo', 'charity', 'фонд'],
  INTERGOVERNMENTAL: ['organisation', 'organization'],
  COMPANY: ['company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'jsc', 'ojsc', 'holding', 'holdings', 'group'],
};

/** The words that name this organisation rather than its sort: "Matrosskaya Tishina" in every variant above. */
export function distinctiveWords(name: string, kind: OrganisationKind | null): string[] {
  const generic = new Set(kind ? (GENERIC_WORDS[kind] ?? []) : []);
  return spellingTokens(name).filter((w) => !STOPWORDS.has(w) && !generic.has(w));
}

// Russian adjective endings, so a place-derived name agrees with itself in every gender: Zarechnoye /
// Zarechny / Zarechnaya (the colony, the prison, the settlement)
const ADJECTIVE_ENDING = /(oye|oie|aya|aia|aja|oe|yy|iy|yi|ii|ij|yj|oy|oi|oj|ая|ое|ый|ий|ой|яя|ее|y|i)$/;

function sameDistinctiveWord(a: string, b: string): boolean {
  if (sameWord(a, b)) return true;
  const [sa, sb] = [a.replace(ADJECTIVE_ENDING, ''), b.replace(ADJECTIVE_ENDING, '')];
  return sa !== a && sb !== b && sa.length >= 4 && sameWord(sa, sb);
}

/**
 * Two descriptions of one organisation: the same distinctive words (in any order, each spelt in any
 * romanisation), at least one of them with a generic word around it, and enough of a name to go on.
 */
export function sameDistinctiveName(a: string, b: string, kind: OrganisationKind): boolean {
  const [da, db] = [distinctiveWords(a, kind), distinctiveWords(b, kind)];
  if (da.length === 0 || da.length !== db.length || da.join('').length < 4) return false;
  if (da.length === spellingTokens(a).length && db.length === spellingTokens(b).length) return false;
  const unused = [...db];
  for (const w of da) {
    const k = unused.findIndex((u) => sameDistinctiveWord(w, u));
    if (k < 0) return false;
    unused.splice(k, 1);
  }
  return true;
}
