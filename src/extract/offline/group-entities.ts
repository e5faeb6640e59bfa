import type { OrganisationKind } from '../../domain/entity.js';
import type { KnownEntity } from '../engine.js';
import type { NamedType, NameReading } from './classify.js';
import type { Span } from './text-units.js';

/** One entity of the draft: every reading of its names in the text, gathered. */
export interface FoundEntity {
  type: NamedType;
  name: string;
  aliases: Set<string>;
  kind?: OrganisationKind;
  roles: Set<string>;
  occurrences: Array<Span & { sentence: number; possessive: boolean }>;
  confidence: number;
  cue: string;
  matches: KnownEntity[];
}

/** A name without case, accents or extra spaces: how the offline engine tells one reading of a name from another (resolution's foldName is looser). */
export const caselessName = (name: string) =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Gathers readings into entities: the same folded name is one entity; a surname ("Duvanov", "Tologon
 * uulu") joins the person whose full name ends with it (the nearest one named before it, when two share it); an acronym written
 * beside a name ("Democratic Choice of Kazakhstan, DCK," or "(OSCE)") is that name's alias. Readings
 * nothing could type are dropped unless they join a typed entity: a draft proposes only what it can say
 * something about.
 */
export function groupEntities(text: string, readings: readonly NameReading[]): FoundEntity[] {
  const byName = new Map<string, FoundEntity>();
  const ordered = [...readings].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length || a.start - b.start);
  for (const reading of ordered) {
    const entity = byName.get(caselessName(reading.name)) ?? personBySurname(byName, reading) ?? acronymOwner(text, byName, reading);
    if (entity) {
      addReading(entity, reading);
      byName.set(caselessName(reading.name), entity);
    } else if (reading.type) {
      byName.set(caselessName(reading.name), newEntity(reading));
    }
  }
  return [...new Set(byName.values())];
}

function newEntity(reading: NameReading): FoundEntity {
  const entity: FoundEntity = {
    type: reading.type!,
    name: reading.name,
    aliases: new Set(),
    roles: new Set(),
    occurrences: [],
    confidence: reading.confidence,
    cue: reading.cue,
    matches: [],
    ...(reading.type === 'ORGANISATION' && { kind: reading.kind ?? 'OTHER' }),
  };
  addReading(entity, reading);
  return entity;
}

function addReading(entity: FoundEntity, reading: NameReading): void {
  if (caselessName(reading.name) !== caselessName(entity.name)) entity.aliases.add(reading.name);
  if (reading.role) entity.roles.add(reading.role);
  if (entity.type === 'ORGANISATION' && (entity.kind === 'OTHER' || !entity.kind) && reading.kind && reading.kind !== 'OTHER')
    entity.kind = reading.kind;
  if (reading.type === entity.type && reading.confidence > entity.confidence)
    Object.assign(entity, { confidence: reading.confidence, cue: reading.cue });
  entity.occurrences.push({ start: reading.start, end: reading.end, sentence: reading.sentence, possessive: reading.possessive });
}

function personBySurname(byName: Map<string, FoundEntity>, reading: NameReading): FoundEntity | undefined {
  if (reading.type !== null && reading.type !== 'PERSON') return undefined;
  const folded = caselessName(reading.name);
  const tail = (e: FoundEntity) => caselessName(e.name).split(' ').slice(-folded.split(' ').length).join(' ');
  const longer = (e: FoundEntity) => e.name.split(/\s+/).length > reading.name.split(/\s+/).length;
  const people = [...new Set(byName.values())].filter((e) => e.type === 'PERSON' && longer(e) && tail(e) === folded);
  if (people.length <= 1) return people[0];
  const before = (e: FoundEntity) => Math.max(-1, ...e.occurrences.filter((o) => o.start < reading.start).map((o) => o.start));
  return people.sort((a, b) => before(b) - before(a))[0];
}

function acronymOwner(text: string, byName: Map<string, FoundEntity>, reading: NameReading): FoundEntity | undefined {
  if (!/^[A-Z]{2,6}$/.test(reading.name)) return undefined;
  const beside = (end: number) => end <= reading.start && reading.start - end <= 3 && /^\s*[,(]\s*$/.test(text.slice(end, reading.start));
  return (
    [...new Set(byName.values())].find((e) => e.type !== 'PERSON' && e.occurrences.some((o) => beside(o.end))) ??
    initialsOwner(byName, reading.name)
  );
}

/** "OSCE" for "Organisation for Security and Cooperation in Europe": the initials of its capitalised words. */
function initialsOwner(byName: Map<string, FoundEntity>, acronym: string): FoundEntity | undefined {
  return [...new Set(byName.values())].find((e) => e.type === 'ORGANISATION' && (e.name.match(/\b\p{Lu}/gu) ?? []).join('') === acronym);
}
