import type { ArticleRecord, EntityRecord } from '../domain/entity.js';
import type { RelationshipRecord } from '../domain/relationship.js';

/**
 * A slice of a finished graph, in the order a loader can write it: its articles, the entities they are
 * the first to mention (final state, with what each source says of them), those articles' mentions, and
 * the relationships they are the first to cite (final state, every citation of every article). Each
 * entity and relationship is in exactly one batch, before or with the first relationship that needs it.
 */
export interface GraphBatch {
  articles: ArticleRecord[];
  entities: Array<Omit<EntityRecord, 'mentions'>>;
  mentions: Array<{ entityId: string; articleId: string; quotes: string[] }>;
  relationships: RelationshipRecord[];
}
