import type { EntityRecord } from '../../domain/entity.js';
import { comparePartialDates } from '../../domain/partial-date.js';
import { notFound } from '../errors/input-errors.js';
import { builder } from '../builder.js';
import { currentEntities } from '../loaders/redirects.js';
import { relationsQuery } from '../loaders/request-loaders.js';
import { EventRef } from './event.js';
import { loadEntities } from '../loaders/resolver-reads.js';

/** How many events a timeline gathers at most. */
const TIMELINE_LIMIT = 1000;

/** Oldest first; undated events last; ties by name, then id, so the order is stable. */
function inTimelineOrder(a: EntityRecord, b: EntityRecord): number {
  return comparePartialDates(a.date, b.date) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

builder.queryField('timeline', (t) =>
  t.field({
    type: [EventRef],
    description:
      'the events an entity took part in (for a place: also the events held there; for an event: itself), oldest first, undated last; NOT_FOUND for an unknown id',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      // PARTICIPATED_IN runs from a participant to the event; TOOK_PLACE_IN from the event to its place
      const eventEdges = (id: string) =>
        ctx.loaders.relations.load(relationsQuery(id, ['PARTICIPATED_IN', 'TOOK_PLACE_IN'], 'BOTH', TIMELINE_LIMIT));
      // read beside the entity rather than after it (one round trip, not two); used only if the id is still
      // the entity's own, and its failure is the request's only if it is used
      const asked = String(args.id);
      const early = eventEdges(asked);
      early.catch(() => undefined);
      const [entity] = await currentEntities(ctx, [asked]);
      if (!entity) throw notFound('id', asked);
      const id = entity.id;
      if (entity.type === 'EVENT') return [entity];
      const edges = await (id === asked ? early : eventEdges(id));
      const eventIds = edges
        .filter((e) => (e.type === 'PARTICIPATED_IN' ? e.sourceId === id : e.targetId === id))
        .map((e) => (e.type === 'PARTICIPATED_IN' ? e.targetId : e.sourceId));
      const events = await loadEntities(ctx, [...new Set(eventIds)]);
      return events.filter((e) => e.type === 'EVENT').sort(inTimelineOrder);
    },
  }),
);
