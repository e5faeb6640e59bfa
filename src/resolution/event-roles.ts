import { entityTypeOfId } from '../domain/entity.js';

/**
 * Role words of the people an event happens to or is done by: the person arrested, beaten, tried,
 * released, the visitor and the visited. Who they are is what tells one arrest from another.
 */
const PRINCIPAL_ROLES = [
  'victim',
  'subject',
  'defendant',
  'accused',
  'detain',
  'arrest',
  'suspect',
  'prisoner',
  'convict',
  'sentenced',
  'tried',
  'beaten',
  'injured',
  'killed',
  'dead',
  'deceased',
  'released',
  'freed',
  'pardoned',
  'appellant',
  'petitioner',
  'searched',
  'target',
  'charged',
  'striker',
  'visitor',
  'visited',
  'visitee',
  'questioned',
  'summoned',
  'disbarred',
  'expelled',
  'deported',
  'dismissed',
  'protester',
];

/**
 * Role words of those who take part in many events of one kind without being what the event is about:
 * a court tries everyone, a ministry denies every beating, a spokesman speaks of each arrest. Sharing one
 * of them is no evidence that two events are one.
 */
const SIDE_ROLES = [
  'court',
  'judge',
  'prosecut',
  'lawyer',
  'counsel',
  'attorney',
  'advocate',
  'defence',
  'defense',
  'speaker',
  'spokes',
  'source',
  'author',
  'publisher',
  'announc',
  'interview',
  'reporter',
  'journalist',
  'correspondent',
  'denier',
  'denied',
  'confirm',
  'instigator',
  'perpetrator',
  'attacker',
  'assailant',
  'requester',
  'grantor',
  'addressee',
  'venue',
  'place',
  'location',
  'host',
  'witness',
  'critic',
  'comment',
  'observer',
  'monitor',
  'enquirer',
  'caller',
  'contacted',
  'creditor',
  'coercer',
  'authority',
  'official',
  'ministry',
  'government',
  'police',
  'guard',
  'officer',
  'investigator',
  'representative',
];

const roleWords = (role: string) =>
  role
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
const hasStem = (role: string, stems: readonly string[]) => roleWords(role).some((w) => stems.some((s) => w.startsWith(s)));

/** One participation as resolution sees it: the participant (a document key or a stored id) and its role. */
export interface Participation {
  id: string;
  role: string | null;
  /** PERSON, ORGANISATION, ...; defaults to what a stored id's prefix says */
  type?: string;
}

/**
 * The participants an event is about: those in a principal role; failing any, the people whose role is
 * not a side role (the role words of the news are open-ended: "refused", "organiser"), failing any, the
 * others not on the side. An event whose participants are all on the side has none, and then who took
 * part does not tell it from another.
 */
export function principalParticipants(participations: readonly Participation[]): Set<string> {
  // "detaining authority" names a side, though "detain" begins a word of it
  const principal = participations.filter((p) => p.role != null && hasStem(p.role, PRINCIPAL_ROLES) && !hasStem(p.role, SIDE_ROLES));
  if (principal.length > 0) return new Set(principal.map((p) => p.id));
  const notSide = participations.filter((p) => !(p.role != null && hasStem(p.role, SIDE_ROLES)));
  const people = notSide.filter((p) => (p.type ?? entityTypeOfId(p.id)) === 'PERSON');
  return new Set((people.length > 0 ? people : notSide).map((p) => p.id));
}
