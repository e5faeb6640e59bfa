import type { EntityType } from '../domain/entity.js';
import type { MatchOutcome, NamedEntity } from './match-outcome.js';
import { abbreviates, abbreviatesBeginning, comparePersonNames, sameDistinctiveName } from './name-forms.js';
import { foldName } from './folding.js';
import { nameMatchScore, similarity } from './names.js';
import { countriesConflict, sameOrganisationWords } from './organisation-names.js';
import { sameSpelling, spellingTokens } from './spelling.js';

export type { MatchOutcome, NamedEntity } from './match-outcome.js';

/** Close enough to be worth a person's look, but not close enough to merge automatically. */
const NEAR_MISS_SCORE = 0.75;

/** Not one, and not worth a look. */
export const NONE: MatchOutcome = { decision: 'none', score: 0, reason: '' };
const better = (a: MatchOutcome, b: MatchOutcome) => (b.score > a.score ? b : a);

/** Pairs of names to compare: name with name, name with alias, alias with name (alias with alias apart). */
function namePairs(a: NamedEntity, b: NamedEntity): { primary: Array<[string, string]>; aliases: Array<[string, string]> } {
  const primary: Array<[string, string]> = [
    [a.name, b.name],
    ...b.aliases.map((y) => [a.name, y] as [string, string]),
    ...a.aliases.map((x) => [x, b.name] as [string, string]),
  ];
  const aliases = a.aliases.flatMap((x) => b.aliases.map((y) => [x, y] as [string, string]));
  return { primary, aliases };
}

function spelledAlike(x: string, y: string, type: EntityType): boolean {
  return type === 'PERSON' ? comparePersonNames(x, y) === 'same' : sameSpelling(spellingTokens(x), spellingTokens(y));
}

/** A merge on one name shared in two spellings: 1 when they fold alike, a little less when only the tables tie them. */
function spellingOutcome(x: string, y: string): MatchOutcome {
  return foldName(x) === foldName(y)
    ? { decision: 'merge', score: 1, reason: `same name "${foldName(x)}"` }
    : { decision: 'merge', score: 0.97, reason: `"${x}" and "${y}" are romanisations of one name` };
}

const kindsAgree = (a: NamedEntity, b: NamedEntity) => !a.kind || !b.kind || a.kind === b.kind || a.kind === 'OTHER' || b.kind === 'OTHER';

/**
 * Merge, review or leave alone. Merged: one's name and the other's name or alias are one name (in any
 * romanisation, surname first or last, with or without a patronymic); for organisations also an acronym
 * and its full name, or two descriptions with the same distinctive name and kind. Never merged: different
 * types, different given names with one surname, organisations sharing only a generic word.
 */
export function compareNamed(a: NamedEntity, b: NamedEntity): MatchOutcome {
  const { primary, aliases } = namePairs(a, b);
  if (a.type !== b.type) {
    const shared = primary.find(([x, y]) => spelledAlike(x, y, a.type));
    return shared ? { decision: 'review', score: 1, reason: `same name, but a ${b.type} is never merged with a ${a.type}` } : NONE;
  }
  let outcome = spellingMerge(a, b, primary);
  if (a.type === 'ORGANISATION')
    outcome = oneCountryOnly(a, b, better(outcome, better(organisationOutcome(a, b), sameOrganisationWords(a, b))));
  if (outcome.decision === 'merge') return outcome;
  // two given names with one surname are two people, whatever aliases (a bare surname) they share
  if (a.type === 'PERSON' && comparePersonNames(a.name, b.name) === 'different-given' && personReview(a, b).decision === 'none')
    return NONE;
  for (const [x, y] of aliases) {
    if (spelledAlike(x, y, a.type))
      outcome = better(outcome, { decision: 'review', score: 0.9, reason: `they share the alias "${x}"; not merged, please review` });
  }
  if (a.type === 'PERSON') outcome = better(outcome, personReview(a, b));
  else outcome = better(outcome, similarNames(a, b));
  return outcome;
}

/**
 * The merge that one name shared in two spellings makes (compareNamed's first rule), or NONE: all that
 * compareNamed can conclude for two events that are plainly different happenings (compareEvents).
 */
export function spellingMerge(a: NamedEntity, b: NamedEntity, primary = namePairs(a, b).primary): MatchOutcome {
  if (a.type !== b.type) return NONE;
  let outcome = NONE;
  for (const [x, y] of primary) if (spelledAlike(x, y, a.type)) outcome = better(outcome, spellingOutcome(x, y));
  return outcome;
}

