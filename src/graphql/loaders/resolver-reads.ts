import type { ArticleRecord, ArticleSummary, EntityRecord } from '../../domain/entity.js';
import type { KgContext } from '../context.js';
import { isArticleRecord, isEntityRecord } from './node-loader.js';

/*
 * What a resolver reads by id, through the request's NodeLoader (node-loader.ts, which batches the reads):
 * typed, and with a node the store ought to have and lacks read as a broken store, not as a client error.
 */

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
async function loadNodes(ctx: KgContext, ids: readonly string[]): Promise<(EntityRecord | ArticleRecord | null)[]> {
  const nodes = await ctx.loaders.nodes.loadMany(ids);
  const failure = nodes.find((n) => n instanceof Error);
  if (failure) throw failure;
  return nodes as (EntityRecord | ArticleRecord | null)[];
}

/** Entities by id in one batch, skipping any the store does not have. */
export async function loadEntities(ctx: KgContext, ids: readonly string[]): Promise<EntityRecord[]> {
  return (await loadNodes(ctx, ids)).filter(isEntityRecord);
}
