import type { RankedHit } from '../../resolution/search-ranking.js';
import { rankSearchHits } from '../../resolution/search-ranking.js';
import { intInRange, LIMITS } from '../arguments/argument-checks.js';
import { badUserInput } from '../errors/input-errors.js';
import { builder } from '../builder.js';
import { EntityRef } from './entity.js';
import { EntityTypeEnum } from './enums.js';

export const SearchHitRef = builder.objectRef<RankedHit>('SearchHit').implement({
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (h) => h.entity }),
    score: t.exposeFloat('score', { description: 'how well the query matches the name or an alias, in (0, 1]' }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description: `full-text search over names and aliases, tolerant of case and transliteration variants; best first. An empty \`types\` list means every type; first is ${LIMITS.first.min}..${LIMITS.first.max}.`,
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [EntityTypeEnum], required: false }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: async (_root, args, ctx) => {
      const first = intInRange('first', args.first ?? 10, LIMITS.first.min, LIMITS.first.max);
      const query = args.query.trim();
      if (query.length > LIMITS.queryLength) throw badUserInput('query', `must be at most ${LIMITS.queryLength} characters long.`);
      if (query === '') return [];
      const types = args.types && args.types.length > 0 ? [...new Set(args.types)] : null;
      // the index casts a wide net; the domain's ranking decides, so both stores answer alike
      const candidates = await ctx.store.searchCandidates({ query, types, first: Math.max(first * 5, 50) });
      return rankSearchHits(query, candidates, first);
    },
  }),
);
