import { RELATIONSHIP_TYPES, type RelationshipType } from '../../domain/vocabulary.js';
import { speakerOf, statusOf, type Speaker, type Status } from './claims.js';
import type { FoundEntity } from './group-entities.js';
import { nearestAfter, nearestBefore, type Occurrence } from './occurrences.js';
import { RELATION_CUES, type RelationCue, type Side } from './relation-cues.js';
import type { Sentence, Span } from './text-units.js';

export interface FoundRelation {
  type: string;
  from: FoundEntity;
  to: FoundEntity;
  status: Status;
  speaker?: Speaker;
  spans: Array<Span & { sentence: number }>;
  confidence: number;
  cue: string;
}

/** Relationships stated by the cue patterns, one per type and ends; the vocabulary decides which ends are allowed. */
interface Anchors {
  /** the document's government body, what "opposition" opposes */
  government?: FoundEntity;
  /** the story's main person, whom "his lawyer" and "his release" are about */
  protagonist?: FoundEntity;
}

export function findRelations(sentences: readonly Sentence[], occurrences: Map<number, Occurrence[]>, anchors: Anchors): FoundRelation[] {
  const found = new Map<string, FoundRelation>();
  for (const sentence of sentences) {
    const here = occurrences.get(sentence.index) ?? [];
    for (const rule of RELATION_CUES) {
      for (const relation of matches(sentence, here, rule, anchors)) {
        const id = `${relation.type}\u0000${relation.from.name}\u0000${relation.to.name}`;
        const existing = found.get(id);
        if (existing) existing.spans.push(...relation.spans);
        else found.set(id, relation);
      }
    }
  }
  return [...found.values()];
}

function matches(sentence: Sentence, here: readonly Occurrence[], rule: RelationCue, anchors: Anchors): FoundRelation[] {
  const results: FoundRelation[] = [];
  const anchored = rule.cue.source.startsWith('^');
  const starts = anchored
    ? here.map((o) => o.end)
    : [...sentence.text.matchAll(new RegExp(rule.cue.source, `${rule.cue.flags.replace('g', '')}g`))].map((m) => sentence.start + m.index!);
  for (const at of starts) {
    const m = rule.cue.exec(sentence.text.slice(at - sentence.start));
    if (!m || (!anchored && m.index !== 0)) continue;
    const cue = { start: at, end: at + m[0].length };
    const from = end(rule.from, here, cue, anchors);
    const to = end(rule.to, here, cue, anchors);
    if (!from || !to || from.entity === to.entity) continue;
    if (rule.type === 'IMPRISONED_IN' && to.entity.kind !== 'PRISON') continue;
    const type = rule.type === 'LEADS' && to.entity.kind !== 'PARTY' ? 'HEAD_OF' : rule.type;
    if (!allowed(type, from.entity, to.entity)) continue;
    const spans = [from, to].filter((o) => o.start >= 0).map((o) => ({ start: o.start, end: o.end, sentence: sentence.index }));
    const { status } = statusOf(sentence.text);
    // an appositive ("Masanov, a friend of Duvanov") is the article's own statement, whoever speaks later in the sentence
    const speaker = status === 'REPORTED' ? undefined : speakerOf(sentence, here);
    const near = Math.abs(cue.start - Math.min(...spans.map((s) => s.end))) < 12;
    results.push({
      type,
      from: from.entity,
      to: to.entity,
      status,
      ...(speaker && { speaker }),
      spans: [...spans, { ...cue, sentence: sentence.index }],
      confidence: near ? 0.6 : 0.45,
      cue: m[0].trim(),
    });
  }
  return results;
}

type End = Pick<Occurrence, 'entity' | 'start' | 'end'>;

function end(side: Side, here: readonly Occurrence[], cue: Span, anchors: Anchors): End | undefined {
  if (side.at === 'protagonist') {
    // "his lawyer": the person named last before it in the sentence, else the story's main person
    const named = nearestBefore(here, cue.start, ['PERSON'], 200);
    const entity = named?.entity ?? anchors.protagonist;
    return entity && { entity, start: named?.start ?? -1, end: named?.end ?? -1 };
  }
  if (side.at === 'story') return anchors.protagonist && { entity: anchors.protagonist, start: -1, end: -1 };
  if (side.at === 'government') return anchors.government && { entity: anchors.government, start: -1, end: -1 };
  if (side.at === 'after') return nearestAfter(here, cue.end, side.types, side.gap);
  const found = nearestBefore(here, cue.start, side.types, side.gap + (side.possessive ? 0 : 2));
  return found && (!side.possessive || found.possessive) ? found : undefined;
}

function allowed(type: string, from: FoundEntity, to: FoundEntity): boolean {
  const spec = RELATIONSHIP_TYPES[type as RelationshipType];
  return (spec.from as readonly string[]).includes(from.type) && (spec.to as readonly string[]).includes(to.type);
}
