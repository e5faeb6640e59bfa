import DataLoader from 'dataloader';
import { isArticleId, type ArticleRecord, type ArticleSummary, type EntityRecord } from '../../domain/entity.js';
import type { GraphStore } from '../../storage/graph-store.js';
import type { ArticleView } from '../types/article-view.js';

type LoadedNode = EntityRecord | ArticleView;

/** Whether a loaded node (or any value) is an entity. */
export function isEntityRecord(value: unknown): value is EntityRecord {
  return typeof value === 'object' && value !== null && 'type' in value && 'aliases' in value;
}

/** Whether a loaded node (or any value) is an article. */
export function isArticleRecord(value: unknown): value is ArticleRecord {
  return typeof value === 'object' && value !== null && 'id' in value && isArticleId(String(value.id));
}

interface NodeKey {
  id: string;
  /** whether an article's text is wanted; entities have none */
  text: boolean;
}

/**
 * Entities and articles by id for one request, in one store read per batch (one round trip per level of
 * the query). An article is read without its text where the caller says so (a citation's article where
 * `text` is not selected): a batch reads the texts only when one of its keys wants one, so asking for
 * both shapes in one level still costs one read.
 */
export class NodeLoader {
  private readonly loader: DataLoader<NodeKey, LoadedNode | null, string>;

  constructor(store: GraphStore) {
    this.loader = new DataLoader(
      (keys) =>
        store.getNodes(
          keys.map((k) => k.id),
          { articleText: keys.some((k) => k.text && isArticleId(k.id)) },
        ),
      // an entity is the same whichever way it is asked for; an article with its text and without are two
      // entries (a one-letter prefix before the whole id, so no id can pose as another's key)
      { cacheKeyFn: (k) => (k.text || !isArticleId(k.id) ? `w${k.id}` : `s${k.id}`) },
    );
  }

  /** An entity, or an article with its text; null where the store has none. */
  load(id: string): Promise<LoadedNode | null> {
    return this.loader.load({ id, text: true });
  }

  loadMany(ids: readonly string[]): Promise<Array<LoadedNode | null | Error>> {
    return this.loader.loadMany(ids.map((id) => ({ id, text: true })));
  }

  /** An article without its text (or whole, when the same batch reads texts anyway); null where none. */
  async loadArticleSummary(id: string): Promise<ArticleSummary | null> {
    const node = await this.loader.load({ id, text: false });
    return node && isArticleId(node.id) ? (node as ArticleSummary) : null;
  }

  /** An entity read by another statement (the other ends of a relationship page): served from here, not read again. */
  prime(entity: EntityRecord): void {
    this.loader.prime({ id: entity.id, text: true }, entity);
  }

  clearAll(): void {
    this.loader.clearAll();
  }
}
