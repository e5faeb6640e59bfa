import type { OrganisationKind } from '../../domain/entity.js';

/**
 * Words that say what kind of organisation a name is, inside the name ("Zarechnoye prison", "Ministry of
 * Justice") or just before it ("the opposition newspaper SOLDAT"). Checked in order: the first list
 * whose word the name holds wins, so "Supreme Court" is a court before it is anything governmental.
 */
const ORGANISATION_CUES: ReadonlyArray<[OrganisationKind, RegExp]> = [
  [
    'INTERGOVERNMENTAL',
    /\b(united nations|osce|organi[sz]ation for security|council of europe|european union|nato|commonwealth|interpol|un human rights|world bank|international monetary)\b/i,
  ],
  ['COURT', /\b(court|tribunal)s?\b/i],
  ['PRISON', /\b(prison|colony|jail|gaol|penitentiary|detention (centre|center|facility)|remand centre|labour camp|camp)s?\b/i],
  ['PARTY', /\bpart(y|ies)\b/i],
  [
    'MEDIA_OUTLET',
    /\b(newspaper|news|times|post|gazette|radio|tv|television|channel|news agency|magazine|journal|daily|weekly|tribune|herald|press|media|broadcasting|reporting|website|portal|bulletin)\b/i,
  ],
  [
    'GOVERNMENT_BODY',
    /\b(ministry|ministries|government|prosecutor'?s?|prosecution|procuracy|police|parliament|senate|assembly|council|department|administration|authorities|inspectorate|bureau|security service|state committee|kgb|fsb|mvd|municipality|mayor'?s office|embassy|consulate)\b/i,
  ],
  ['COMPANY', /\b(company|corporation|corp|inc|ltd|llc|plc|holding|bank|group)\b/i],
  [
    'NGO',
    /\b(foundation|watch|institute|centre|center|association|union|society|fund|trust|coalition|network|initiative|committee|reporters|rights|amnesty|league|movement|alliance|federation|club|organi[sz]ation|ngo)\b/i,
  ],
];

export function organisationKindOf(words: string): OrganisationKind | null {
  return ORGANISATION_CUES.find(([, cue]) => cue.test(words))?.[0] ?? null;
}

/** Lower-case nouns that, right after a name, make it an organisation's: "Zarechnoye prison", "the DCK party". */
export const TRAILING_ORGANISATION_NOUN =
  /^(?:,\s+[A-Z]{2,6},)?\s+(prison|colony|jail|penitentiary|party|newspaper|weekly|daily|magazine|court|foundation|movement|ministry|agency)\b/i;

/** Lower-case nouns that, right before a name, make it an organisation's: "the opposition newspaper SOLDAT". */
export const LEADING_ORGANISATION_NOUN =
  /\b(newspaper|weekly|daily|magazine|news agency|agency|website|channel|foundation|party|movement|group|organi[sz]ation|ngo|watchdog|union|court|prison|colony|company|bank|broadcaster)\s+$/i;

/** Titles before a person's name: a role, not part of the name. */
export const TITLES =
  /^(President|Prime Minister|Vice President|Deputy Minister|Minister|Judge|Justice|General|Colonel|Major|Captain|Lieutenant|Sergeant|Senator|Governor|Mayor|Ambassador|Attorney|Lawyer|Prosecutor|Professor|Prof|Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Sheikh|Imam|Father|Bishop|Archbishop|Patriarch|King|Queen|Prince|Princess|Chairman|Director|Editor|Commissioner|Deputy|MP|Reporter|Journalist|Correspondent|Activist|Blogger|Dissident|Opposition leader|Opposition activist|Lawyer)\.?\s+/;

/** Lower-case words just before a person's name that say who they are: "attorney Maria Pulman". */
export const ROLE_BEFORE_NAME =
  /\b((?:opposition |human rights |investigative |independent |jailed |detained |imprisoned |exiled |veteran |former |fellow |defence |defense |prominent )*(journalist|reporter|editor|correspondent|blogger|activist|lawyer|attorney|advocate|president|minister|official|judge|prosecutor|leader|politician|figure|dissident|writer|poet|photographer|director|chairman|head|spokesman|spokeswoman|spokesperson|deputy|ambassador|colleague|campaigner|defender|businessman|student|professor|researcher|analyst))\s+$/i;

/** Verbs right after a name that only a person (or a group of people) does: "Masanov said". */
export const SPEECH_AFTER_NAME =
  /^,?\s+(said|says|told|added|wrote|argued|recalled|explained|insisted|believes|claimed|claims|alleged|denied|confirmed|stated|noted|warned|asked)\b/i;

/** Places that are written as acronyms. */
export const PLACE_ACRONYMS = new Set(['US', 'USA', 'UK', 'UAE', 'USSR', 'DRC']);
export const INTERGOVERNMENTAL_ACRONYMS = new Set([
  'UN',
  'EU',
  'OSCE',
  'NATO',
  'CIS',
  'OAS',
  'ASEAN',
  'OECD',
  'WHO',
  'ICC',
  'ECHR',
  'PACE',
  'ODIHR',
  'UNHCR',
  'UNESCO',
]);
/** Acronyms that are not names of anything in particular. */
export const NOT_ENTITY_ACRONYMS = new Set([
  'TV',
  'AM',
  'PM',
  'OK',
  'CEO',
  'MP',
  'NGO',
  'NGOS',
  'ID',
  'PR',
  'IT',
  'AIDS',
  'HIV',
  'GDP',
  'BC',
  'AD',
]);
