import { isArticleId, type ArticleRecord, type ArticleSummary, type EntityRecord } from '../domain/entity.js';
import type { KgContext } from './context.js';

export function isEntityRecord(value: unknown): value is EntityRecord {
  return typeof value === 'object' && value !== null && 'type' in value && 'aliases' in value;
}

export function isArticleRecord(value: unknown): value is ArticleRecord {
  return typeof value === 'object' && value !== null && 'id' in value && isArticleId(String(value.id));
}

/** An entity an edge or a result points at; a missing one means the store lost integrity, not a client error. */
export async function loadEntity(ctx: KgContext, id: string): Promise<EntityRecord> {
  const node = await ctx.loaders.nodes.load(id);
  if (!isEntityRecord(node)) throw new Error(`the store has an edge or result pointing at missing entity ${id}`);
  return node;
}

export async function loadArticle(ctx: KgContext, id: string): Promise<ArticleRecord> {
  const node = await ctx.loaders.nodes.load(id);
  if (!isArticleRecord(node)) throw new Error(`the store has a citation of missing article ${id}`);
  return node;
}

/** An article without its text (see ArticleView): a citation's source where `text` is not selected. */
export async function loadArticleSummary(ctx: KgContext, id: string): Promise<ArticleSummary> {
  const article = await ctx.loaders.nodes.loadArticleSummary(id);
  if (!article) throw new Error(`the store has a citation of missing article ${id}`);
  return article;
}

/**
 * Nodes by id in one batch (null for an id the store does not have). DataLoader's loadMany hands a failed
 * batch back as Error entries; they are thrown here, so that a store outage never reads as "not found".
 */
export async function loadNodes(ctx: KgContext, ids: readonly string[]): Promise<(EntityRecord | ArticleRecord | null)[]> {
  const nodes = await ctx.loaders.nodes.loadMany(ids);
  const failure = nodes.find((n) => n instanceof Error);
  if (failure) throw failure;
  return nodes as (EntityRecord | ArticleRecord | null)[];
}

/** Entities by id in one batch, skipping any the store does not have. */
export async function loadEntities(ctx: KgContext, ids: readonly string[]): Promise<EntityRecord[]> {
  return (await loadNodes(ctx, ids)).filter(isEntityRecord);
}
