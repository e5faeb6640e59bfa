import { CLAIM_STATUSES, ORGANISATION_KINDS } from '../../domain/entity.js';
import type { ValidationProblem } from '../../domain/errors.js';
import { RELATIONSHIP_TYPES } from '../../domain/vocabulary.js';
import { EVENT_STATUSES, QUANTITY_KINDS } from '../../domain/event-details.js';

/** The vocabulary as the model reads it: one line per relationship type with its allowed ends. */
function vocabularyLines(): string {
  return Object.entries(RELATIONSHIP_TYPES)
    .map(([type, spec]) => `- ${type}: ${spec.description} (from ${spec.from.join('|')} to ${spec.to.join('|')})`)
    .join('\n');
}

/**
 * The standing instructions: what to extract and the rules the validator and the verbatim check hold the
 * answer to, so that most answers pass without a repair round.
 */
export function systemPrompt(): string {
  return `You extract a knowledge graph from one news or human-rights article for journalists and researchers.
Answer with JSON only, in the given schema. Extract only what the article says; invent nothing.

ENTITIES: every named PERSON, ORGANISATION and PLACE. An organisation's kind is one of ${ORGANISATION_KINDS.join(', ')}.
A person's roles and nationality as the article states them. Aliases: other names the article uses for the same entity.
ACTORS: unnamed sources or parties that say things or take part ("his supporters", "prison officials", "two legal professors").
EVENTS: arrests, trials, sentences, beatings, releases, visits, statements, reports... with the date as precise as the text
gives it (set inferred true when you supply what the text leaves out, such as the year), the place (key of a PLACE),
participants (key of a PERSON, ORGANISATION or actor, and a role such as subject, victim, visitor, author), status
${EVENT_STATUSES.join('/')}, and quantities (${QUANTITY_KINDS.join(', ')}: a prison term in years/months/days, money in a currency code).
RELATIONSHIPS, only these types, only between these ends:
${vocabularyLines()}

STATUS of each relationship and participation (${CLAIM_STATUSES.join(', ')}):
- REPORTED: the article states it in its own voice.
- ALLEGED: someone claims, alleges, believes or suspects it; set saidBy to the key of who says so.
- CONFIRMED: the article or a named source confirms it. DENIED: someone denies it; saidBy is who denies it.
saidBy is always the key of the PERSON, ORGANISATION or actor who says so; leave it null when the article itself says it.

QUOTES (mentions, quotes, dateQuote, quantity quote): copy the words character for character from the article,
including punctuation and capitals; the shortest clause that carries the fact, never a paraphrase, never joined
pieces of different sentences. An item you cannot quote is an item you leave out.
KEYS: lower case letters, digits and hyphens, unique across entities, events and actors ("sergei-duvanov").
Every key you refer to (from, to, entity, place, saidBy) must be declared in entities, events or actors.
confidence: from 0 to 1, how clearly the article supports the item. Use null for what the article does not give.`;
}

/** The article, or one part of it. */
export function articleMessage(text: string, part: { index: number; total: number }, title?: string): string {
  const where = part.total > 1 ? `This is part ${part.index + 1} of ${part.total} of the article; extract what this part says.\n` : '';
  return `${where}${title ? `Title: ${title}\n` : ''}Article:\n"""\n${text}\n"""`;
}

const MAX_PROBLEMS_SHOWN = 40;

/** A repair round: the validator's own words, path by path, and the request for the whole answer again. */
export function repairMessage(problems: readonly ValidationProblem[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `- ${p.path}: ${p.message}`);
  const more = problems.length > MAX_PROBLEMS_SHOWN ? `\n- ... and ${problems.length - MAX_PROBLEMS_SHOWN} more` : '';
  return `Your answer has these problems:\n${shown.join('\n')}${more}\nAnswer again with the whole corrected JSON in the same schema. Fix only what is listed; drop an item you cannot fix.`;
}
