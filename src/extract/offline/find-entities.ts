import type { Gazetteer, KnownEntity } from '../engine.js';
import { readChunk, type NameReading } from './classify.js';
import { caselessName, groupEntities, type FoundEntity } from './group-entities.js';
import { findNameChunks } from './name-chunks.js';
import type { Sentence } from './text-units.js';

/** The people, organisations and places named in the text, with the graph's opinion of each name when there is a graph. */
export async function findEntities(text: string, sentences: readonly Sentence[], gazetteer: Gazetteer | undefined): Promise<FoundEntity[]> {
  const readings = findNameChunks(sentences)
    .map((chunk) => readChunk(text, chunk))
    .filter((r): r is NameReading => r !== null);
  const known = gazetteer ? await lookUp(gazetteer, readings) : new Map<string, KnownEntity[]>();
  const typed = readings.map((r) => withGraphType(r, known.get(caselessName(r.name)) ?? []));
  const entities = groupEntities(text, typed);
  for (const entity of entities) {
    const names = [entity.name, ...entity.aliases].map(caselessName);
    entity.matches = dedupe(names.flatMap((n) => known.get(n) ?? []).filter((k) => k.type === entity.type));
  }
  return entities;
}

async function lookUp(gazetteer: Gazetteer, readings: readonly NameReading[]): Promise<Map<string, KnownEntity[]>> {
  const names = [...new Map(readings.map((r) => [caselessName(r.name), r.name])).values()];
  const answers = await gazetteer.lookup(names);
  return new Map(names.map((name, i) => [caselessName(name), answers[i] ?? []]));
}

/**
 * The graph knows the name: a name the text alone could not type takes the stored entity's type (a
 * follow-up's bare "Duvanov"), and a weak guess gives way to it. A confident reading of the text stays:
 * the graph holding a person called "Washington" does not make this article's Washington a person.
 */
function withGraphType(reading: NameReading, known: KnownEntity[]): NameReading {
  const hit =
    known.find((k) => k.type !== 'EVENT' && caselessName(k.name) === caselessName(reading.name)) ?? known.find((k) => k.type !== 'EVENT');
  if (!hit || (reading.type !== null && reading.confidence >= 0.7 && reading.type !== hit.type)) return reading;
  const kind = hit.type === 'ORGANISATION' ? ((hit.kind as NameReading['kind']) ?? reading.kind) : undefined;
  return {
    ...reading,
    type: hit.type as NameReading['type'],
    ...(kind && { kind }),
    confidence: Math.max(reading.confidence, 0.85),
    cue: `in the graph as ${hit.id}`,
  };
}

function dedupe(entities: KnownEntity[]): KnownEntity[] {
  return [...new Map(entities.map((e) => [e.id, e])).values()].slice(0, 5);
}
