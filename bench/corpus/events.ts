import type { SynthOrg, SynthPerson, SynthPlace } from './population.js';
import type { Random } from './random.js';

/** A day as the extraction format writes it. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export interface SynthEvent {
  key: string;
  name: string;
  /** how the article text calls it: "the trial" */
  noun: string;
  date: Day;
  place: SynthPlace;
  participants: Array<{ who: SynthPerson | SynthOrg; role: string }>;
}

// [name as a title, the word in running text, the happening resolution reads from it, role of the subject]
const KINDS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Arrest of {}', 'arrest', 'arrest', 'detainee'],
  ['Trial of {}', 'trial', 'trial', 'defendant'],
  ['Release of {}', 'release', 'release', 'released'],
  ['Protest rally for {}', 'protest rally', 'protest', 'subject'],
  ['Press conference of {}', 'press conference', 'conference', 'speaker'],
  ['Visit of {}', 'visit', 'visit', 'visitor'],
  ['Search of the home of {}', 'search', 'search', 'subject'],
  ['Appeal hearing of {}', 'appeal', 'appeal', 'appellant'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PERSON_ROLES = ['lawyer', 'witness', 'organiser', 'observer'];
const ORGANISATION_ROLES = ['organiser', 'observer'];

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1995, 0, 1);
export const dayNumberOf = (d: Day) => (Date.UTC(d.year, d.month - 1, d.day) - EPOCH) / DAY_MS;
export function dayOf(dayNumber: number): Day {
  const date = new Date(EPOCH + dayNumber * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
export const dayText = (d: Day) => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;

/**
 * Events: new ones with a subject and a few other participants, and now and then a recent one reported
 * again by another article (same name, date and subject: resolution merges it). Two events of one kind
 * that share a participant and lie a few days apart are one event to resolution, so such a pair is never
 * made: another kind is taken, or no event.
 */
export class EventMaker {
  private readonly recent: SynthEvent[] = [];
  private readonly lastDayOf = new Map<string, number>();
  count = 0;

  constructor(private readonly random: Random) {}

  recurring(): SynthEvent | null {
    return this.recent.length > 0 && this.random.chance(0.25) ? this.random.pick(this.recent) : null;
  }

  create(subject: SynthPerson, others: Array<SynthPerson | SynthOrg>, place: SynthPlace, day: number): SynthEvent | null {
    const start = this.random.int(0, KINDS.length - 1);
    for (let k = 0; k < KINDS.length; k++) {
      const [title, noun, happening, subjectRole] = KINDS[(start + k) % KINDS.length];
      const participants = [
        { who: subject, role: subjectRole },
        ...others.map((who) => ({ who, role: this.random.pick('role' in who ? PERSON_ROLES : ORGANISATION_ROLES) })),
      ];
      if (participants.some((p) => Math.abs((this.lastDayOf.get(`${p.who.key}|${happening}`) ?? -1e9) - day) <= 8)) continue;
      participants.forEach((p) => this.lastDayOf.set(`${p.who.key}|${happening}`, day));
      const date = dayOf(day);
      const event: SynthEvent = {
        key: `e${this.count++}`,
        name: `${title.replace('{}', subject.name)} on ${dayText(date)}`,
        noun,
        date,
        place,
        participants,
      };
      this.recent.push(event);
      if (this.recent.length > 400) this.recent.shift();
      return event;
    }
    return null;
  }
}
