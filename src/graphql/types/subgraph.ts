import type { EntityRecord } from '../../domain/entity.js';
import type { RelationshipRecord, SubgraphRecord } from '../../domain/relationship.js';
import { walkNeighbourhood } from '../../storage/walks.js';
import { intInRange, LIMITS } from '../arguments/argument-checks.js';
import { notFound } from '../errors/input-errors.js';
import { builder } from '../builder.js';
import { CitationRef } from './citation.js';
import type { KgContext } from '../context.js';
import { EntityRef } from './entity.js';
import { ClaimStatusEnum, EntityTypeEnum } from './enums.js';
import { loadEntities } from '../loaders/resolver-reads.js';
import { currentEntities } from '../loaders/redirects.js';
import { PartialDateRef } from './partial-date.js';

const GraphNodeRef = builder.objectRef<EntityRecord>('GraphNode').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.field({ type: EntityTypeEnum, resolve: (e) => e.type }),
    name: t.exposeString('name'),
    entity: t.field({ type: EntityRef, resolve: (e) => e }),
  }),
});

const GraphEdgeRef = builder.objectRef<RelationshipRecord>('GraphEdge').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.id({ description: 'the id of the node the relationship starts from', resolve: (e) => e.sourceId }),
    target: t.id({ description: 'the id of the node it points to', resolve: (e) => e.targetId }),
    type: t.exposeString('type'),
    status: t.field({ type: ClaimStatusEnum, resolve: (e) => e.status }),
    disputed: t.boolean({ description: 'true when one source denies what another asserts', resolve: (e) => e.disputed }),
    citations: t.field({ type: [CitationRef], resolve: (e) => e.citations }),
    role: t.exposeString('role', { nullable: true, description: 'PARTICIPATED_IN only: subject, victim, visitor, ...' }),
    start: t.field({ type: PartialDateRef, nullable: true, resolve: (e) => e.start }),
    end: t.field({ type: PartialDateRef, nullable: true, resolve: (e) => e.end }),
  }),
});

export const SubgraphRef = builder.objectRef<SubgraphRecord>('Subgraph').implement({
  description: 'A subgraph ready for drawing: nodes and edges reference each other by id.',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], resolve: (g, _args, ctx) => loadEntities(ctx, g.nodeIds) }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (g) => g.edges }),
  }),
});

/**
 * The ids of the entities named, as they are now (an id merged or renamed answers with the entity it
 * became). Unknown ids are a NOT_FOUND error: a mistyped id must not look like an entity with no connections.
 */
async function requireEntities(ctx: KgContext, args: Record<string, string>): Promise<string[]> {
  const names = Object.keys(args);
  const entities = await currentEntities(
    ctx,
    names.map((n) => args[n]),
  );
  return names.map((name, i) => {
    const entity = entities[i];
    if (!entity) throw notFound(name, args[name]);
    return entity.id;
  });
}

builder.queryField('neighbourhood', (t) =>
  t.field({
    type: SubgraphRef,
    description: `the entity and everything within depth hops (${LIMITS.depth.min}..${LIMITS.depth.max}), at most limit nodes (${LIMITS.limit.min}..${LIMITS.limit.max}); NOT_FOUND for an unknown id`,
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1 }),
      limit: t.arg.int({ defaultValue: 200 }),
    },
    resolve: async (_root, args, ctx) => {
      const depth = intInRange('depth', args.depth ?? 1, LIMITS.depth.min, LIMITS.depth.max);
      const limit = intInRange('limit', args.limit ?? 200, LIMITS.limit.min, LIMITS.limit.max);
      const [id] = await requireEntities(ctx, { id: String(args.id) });
      return walkNeighbourhood(ctx.store, id, depth, limit);
    },
  }),
);

builder.queryField('paths', (t) =>
  t.field({
    type: SubgraphRef,
    description: `the union of the shortest paths between two entities, at most maxLength hops (${LIMITS.maxLength.min}..${LIMITS.maxLength.max}); empty when none; NOT_FOUND for an unknown id`,
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxLength: t.arg.int({ defaultValue: 4 }),
    },
    resolve: async (_root, args, ctx) => {
      const maxLength = intInRange('maxLength', args.maxLength ?? 4, LIMITS.maxLength.min, LIMITS.maxLength.max);
      const [from, to] = await requireEntities(ctx, { from: String(args.from), to: String(args.to) });
      return ctx.store.findShortestPaths({ from, to, maxLength });
    },
  }),
);
