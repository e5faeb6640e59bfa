import type { ArticleScore } from './score.js';
import { type Counts, counts, ENTITY_TYPES, type Share, share } from './types.js';

const addCounts = (a: Counts, b: Counts): Counts => counts(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
const addShares = (a: Share, b: Share): Share => share(a.hits + b.hits, a.total + b.total);

/**
 * Micro-averaged scores over a corpus: counts and shares are summed over the articles before any rate
 * is worked out, so a long article weighs as much as its items (the targets are per item).
 */
export function poolScores(scores: readonly ArticleScore[]): ArticleScore {
  const [first, ...rest] = scores;
  if (first === undefined) throw new Error('no scores to pool');
  return rest.reduce(
    (acc, s) => ({
      entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, addCounts(acc.entities[t], s.entities[t])])) as ArticleScore['entities'],
      duplicates: [...acc.duplicates, ...s.duplicates],
      orgKind: addShares(acc.orgKind, s.orgKind),
      invented: [...acc.invented, ...s.invented],
      goldUnnamed: [...acc.goldUnnamed, ...s.goldUnnamed],
      events: addCounts(acc.events, s.events),
      rightDate: addShares(acc.rightDate, s.rightDate),
      rightDateAndInferred: addShares(acc.rightDateAndInferred, s.rightDateAndInferred),
      relationshipsNamed: addCounts(acc.relationshipsNamed, s.relationshipsNamed),
      relationshipsAll: addCounts(acc.relationshipsAll, s.relationshipsAll),
      participations: addCounts(acc.participations, s.participations),
      status: addShares(acc.status, s.status),
      saidBy: addShares(acc.saidBy, s.saidBy),
      verbatim: addShares(acc.verbatim, s.verbatim),
      examples: {
        missedEntities: [...acc.examples.missedEntities, ...s.examples.missedEntities],
        spuriousEntities: [...acc.examples.spuriousEntities, ...s.examples.spuriousEntities],
        wrongDates: [...acc.examples.wrongDates, ...s.examples.wrongDates],
        missedRelationships: [...acc.examples.missedRelationships, ...s.examples.missedRelationships],
        spuriousRelationships: [...acc.examples.spuriousRelationships, ...s.examples.spuriousRelationships],
        looseQuotes: [...acc.examples.looseQuotes, ...s.examples.looseQuotes],
      },
    }),
    first,
  );
}
