import type { FoundEntity } from './group-entities.js';
import type { Span } from './text-units.js';

/** Where an entity is named in one sentence. */
export interface Occurrence extends Span {
  entity: FoundEntity;
  possessive: boolean;
}

/** Every naming of every entity, by sentence, in text order. */
export function occurrencesBySentence(entities: readonly FoundEntity[]): Map<number, Occurrence[]> {
  const bySentence = new Map<number, Occurrence[]>();
  for (const entity of entities) {
    for (const o of entity.occurrences) {
      const list = bySentence.get(o.sentence) ?? [];
      list.push({ start: o.start, end: o.end, possessive: o.possessive, entity });
      bySentence.set(o.sentence, list);
    }
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start);
  return bySentence;
}

type Types = ReadonlyArray<FoundEntity['type']>;

/** The nearest naming that ends before `position`, at most `maxGap` characters before it. */
export function nearestBefore(occurrences: readonly Occurrence[], position: number, types: Types, maxGap: number): Occurrence | undefined {
  return occurrences.filter((o) => o.end <= position && position - o.end <= maxGap && types.includes(o.entity.type)).at(-1);
}

/** The nearest naming that starts after `position`, at most `maxGap` characters after it. */
export function nearestAfter(occurrences: readonly Occurrence[], position: number, types: Types, maxGap: number): Occurrence | undefined {
  return occurrences.find((o) => o.start >= position && o.start - position <= maxGap && types.includes(o.entity.type));
}
