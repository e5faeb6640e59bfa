import { speakerOf, statusOf, type Speaker, type Status } from './claims.js';
import { dateIn, type FoundDate } from './dates.js';
import { EVENT_CUES, PASSIVE_BEFORE, type EventCue } from './event-cues.js';
import type { FoundEntity } from './group-entities.js';
import type { Occurrence } from './occurrences.js';
import type { Sentence, Span } from './text-units.js';
import { verbNear } from './verbs.js';

interface FoundParticipant {
  entity: FoundEntity;
  role: string;
  status: Status;
  speaker?: Speaker;
}

/** An event the text reports, gathered over every sentence that reports it. */
export interface FoundEvent {
  name: string;
  cue: EventCue;
  patient?: FoundEntity;
  participants: FoundParticipant[];
  place?: FoundEntity;
  date?: FoundDate;
  /** verb and participant spans, per sentence, for the quotes and the draft note */
  spans: Array<Span & { sentence: number }>;
  speaker?: Speaker;
  confidence: number;
}

interface EventContext {
  sentences: readonly Sentence[];
  occurrences: Map<number, Occurrence[]>;
  reference: Date;
  publishedKnown: boolean;
  /** the person named most often: who "he" or "she" most likely is in a news story about them */
  protagonist?: FoundEntity;
}

/**
 * Events from verbs: each sentence with a cue verb and someone it happened to (named, or "he"/"she"
 * standing for the story's protagonist) reports an event; sentences reporting the same kind of event to
 * the same person are one event, so "beaten" in three sentences is one beating with three quotes.
 */
export function findEvents(context: EventContext): FoundEvent[] {
  const events = new Map<string, FoundEvent>();
  for (const sentence of context.sentences) {
    const here = context.occurrences.get(sentence.index) ?? [];
    for (const found of eventsIn(sentence, here, context)) {
      const id = `${found.cue.noun}\u0000${found.patient?.name ?? found.participants[0]?.entity.name}`;
      const existing = events.get(id);
      if (existing) absorb(existing, found);
      else events.set(id, found);
    }
  }
  return [...events.values()];
}

const ORGANISATIONS_SUFFER = new Set(['Closure', 'Raid', 'Founding', 'Designation', 'Ban']);

/** Every event a sentence reports, one per cue verb ("arrested in October and charged with ..." is two). */
function eventsIn(sentence: Sentence, here: readonly Occurrence[], context: EventContext): FoundEvent[] {
  const found: FoundEvent[] = [];
  for (const cue of EVENT_CUES) {
    const verb = cue.verb.exec(sentence.text);
    if (!verb) continue;
    const at = sentence.start + verb.index;
    const verbSpan = { start: at, end: at + verb[0].length, sentence: sentence.index };
    const passive = PASSIVE_BEFORE.test(sentence.text.slice(0, verb.index));
    const actors = here.filter((o) => o.entity.type !== 'PLACE' && !(o.entity.type === 'ORGANISATION' && o.entity.kind === 'PRISON'));
    const canSuffer = (o: Occurrence) => o.entity.type === 'PERSON' || ORGANISATIONS_SUFFER.has(cue.noun);
    const before = actors.filter((o) => o.end <= at).at(-1);
    const owner = before?.possessive && at - before.end <= 3 ? before : undefined;
    const sufferer = passive
      ? actors.filter((o) => o.end <= at && canSuffer(o)).at(-1)
      : actors.find((o) => o.start >= verbSpan.end && o.start - verbSpan.end <= 40 && canSuffer(o));
    const patientOcc = [owner, sufferer].find((o) => o !== undefined && canSuffer(o));
    const agentOcc = owner
      ? undefined
      : passive
        ? actors.find(
            (o) => o.start > verbSpan.end && /\bby\s*$/i.test(sentence.text.slice(verbSpan.end - sentence.start, o.start - sentence.start)),
          )
        : before;
    const pronoun =
      !patientOcc && /\b(he|she|his|her|him)\b/i.test(sentence.text.slice(Math.max(0, verb.index - 60), verb.index + verb[0].length + 30));
    const patient = patientOcc?.entity ?? (pronoun ? context.protagonist : undefined);
    if (!patient && !agentOcc) continue;
    found.push(buildEvent(sentence, cue, verbSpan, patient, patientOcc, agentOcc, here, context));
  }
  if (found.length === 0) {
    const dated = datedHappening(sentence, here, context);
    if (dated) found.push(dated);
  }
  return found.slice(0, 3);
}

