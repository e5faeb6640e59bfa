import type { EntityRecord } from '../domain/entity.js';
import type { RelationshipRecord } from '../domain/relationship.js';
import type { GraphBatch } from '../storage/graph-batch.js';
import type { GraphReader } from '../storage/graph-store.js';

export type { GraphBatch } from '../storage/graph-batch.js';

/** Articles per batch: a few thousand rows of each kind, one transaction's worth for Neo4j. */
const ARTICLES_PER_BATCH = 250;

/**
 * Reads a store's whole graph, article by article, through the port (the same reads a plan makes), so
 * any store can be the source. Ends with the entities no article mentions (an editor's, or one only a
 * relationship holds). Memory: the ids already given, about 100 bytes each.
 */
export async function* graphBatches(source: GraphReader, articlesPerBatch = ARTICLES_PER_BATCH): AsyncGenerator<GraphBatch> {
  const givenEntities = new Set<string>();
  const givenRelationships = new Set<string>();
  for (let after: string | null = null; ; ) {
    const articles = await source.listArticles({ after, first: articlesPerBatch });
    if (articles.length === 0) break;
    after = articles[articles.length - 1].id;
    const batch: GraphBatch = { articles, entities: [], mentions: [], relationships: [] };
    const entityIds: string[] = [];
    const relationshipIds: string[] = [];
    for (const article of articles) {
      const footprint = await source.getArticleFootprint(article.id);
      batch.mentions.push(...mentionRows(article.id, footprint.mentions));
      entityIds.push(...footprint.entityIds);
      relationshipIds.push(...footprint.relationshipIds);
    }
    const newRelationshipIds = fresh(relationshipIds, givenRelationships);
    const relationships = (await source.getRelationshipsById(newRelationshipIds)).filter((r): r is RelationshipRecord => r !== null);
    batch.relationships = relationships;
    // a relationship's ends come with it, even one whose end no article of the batch mentions
    batch.entities = await entitiesWithFacts(
      source,
      fresh([...entityIds, ...relationships.flatMap((r) => [r.sourceId, r.targetId])], givenEntities),
    );
    yield batch;
  }
  for (let after: string | null = null; ; ) {
    const page = await source.listEntities({ type: null, after, first: 1000 });
    if (page.length === 0) break;
    after = page[page.length - 1].id;
    const left = fresh(
      page.map((e) => e.id),
      givenEntities,
    );
    if (left.length > 0) yield { articles: [], entities: await entitiesWithFacts(source, left), mentions: [], relationships: [] };
  }
}

/** The ids not given before, in first-seen order; marks them given. */
function fresh(ids: readonly string[], given: Set<string>): string[] {
  const out: string[] = [];
  for (const id of ids) {
    if (given.has(id)) continue;
    given.add(id);
    out.push(id);
  }
  return out;
}

async function entitiesWithFacts(source: GraphReader, ids: readonly string[]): Promise<Array<Omit<EntityRecord, 'mentions'>>> {
  if (ids.length === 0) return [];
  const [nodes, facts] = await Promise.all([source.getNodes(ids), source.getEntityFacts(ids)]);
  return nodes.flatMap((node, i) => (node && 'type' in node ? [{ ...(node as EntityRecord), facts: facts[i] }] : []));
}

/** One row per entity with the article's distinct quotes of it, as the stores keep mentions. */
function mentionRows(articleId: string, mentions: ReadonlyArray<{ entityId: string; quote: string }>): GraphBatch['mentions'] {
  const rows = new Map<string, GraphBatch['mentions'][number]>();
  for (const m of mentions) {
    const row = rows.get(m.entityId) ?? { entityId: m.entityId, articleId, quotes: [] };
    if (!row.quotes.includes(m.quote)) row.quotes.push(m.quote);
    rows.set(m.entityId, row);
  }
  return [...rows.values()];
}
