import { daysInMonth, type PartialDate } from '../domain/partial-date.js';
import { spellingTokens } from './spelling.js';

/**
 * Kinds of happening, each with the word beginnings that name it in English and Russian ("arrest",
 * "detained", "задержан"). An event's kinds are read from its name; two events can be one only if they
 * share a kind. Kinds are deliberately coarse: the participants and the dates decide the rest.
 */
const HAPPENINGS: Record<string, readonly string[]> = {
  arrest: ['arrest', 'detain', 'detention', 'apprehen', 'custody', 'арест', 'задерж'],
  charge: ['charg', 'indict', 'обвин'],
  trial: ['trial', 'tried', 'hearing', 'суд', 'процесс'],
  verdict: ['convict', 'sentenc', 'verdict', 'guilty', 'приговор', 'осужд'],
  appeal: ['appeal', 'cassation', 'апелл', 'кассац'],
  release: ['release', 'freed', 'parole', 'освобожд'],
  pardon: ['pardon', 'amnest', 'clemency', 'помилов', 'амнист'],
  beating: ['beat', 'assault', 'attack', 'избие', 'нападе'],
  visit: ['visit', 'посещ', 'визит'],
  transfer: ['transfer', 'этап', 'перевод'],
  protest: ['protest', 'demonstrat', 'rally', 'picket', 'митинг', 'пикет', 'протест'],
  conference: ['conference', 'briefing', 'конференц'],
  search: ['search', 'raid', 'обыск'],
  death: ['death', 'died', 'killed', 'murder', 'смерт', 'убий'],
  strike: ['hunger', 'голодовк'],
};

const kindOf = (word: string): string | null =>
  Object.entries(HAPPENINGS).find(([, stems]) => stems.some((s) => word.startsWith(s)))?.[0] ?? null;
const CONJUNCTIONS = new Set(['and', 'or', 'и', 'или']);
/** Words that name a step only when nothing before them does: "hearing" alone is a trial's. */
const GENERIC = new Set(['hearing', 'hearings', 'заседание']);

/**
 * The kinds of happening an event's name is about: its first happening word and those joined to it by
 * "and" ("Arrest and charging of X": an arrest and a charge; "Trial, conviction and sentencing"). Later
 * words are what the happening concerns, not what it is: "Press conference renewing the appeal for his
 * release" is a press conference, not a release.
 */
export function happeningKinds(name: string): Set<string> {
  const words = spellingTokens(name);
  const kinds = new Set<string>();
  const first = words.findIndex((w) => kindOf(w) !== null);
  if (first < 0) return kinds;
  for (const word of words.slice(first)) {
    const kind = kindOf(word);
    // "Appeal hearing", "sentencing hearing": the hearing of an appeal is an appeal, not a trial
    if (kind && GENERIC.has(word) && kinds.size > 0) continue;
    if (kind) kinds.add(kind);
    else if (!CONJUNCTIONS.has(word)) break;
  }
  return kinds;
}

/** Days between dates that the sources may give for one happening (one outlet's 27th is another's 28th). */
const DATE_TOLERANCE_DAYS = 3;

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The first and last day a partial date may mean. */
function span(d: PartialDate): [number, number] {
  if (d.month == null) return [dayNumber(d.year, 1, 1), dayNumber(d.year, 12, 31)];
  if (d.day == null) return [dayNumber(d.year, d.month, 1), dayNumber(d.year, d.month, daysInMonth(d.year, d.month))];
  return [dayNumber(d.year, d.month, d.day), dayNumber(d.year, d.month, d.day)];
}

/**
 * Days beyond which two dates are two happenings, not one misdated: a source that has the day, the month or
 * even the year wrong stays within it; an appeal heard in 2009 and one heard in 2024 are two appeals.
 */
const SAME_HAPPENING_MAX_DAYS = 366;

/** Days between the nearest days two known dates may mean (0 where they may be the same day). */
function daysApart(a: PartialDate, b: PartialDate): number {
  const [as, ae] = span(a);
  const [bs, be] = span(b);
  return Math.max(0, bs - ae, as - be);
}

/** Whether two known dates can be one happening's: no more than a few days apart. */
export function compatibleDates(a: PartialDate, b: PartialDate): boolean {
  return daysApart(a, b) <= DATE_TOLERANCE_DAYS;
}

/** Whether two known dates are too far apart to be one happening's, even misdated (see SAME_HAPPENING_MAX_DAYS). */
export function yearsApart(a: PartialDate, b: PartialDate): boolean {
  return daysApart(a, b) > SAME_HAPPENING_MAX_DAYS;
}
