import type { DistinctPairs } from '../domain/duplicates.js';
import type { EntityRecord } from '../domain/entity.js';
import { chooseBestMatch, type Resolution } from '../resolution/best-match.js';
import type { MatchOutcome } from '../resolution/compare-names.js';
import type { IncomingEntity } from '../resolution/incoming-entity.js';
import { needsCircle, weighCircle, type Circle } from '../resolution/person-circles.js';
import type { GraphReader } from '../storage/graph-store.js';

/** One incoming entity's candidates with what their names alone conclude. */
export type Judged = Array<{ record: EntityRecord; outcome: MatchOutcome }>;

/**
 * How much of a stored person's surroundings is read: the neighbours one hop away, and the entities
 * mentioned in the first articles that mention them. Enough to recognise a circle, and a bound on what
 * one document's resolution reads however often a person is in the news.
 */
const NEIGHBOURS_READ = 200;
const ARTICLES_READ = 10;

/**
 * Weighs, in place, the outcome of every pair of people whose names alone cannot settle it (a
 * romanisation variant, another given name with one surname) with their circles: the stored entities
 * the rest of the document resolved to by name, against the stored person's neighbours and the entities
 * of its articles. The document's own matches come from names only, so the result does not depend on
 * the order of its entities.
 */
export async function weighPeopleByCircles(
  store: GraphReader,
  named: readonly IncomingEntity[],
  judgedOf: Map<string, Judged>,
  distinct: DistinctPairs,
): Promise<void> {
  const pairs = named.flatMap((entity) =>
    (judgedOf.get(entity.key) ?? [])
      .filter((j) => j.outcome.decision !== 'merge' && needsCircle(entity, j.record))
      .map((j) => ({ entity, j })),
  );
  if (pairs.length === 0) return;
  const byName: Resolution = { matches: new Map(), merges: [], nearMisses: [] };
  for (const entity of named) chooseBestMatch(byName, entity, [...(judgedOf.get(entity.key) ?? [])], distinct);
  const around = await storedCircles(store, [...new Set(pairs.map((p) => p.j.record.id))]);
  for (const { entity, j } of pairs) {
    const circle = circleOf(entity, j.record, byName.matches, around.get(j.record.id) ?? new Set());
    j.outcome = weighCircle(entity, j.record, j.outcome, circle);
  }
}

/** What both sides are seen with: the document's other entities, as resolved, that stand beside the stored person. */
function circleOf(entity: IncomingEntity, stored: EntityRecord, matches: Map<string, EntityRecord>, beside: Set<string>): Circle {
  const others = [...matches].filter(([key]) => key !== entity.key).map(([, record]) => record);
  const shared = new Map(others.filter((r) => r.id !== stored.id && beside.has(r.id)).map((r) => [r.id, r]));
  return {
    roles: [entity.roles ?? [], stored.roles ?? []],
    shared: [...shared.values()].map((r) => ({ id: r.id, name: r.name, type: r.type })),
    sameDocument: others.some((r) => r.id === stored.id),
  };
}

/** Each stored person's neighbours and the entities its first articles mention, by id. */
async function storedCircles(store: GraphReader, ids: readonly string[]): Promise<Map<string, Set<string>>> {
  const [neighbours, mentions] = await Promise.all([
    Promise.all(ids.map((id) => store.getNeighbourIds({ ids: [id], exclude: [id], first: NEIGHBOURS_READ }))),
    store.getMentions(ids),
  ]);
  const articlesOf = ids.map((_, i) => [...new Set(mentions[i].map((m) => m.articleId))].slice(0, ARTICLES_READ));
  const articles = [...new Set(articlesOf.flat())];
  const footprints = new Map(await Promise.all(articles.map(async (a) => [a, (await store.getArticleFootprint(a)).entityIds] as const)));
  return new Map(ids.map((id, i) => [id, new Set([...neighbours[i], ...articlesOf[i].flatMap((a) => footprints.get(a) ?? [])])]));
}
