import type { ChangeSet } from '../../domain/change-set.js';
import { applyChangeSet } from './apply-change-set.js';
import type { Neo4jClient } from './driver.js';
import { ARTICLE_LABEL, ENTITY_LABEL, MENTION_TYPE } from './labels.js';

/*
 * The bulk path's writes (see src/bulk): change sets, each in a transaction of its own, applied by the
 * one executor every write of this adapter goes through, so the stored graph is the one `kg ingest`
 * would have made of the same documents.
 */

/** Applies each change set in its own write transaction, in order. */
export async function applyChangeSets(client: Neo4jClient, sets: Iterable<ChangeSet>): Promise<void> {
  for (const set of sets) await client.write((tx) => applyChangeSet(tx, set));
}

/** What the database holds, to refuse a load into a graph (and to check a load against its source). */
export async function graphCounts(
  client: Neo4jClient,
): Promise<{ entities: number; articles: number; relationships: number; mentions: number; citations: number }> {
  const [row] = await client.read(`
CALL () { MATCH (e:${ENTITY_LABEL}) RETURN count(e) AS entities }
CALL () { MATCH (a:${ARTICLE_LABEL}) RETURN count(a) AS articles }
CALL () { MATCH (:${ENTITY_LABEL})-[m:${MENTION_TYPE}]->(:${ARTICLE_LABEL}) RETURN sum(size(m.quotes)) AS mentions }
CALL () { MATCH (:${ENTITY_LABEL})-[r]->(:${ENTITY_LABEL}) RETURN count(r) AS relationships, sum(size(r.citation_quotes)) AS citations }
RETURN entities, articles, relationships, mentions, citations`);
  const n = (v: unknown) => (typeof v === 'number' ? v : 0);
  return {
    entities: n(row.entities),
    articles: n(row.articles),
    relationships: n(row.relationships),
    mentions: n(row.mentions),
    citations: n(row.citations),
  };
}
