import type { FoundEntity } from './group-entities.js';
import type { FoundRelation } from './find-relations.js';

/** "Kyrgyz" and "Kyrgyzstan", "Belarusian" and "Belarus": a demonym shares its country's first five letters. */
const sameStem = (demonym: string, country: string) =>
  demonym.length >= 5 && country.length >= 5 && demonym.slice(0, 5).toLowerCase() === country.slice(0, 5).toLowerCase();

/**
 * A state body named with its country's adjective ("the Kyrgyz Ministry of Culture", "the Kazak
 * authorities") is part of that country's government when the article names one, and of the country
 * otherwise. The quote is the body's own first mention, which carries the adjective.
 */
export function demonymRelations(entities: readonly FoundEntity[], government: FoundEntity | undefined): FoundRelation[] {
  const places = entities.filter((e) => e.type === 'PLACE' && !e.name.includes(' '));
  const relations: FoundRelation[] = [];
  for (const body of entities.filter((e) => e.type === 'ORGANISATION' && e.kind === 'GOVERNMENT_BODY')) {
    const adjective = body.name.split(/\s+/)[0]!;
    const country = places.find((p) => sameStem(adjective, p.name) && adjective !== p.name);
    if (!country) continue;
    const whole = body !== government && government && sameStem(government.name.split(/\s+/)[0]!, country.name) ? government : country;
    const first = body.occurrences[0]!;
    relations.push({
      type: 'PART_OF',
      from: body,
      to: whole,
      status: 'REPORTED',
      spans: [{ ...first }],
      confidence: 0.5,
      cue: `"${adjective}"`,
    });
  }
  return relations;
}
