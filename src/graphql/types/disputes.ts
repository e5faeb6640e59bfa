import type { ClaimCitation } from '../../domain/claims.js';
import type { DisputeAspect, DisputeMarker } from '../../domain/disputes.js';
import type { Citation, EntityRecord } from '../../domain/entity.js';
import { describeDate } from '../../domain/partial-date.js';
import type { RelationshipRecord } from '../../domain/relationship.js';
import { entityDisputes, relationshipDisputes } from '../../domain/disputes.js';
import { intInRange, LIMITS } from '../arguments/argument-checks.js';
import { notFound } from '../errors/input-errors.js';
import { relationsQuery } from '../loaders/request-loaders.js';
import { currentEntities } from '../loaders/redirects.js';
import { builder } from '../builder.js';
import { CitationRef } from './citation.js';
import { EntityRef } from './entity.js';
import { loadEntity } from '../loaders/resolver-reads.js';
import { isEntityRecord } from '../loaders/node-loader.js';
import { RelationshipRef, unviewed, type RelationshipView } from './relationship.js';

interface Position {
  value: string;
  citations: Citation[];
}

/** A dispute with its subject loaded: a relationship (its sources disagree on whether it holds) or an event. */
interface DisputeView {
  id: string;
  aspect: DisputeAspect;
  entityId: string;
  relationship: RelationshipRecord | null;
  positions: Position[];
}

export const PositionRef = builder.objectRef<Position>('Position').implement({
  description: 'One side of a dispute: the value it gives and the citations that give it.',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'the value this side gives, as text: 2002-10-27, DENIED, ...' }),
    citations: t.field({ type: [CitationRef], resolve: (p) => p.citations }),
  }),
});

export const DisputeRef = builder.objectRef<DisputeView>('Dispute').implement({
  description: 'A disagreement between sources: what it is about and each side with its citations.',
  fields: (t) => ({
    id: t.exposeID('id'),
    entity: t.field({
      type: EntityRef,
      description: 'the entity concerned (for a relationship: its start)',
      resolve: (d, _args, ctx) => loadEntity(ctx, d.entityId),
    }),
    relationship: t.field({
      type: RelationshipRef,
      nullable: true,
      description: "the relationship concerned, or null when the dispute is about the entity itself (an event's date)",
      resolve: (d): RelationshipView | null => (d.relationship ? unviewed(d.relationship) : null),
    }),
    aspect: t.exposeString('aspect', {
      description: 'what is disputed: status (whether the relationship holds), date (when the event was), happened (whether it took place)',
    }),
    positions: t.field({ type: [PositionRef], resolve: (d) => d.positions }),
  }),
});

/** The sides of a relationship's dispute: one per status its sources give, the denials last. */
function statusPositions(r: RelationshipRecord): Position[] {
  const order = ['CONFIRMED', 'REPORTED', 'ALLEGED', 'DENIED'];
  const by = new Map<string, ClaimCitation[]>();
  for (const c of r.citations) by.set(c.status, [...(by.get(c.status) ?? []), c]);
  return [...by.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([value, citations]) => ({ value, citations }));
}

function happenedPositions(e: EntityRecord): Position[] {
  return (e.event?.statuses ?? []).map((s) => ({ value: s.status, citations: s.citations }));
}

function datePositions(e: EntityRecord): Position[] {
  return e.dates
    .map((d) => ({ value: `${describeDate(d.date)}${d.date.inferred ? ' (inferred)' : ''}`, citations: d.citations }))
    .sort((a, b) => a.value.localeCompare(b.value));
}

/**
 * The disputes with their subjects: relationships by id in one read (those the caller already holds are not
 * read again), events in one batch through the node loader.
 */
async function loadDisputes(
  markers: readonly DisputeMarker[],
  ctx: Parameters<typeof loadEntity>[0],
  known: readonly RelationshipRecord[] = [],
): Promise<DisputeView[]> {
  const byId = new Map(known.map((r) => [r.id, r]));
  const missing = markers.filter((m) => m.aspect === 'status' && !byId.has(m.subjectId)).map((m) => m.subjectId);
  const read = missing.length > 0 ? await ctx.store.getRelationshipsById(missing) : [];
  for (const r of read) if (r) byId.set(r.id, r);
  const entities = await Promise.all(markers.map((m) => (m.aspect === 'status' ? null : ctx.loaders.nodes.load(m.subjectId))));
  return markers.flatMap((m, i): DisputeView[] => {
    if (m.aspect === 'status') {
      const r = byId.get(m.subjectId);
      return r ? [{ id: m.id, aspect: m.aspect, entityId: r.sourceId, relationship: r, positions: statusPositions(r) }] : [];
    }
    const node = entities[i];
    const positions = m.aspect === 'happened' ? happenedPositions : datePositions;
    return isEntityRecord(node) ? [{ id: m.id, aspect: m.aspect, entityId: node.id, relationship: null, positions: positions(node) }] : [];
  });
}

/** The disputes about one entity: its own (an event's date, whether it happened) and its relationships'. */
async function disputesAbout(ctx: Parameters<typeof loadEntity>[0], id: string, first: number): Promise<DisputeView[]> {
  const [entity] = await currentEntities(ctx, [id]);
  if (!entity) throw notFound('about', id);
  const disputed = (await ctx.loaders.relations.load(relationsQuery(entity.id, null, 'BOTH', DISPUTED_RELATIONS_LIMIT))).filter(
    (r) => r.disputed,
  );
  const markers = [...entityDisputes(entity), ...disputed.flatMap(relationshipDisputes)].slice(0, first);
  return loadDisputes(markers, ctx, disputed);
}

/** How many of an entity's relationships `disputes(about:)` looks through. */
const DISPUTED_RELATIONS_LIMIT = 500;

builder.queryField('disputes', (t) =>
  t.field({
    type: [DisputeRef],
    description: `every disagreement between sources in the graph, by id: relationships some sources deny and others assert, events given dates that disagree or said to have happened and not; with \`about\`, those concerning one entity (its own and its relationships'). first is ${LIMITS.first.min}..${LIMITS.first.max}.`,
    args: { first: t.arg.int({ defaultValue: 20 }), about: t.arg.id({ required: false }) },
    resolve: async (_root, args, ctx) => {
      const first = intInRange('first', args.first ?? 20, LIMITS.first.min, LIMITS.first.max);
      if (args.about != null) return disputesAbout(ctx, String(args.about), first);
      return loadDisputes(await ctx.store.listDisputes({ first }), ctx);
    },
  }),
);
