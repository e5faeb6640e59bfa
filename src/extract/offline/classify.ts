import type { OrganisationKind } from '../../domain/entity.js';
import {
  INTERGOVERNMENTAL_ACRONYMS,
  LEADING_ORGANISATION_NOUN,
  NOT_ENTITY_ACRONYMS,
  organisationKindOf,
  PLACE_ACRONYMS,
  ROLE_BEFORE_NAME,
  SPEECH_AFTER_NAME,
  TITLES,
  TRAILING_ORGANISATION_NOUN,
} from './cues.js';
import type { NameChunk } from './name-chunks.js';

export type NamedType = 'PERSON' | 'ORGANISATION' | 'PLACE';

/** A name found in the text with what the engine makes of it. */
export interface NameReading {
  name: string;
  start: number;
  end: number;
  sentence: number;
  possessive: boolean;
  /** null: nothing said what it is yet (a lone surname, an unknown word); the gazetteer or a longer name may */
  type: NamedType | null;
  kind?: OrganisationKind;
  role?: string;
  confidence: number;
  cue: string;
}

const PATRONYMIC = /^(uulu|kyzy|qizi|kizi|ogly|oglu|oğlu|qyzy|uly)$/;
const NUMBERED = /^\s+No\.?\s*\d+\b/;
// "Sahil Xeber, an independent news site"; not "Aydoğan, a reporter for the news website"
const APPOSITIVE_ORGANISATION =
  /^,\s+(?:a|an|the)\s+(?:(?!(?:for|of|at|with|by)\b)[a-z-]+\s+){0,2}?(newspaper|news website|website|news outlet|outlet|weekly|daily|magazine|channel|broadcaster|party|movement|group|organi[sz]ation|foundation|ngo|news agency|agency|company|rights group|watchdog|news site)\b/;