function organisationOutcome(a: NamedEntity, b: NamedEntity): MatchOutcome {
  const all = (e: NamedEntity) => [e.name, ...e.aliases];
  for (const x of all(a)) {
    for (const y of all(b)) {
      const [acronym, full] = abbreviates(x, y) ? [x, y] : abbreviates(y, x) ? [y, x] : [null, null];
      if (acronym && full) {
        return kindsAgree(a, b)
          ? { decision: 'merge', score: 0.95, reason: `"${acronym}" is the acronym of "${full}"` }
          : {
              decision: 'review',
              score: 0.85,
              reason: `"${acronym}" abbreviates "${full}", but one is a ${a.kind} and the other a ${b.kind}`,
            };
      }
    }
  }
  if (a.kind && a.kind === b.kind) {
    for (const x of all(a)) {
      for (const y of all(b)) {
        if (sameDistinctiveName(x, y, a.kind))
          return { decision: 'merge', score: 0.9, reason: `"${x}" and "${y}" describe one ${a.kind.toLowerCase().replace('_', ' ')}` };
      }
    }
  }
  for (const x of all(a)) {
    for (const y of all(b)) {
      const [acronym, full] = abbreviatesBeginning(x, y) ? [x, y] : abbreviatesBeginning(y, x) ? [y, x] : [null, null];
      if (acronym && full && kindsAgree(a, b)) {
        return {
          decision: 'review',
          score: 0.8,
          reason: `"${acronym}" may abbreviate the beginning of "${full}"; not merged, please review`,
        };
      }
    }
  }
  return NONE;
}

/** The same ministry of two countries is two ministries, even named exactly as the other's alias: a review at most. */
function oneCountryOnly(a: NamedEntity, b: NamedEntity, outcome: MatchOutcome): MatchOutcome {
  if (outcome.decision !== 'merge' || !countriesConflict(a, b)) return outcome;
  return {
    decision: 'review',
    score: NEAR_MISS_SCORE,
    reason: `${outcome.reason}, but their names give different countries; please review`,
  };
}

/** People: an initial or a lone surname is worth a look; a different given name is another person. */
function personReview(a: NamedEntity, b: NamedEntity): MatchOutcome {
  const relation = comparePersonNames(a.name, b.name);
  if (relation === 'initial')
    return { decision: 'review', score: 0.85, reason: 'the initials and the surname agree; not merged, please review' };
  if (relation === 'surname-only')
    return { decision: 'review', score: 0.8, reason: "one name is only the other's surname; not merged, please review" };
  if (relation === 'different-given') {
    // a given name one letter away may be a misspelling (Nurbolat / Nurbulat); Nursultan and Dariga are two people
    const [ga, gb] = [spellingTokens(a.name)[0], spellingTokens(b.name)[0]];
    const close = similarity(foldName(ga), foldName(gb));
    return close >= NEAR_MISS_SCORE
      ? { decision: 'review', score: round(close), reason: 'same surname, given names nearly alike; not merged, please review' }
      : NONE;
  }
  return similarNames(a, b);
}

function similarNames(a: NamedEntity, b: NamedEntity): MatchOutcome {
  const score = Math.max(...[b.name, ...b.aliases].map((n) => differingWordsScore(a.name, n)));
  return score >= NEAR_MISS_SCORE ? { decision: 'review', score: round(score), reason: 'similar name; not merged, please review' } : NONE;
}

/**
 * Names that share words are told apart by the words they do not share: "Radio Zesiab" and "Radio Zesuek"
 * are two stations, "Pavlodar Bureau for Human Rights" and "Karaganda Bureau for Human Rights" two bureaus,
 * Konstantin Kekogetov and Konstantin Goketov two men, however alike the whole names look; "Radio Azattyq"
 * and "Radio Azattyk" may be one. Names that share no word, or where one holds all of the other's, are
 * compared whole.
 */
function differingWordsScore(x: string, y: string): number {
  const [tx, ty] = [spellingTokens(x), spellingTokens(y)];
  const [ox, oy] = [tx.filter((w) => !ty.includes(w)), ty.filter((w) => !tx.includes(w))];
  if (ox.length > 0 && oy.length > 0 && ox.length < tx.length) return similarity(ox.join(' '), oy.join(' '));
  return nameMatchScore(x, y);
}

const round = (x: number) => Math.round(x * 100) / 100;
