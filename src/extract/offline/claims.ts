import type { Occurrence } from './occurrences.js';
import { nearestAfter, nearestBefore } from './occurrences.js';
import type { Sentence, Span } from './text-units.js';

export type Status = 'REPORTED' | 'ALLEGED' | 'CONFIRMED' | 'DENIED';

const DENIAL =
  /\b(den(?:y|ies|ied|ying)|rejected (?:the |these |those )?(?:claims?|allegations?|accusations?|reports?)|refuted|dismissed (?:the |these |those )?(?:claims?|allegations?))\b/i;
const HEDGE =
  /\b(alleg\w*|claim\w*|accus\w*|reportedly|rumou?rs?|suspect\w*|believe\w*|fears?|feared|unconfirmed|purported\w*|supposedly|apparently|may have|might have|appears? to)\b/i;
const CONFIRMATION = /\b(?<!un)confirm(?:s|ed)\b/i;

/** The status a sentence gives what it says: denied, hedged, confirmed, or simply reported. */
export function statusOf(sentence: string): { status: Status; cue?: string } {
  const denial = DENIAL.exec(sentence);
  if (denial) return { status: 'DENIED', cue: denial[1] };
  const hedge = HEDGE.exec(sentence);
  if (hedge) return { status: 'ALLEGED', cue: hedge[1] };
  const confirmation = CONFIRMATION.exec(sentence);
  return confirmation ? { status: 'CONFIRMED', cue: confirmation[0] } : { status: 'REPORTED' };
}

const SPEECH =
  /\b(said|says|told|claims?|claimed|alleges?|alleged|believes?|believed|fears?|feared|suspects?|suspected|denie[sd]|deny|confirmed|confirms|insisted|argued|stated|announced|reported|wrote|added|warned|maintains?|maintained)\b/gi;
const ACCORDING_TO = /\baccording to\s+/gi;

/** Who, according to the sentence, says it: a named entity or an unnamed actor, with where it is named. */
export type Speaker = { entity: Occurrence } | { actor: ActorPhrase };

export interface ActorPhrase extends Span {
  description: string;
}

const ACTOR =
  /\b(?:(?:his|her|their|the|its|[\p{Lu}][\p{L}]+['’]s)\s+)?(?:(?:human rights|rights|local|independent|international|prison|police|government|state|court|legal|family)\s+)?(supporters|relatives|family|lawyers|colleagues|friends|officials|activists|critics|observers|witnesses|experts|protesters|residents|neighbours|campaigners|groups|prosecutors|investigators|guards|sources|diplomats|members|defenders|authorities|prosecution|defence|police)\b/giu;

/** The unnamed actors a sentence names: "his supporters", "human rights activists", "prison officials". */
function actorPhrases(sentence: Sentence): ActorPhrase[] {
  const found: ActorPhrase[] = [];
  for (const m of sentence.text.matchAll(ACTOR)) {
    found.push({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length, description: m[0] });
  }
  return found;
}

/**
 * The speaker of a sentence: the subject of its reporting verb ("Masanov said", "said Masanov", "his
 * supporters claim") or the one after "according to". A pronoun speaker is left unnamed: the sentence
 * then stands in the article's own voice, which a reviewer can change.
 */
export function speakerOf(sentence: Sentence, occurrences: readonly Occurrence[]): Speaker | undefined {
  const speakers = ['PERSON', 'ORGANISATION'] as const;
  for (const m of sentence.text.matchAll(ACCORDING_TO)) {
    const at = sentence.start + m.index! + m[0].length;
    const entity = nearestAfter(occurrences, at, speakers, 4);
    if (entity) return { entity };
    const actor = actorPhrases(sentence).find((a) => a.start >= at && a.start - at <= 4);
    if (actor) return { actor };
  }
  for (const m of sentence.text.matchAll(SPEECH)) {
    const at = sentence.start + m.index!;
    const after = nearestAfter(occurrences, at + m[0].length, speakers, 2);
    if (after && /^(said|says|added|wrote)$/i.test(m[1]!)) return { entity: after };
    const before = nearestBefore(occurrences, at, speakers, 25);
    if (before && !/[.!?"”]\s*$/.test(sentence.text.slice(0, at - sentence.start).slice(-3))) return { entity: before };
    const actor = actorPhrases(sentence)
      .filter((a) => a.end <= at && at - a.end <= 6)
      .at(-1);
    if (actor) return { actor };
  }
  return undefined;
}