const GOVERNMENT_AFTER_DEMONYM =
  /^\s+((?:[a-z]+\s+){0,2}?(authorities|government|ministry|prosecutor'?s office|police|security service))\b/;

type Base = Pick<NameReading, 'name' | 'start' | 'end' | 'sentence' | 'possessive'>;

/** One capitalised run with the text either side of it, as the rules read it. */
interface ChunkContext {
  text: string;
  chunk: NameChunk;
  /** the run without a leading title */
  name: string;
  title: RegExpMatchArray | null;
  base: Base;
  /** up to 60 characters before and after the run */
  before: string;
  after: string;
}

/** A rule decides (a reading, or null: not a name) or passes the run on to the next one (undefined). */
type Rule = (c: ChunkContext) => NameReading | null | undefined;

const placeBased: Rule = ({ chunk, name, base }) => {
  if (!/-based$/.test(name)) return undefined;
  return {
    ...base,
    name: name.slice(0, -'-based'.length),
    end: chunk.end - '-based'.length,
    type: 'PLACE',
    confidence: 0.7,
    cue: '"-based" after the name',
  };
};

const numberedInstitution: Rule = ({ chunk, name, base, after }) => {
  const numbered = chunk.possessive ? null : after.match(NUMBERED);
  if (!numbered || !organisationKindOf(name)) return undefined;
  return {
    ...base,
    name: name + numbered[0],
    end: chunk.end + numbered[0].length,
    type: 'ORGANISATION',
    kind: organisationKindOf(name)!,
    confidence: 0.75,
    cue: 'a numbered institution',
  };
};

const appositiveOrganisation: Rule = ({ chunk, base, after }) => {
  const appositive = chunk.possessive ? null : after.match(APPOSITIVE_ORGANISATION);
  if (!appositive) return undefined;
  return {
    ...base,
    type: 'ORGANISATION',
    kind: organisationKindOf(appositive[1]!) ?? 'OTHER',
    confidence: 0.7,
    cue: `"${appositive[1]}" said of the name`,
  };
};

const leadingOrganisationNoun: Rule = ({ title, base, before }) => {
  const leading = before.match(LEADING_ORGANISATION_NOUN);
  if (!leading || title) return undefined;
  return {
    ...base,
    type: 'ORGANISATION',
    kind: organisationKindOf(leading[1]!) ?? 'OTHER',
    confidence: 0.75,
    cue: `"${leading[1]}" before the name`,
  };
};

const acronym: Rule = ({ name, base, after }) => (/^[A-Z]{2,6}$/.test(name) ? readAcronym(name, base, after) : undefined);

const trailingOrganisationNoun: Rule = ({ text, chunk, name, base, after }) => {
  const trailing = chunk.possessive ? null : after.match(TRAILING_ORGANISATION_NOUN);
  if (!trailing) return undefined;
  // "Zarechnoye prison" is the prison's name; "the Zhany Bagyt party" is Zhany Bagyt
  const joined = !trailing[0].startsWith(',') && /^(prison|colony|jail|penitentiary|court)$/i.test(trailing[1]!);
  return {
    ...base,
    name: joined ? text.slice(base.start, chunk.end + trailing[0].length) : name,
    end: joined ? chunk.end + trailing[0].length : chunk.end,
    type: 'ORGANISATION',
    kind: organisationKindOf(trailing[1]!) ?? 'OTHER',
    confidence: 0.75,
    cue: `"${trailing[1]}" after the name`,
  };
};

const governmentAfterDemonym: Rule = ({ chunk, name, base, after }) => {
  const government = !chunk.possessive && !name.includes(' ') ? after.match(GOVERNMENT_AFTER_DEMONYM) : null;
  if (!government || chunk.tagged === 'PERSON') return undefined;
  return {
    ...base,
    name: `${name} ${government[1]}`,
    end: chunk.end + government[0].length,
    type: 'ORGANISATION',
    kind: 'GOVERNMENT_BODY',
    confidence: 0.6,
    cue: `"${government[2]}" after a demonym`,
  };
};

const organisationWordInName: Rule = ({ chunk, name, base }) => {
  const inner = organisationKindOf(name);
  if (!inner || chunk.tagged === 'PERSON') return undefined;
  return { ...base, type: 'ORGANISATION', kind: inner, confidence: 0.7, cue: 'an organisation word in the name' };
};

/** The rules in the order they are tried: an earlier one outranks a later one that would also decide. */
const RULES: readonly Rule[] = [
  placeBased,
  numberedInstitution,
  appositiveOrganisation,
  leadingOrganisationNoun,
  acronym,
  trailingOrganisationNoun,
  governmentAfterDemonym,
  organisationWordInName,
];

/**
 * Reads one capitalised run in the context of its text: titles and role words before it, organisation
 * nouns around it, speech verbs after it, compromise's tags. Each rule that decides says so in `cue`,
 * which the draft passes to the reviewer.
 */
export function readChunk(text: string, chunk: NameChunk): NameReading | null {
  const title = chunk.text.match(TITLES);
  const name = title ? chunk.text.slice(title[0].length) : chunk.text;
  const base = {
    name,
    start: chunk.start + (title?.[0].length ?? 0),
    end: chunk.end,
    sentence: chunk.sentence,
    possessive: chunk.possessive,
  };
  if (name.length < 2 || !/\p{L}/u.test(name)) return null;
  const before = text.slice(Math.max(0, chunk.start - 60), chunk.start);
  const after = text.slice(chunk.end, chunk.end + 60);
  const context: ChunkContext = { text, chunk, name, title, base, before, after };
  for (const rule of RULES) {
    const reading = rule(context);
    if (reading !== undefined) return reading;
  }
  return readPersonOrPlace(chunk, base, before, after, title?.[0].trim());
}

function readAcronym(name: string, base: Base, after: string): NameReading | null {
  if (NOT_ENTITY_ACRONYMS.has(name)) return null;
  if (PLACE_ACRONYMS.has(name) && /^\s+dollars?\b/i.test(after)) return null;
  if (PLACE_ACRONYMS.has(name)) return { ...base, type: 'PLACE', confidence: 0.7, cue: 'a country written as an acronym' };
  if (INTERGOVERNMENTAL_ACRONYMS.has(name))
    return { ...base, type: 'ORGANISATION', kind: 'INTERGOVERNMENTAL', confidence: 0.75, cue: 'a known intergovernmental acronym' };
  return { ...base, type: 'ORGANISATION', kind: 'OTHER', confidence: 0.45, cue: 'an acronym' };
}

function readPersonOrPlace(chunk: NameChunk, base: Base, before: string, after: string, title: string | undefined): NameReading | null {
  const role = title?.toLowerCase() ?? before.match(ROLE_BEFORE_NAME)?.[1]?.toLowerCase();
  if (role) return { ...base, type: 'PERSON', role, confidence: chunk.tagged === 'PERSON' ? 0.85 : 0.7, cue: `"${role}" before the name` };
  if (chunk.tagged === 'PLACE')
    return {
      ...base,
      type: 'PLACE',
      confidence: /\b(in|from|to|near|across|of)\s+$/i.test(before) ? 0.8 : 0.65,
      cue: 'a known place name',
    };
  const speaks = SPEECH_AFTER_NAME.exec(after);
  if (chunk.tagged === 'PERSON') return { ...base, type: 'PERSON', confidence: speaks ? 0.85 : 0.75, cue: 'a known personal name' };
  if (speaks) return { ...base, type: 'PERSON', confidence: 0.6, cue: `"${speaks[1]}" after the name` };
  if (/ (of|for) /.test(base.name))
    return { ...base, type: 'ORGANISATION', kind: 'OTHER', confidence: 0.5, cue: 'a name of the form "X of Y"' };
  const words = base.name.split(/\s+/);
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) || PATRONYMIC.test(w)))
    return { ...base, type: 'PERSON', confidence: 0.4, cue: 'capitalised words' };
  const preposition = before.match(/\b(in|from|near|outside|across|to the city of)\s+$/);
  if (preposition && words.length === 1) return { ...base, type: 'PLACE', confidence: 0.45, cue: `"${preposition[1]}" before the name` };
  return { ...base, type: null, confidence: 0.3, cue: 'a capitalised word' };
}
