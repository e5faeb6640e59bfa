import type { DuplicateCandidateRecord } from '../../domain/duplicates.js';
import { intInRange, LIMITS } from '../arguments/argument-checks.js';
import { builder } from '../builder.js';
import { EntityRef } from './entity.js';
import { loadEntities } from '../loaders/resolver-reads.js';

export const DuplicateCandidateRef = builder.objectRef<DuplicateCandidateRecord>('DuplicateCandidate').implement({
  description: 'Two or more entities that may be one: for an editor to merge (mergeEntities) or mark distinct (markDistinct).',
  fields: (t) => ({
    id: t.exposeID('id'),
    entities: t.field({ type: [EntityRef], resolve: (c, _args, ctx) => loadEntities(ctx, c.entityIds) }),
    score: t.exposeFloat('score', { description: 'how alike they are, in (0, 1]' }),
    reason: t.exposeString('reason', { description: 'why they look alike' }),
  }),
});

builder.queryField('possibleDuplicates', (t) =>
  t.field({
    type: [DuplicateCandidateRef],
    description: `entities that may be one, best candidates first (then by id); pairs an editor marked distinct or merged are gone. first is ${LIMITS.first.min}..${LIMITS.first.max}.`,
    args: { first: t.arg.int({ defaultValue: 20 }) },
    resolve: async (_root, args, ctx) => {
      const first = intInRange('first', args.first ?? 20, LIMITS.first.min, LIMITS.first.max);
      return ctx.store.listDuplicateCandidates({ first });
    },
  }),
);