/**
 * A sentence that dates something done by someone named ("the ministry said on Tuesday", "who left Belarus
 * in 2022") reports an event even when no cue verb names its kind: the verb nearest the date names it,
 * and the reviewer, seeing a low confidence, decides what it is.
 */
function datedHappening(sentence: Sentence, here: readonly Occurrence[], context: EventContext): FoundEvent | undefined {
  const date = dateIn(sentence, context.reference, context.publishedKnown);
  const doer =
    here.filter((o) => o.entity.type !== 'PLACE' && (!date || o.end <= date.start)).at(-1) ?? here.find((o) => o.entity.type !== 'PLACE');
  if (!date || !doer) return undefined;
  const verb = verbNear(sentence, doer.end - sentence.start, date.start - sentence.start);
  if (!verb) return undefined;
  const cue: EventCue = {
    verb: new RegExp(`\\b${verb.text}\\b`),
    noun: verb.infinitive.replace(/^./, (c) => c.toUpperCase()),
    patientRole: 'subject',
    agentRole: 'subject',
  };
  const verbSpan = { start: sentence.start + verb.at, end: sentence.start + verb.at + verb.text.length, sentence: sentence.index };
  const event = buildEvent(sentence, cue, verbSpan, doer.entity, doer, undefined, here, context);
  return { ...event, name: `${doer.entity.name}: ${verb.infinitive}`, confidence: 0.35 };
}

function buildEvent(
  sentence: Sentence,
  cue: EventCue,
  verbSpan: Span & { sentence: number },
  patient: FoundEntity | undefined,
  patientOcc: Occurrence | undefined,
  agentOcc: Occurrence | undefined,
  here: readonly Occurrence[],
  context: EventContext,
): FoundEvent {
  const { status } = statusOf(sentence.text);
  const speaker = speakerOf(sentence, here);
  const participants: FoundParticipant[] = [];
  const add = (entity: FoundEntity, role: string) => participants.push({ entity, role, status, ...(speaker && { speaker }) });
  if (patient) add(patient, cue.patientRole);
  if (agentOcc && agentOcc.entity !== patient) add(agentOcc.entity, cue.agentRole);
  const venue = here.find((o) => o.entity.type === 'ORGANISATION' && o.entity.kind === 'PRISON');
  if (venue) add(venue.entity, 'venue');
  const place = here.find((o) => o.entity.type === 'PLACE' && /\bin\s+$/i.test(sentence.text.slice(0, o.start - sentence.start)));
  const date = dateIn(sentence, context.reference, context.publishedKnown, verbSpan.start);
  const main = patient ?? agentOcc!.entity;
  const spans = [
    verbSpan,
    ...[patientOcc, agentOcc]
      .filter((o): o is Occurrence => o !== undefined)
      .map((o) => ({ start: o.start, end: o.end, sentence: sentence.index })),
  ];
  return {
    name: patient ? `${cue.noun} of ${main.name}` : `${cue.noun} by ${main.name}`,
    cue,
    ...(patient && { patient }),
    participants,
    ...(place && { place: place.entity }),
    ...(date && { date }),
    spans,
    ...(speaker && { speaker }),
    confidence: patientOcc ? 0.6 : 0.45,
  };
}

function absorb(event: FoundEvent, more: FoundEvent): void {
  event.spans.push(...more.spans);
  // the same part told again is one claim; told with another status or by another speaker it is another
  // claim, kept beside the first so that nothing a source says is lost
  for (const p of more.participants) if (!event.participants.some((q) => sameClaim(q, p))) event.participants.push(p);
  event.place ??= more.place;
  if (!event.date || (more.date && moreSpecific(more.date, event.date))) event.date = more.date ?? event.date;
  event.confidence = Math.min(0.85, Math.max(event.confidence, more.confidence) + 0.05);
}

const speakerName = (s: FoundParticipant['speaker']) =>
  !s ? '' : 'entity' in s ? s.entity.entity.name : s.actor.description.toLowerCase();
const sameClaim = (a: FoundParticipant, b: FoundParticipant) =>
  a.entity === b.entity &&
  (a.role === b.role || a.status === b.status) &&
  a.status === b.status &&
  speakerName(a.speaker) === speakerName(b.speaker);

/** A date the text states beats one worked out from the publication date; a day beats a month. */
const precision = ({ date, relative }: FoundDate) =>
  (date.day ? 3 : date.month ? 2 : 1) - (date.inferred ? 0.25 : 0) - (relative ? 0.5 : 0);
const moreSpecific = (a: FoundDate, b: FoundDate) => precision(a) > precision(b);
