import { summariseStatus, type RelationshipCitation } from '../../domain/claims.js';
import type { ClaimStatus } from '../../domain/entity.js';
import { relationshipIdFor } from '../../domain/ids.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../domain/vocabulary.js';
import type { Neo4jClient } from './driver.js';
import { ENTITY_LABEL, GRAPH_TYPES_PATTERN, relationshipTypeOf } from './labels.js';
import { citationDetailJson } from './records.js';
import { putDisputes } from './disputes.js';

/*
 * Edges written before claims were kept per source have no citation_details and an id that named their
 * status too, so one fact under two statuses was two edges. Each gets the details of the status it had and
 * the id of its fact; two that become one are fused (every citation kept, with its status) and the fact's
 * status summarised again. Runs on migrate, a batch per transaction, until none is left.
 */

const LEGACY_BATCH = 500;

const LEGACY_EDGES = `
MATCH (s:${ENTITY_LABEL})-[r:${GRAPH_TYPES_PATTERN}]->(t:${ENTITY_LABEL})
WHERE r.citation_details IS NULL
RETURN r.id AS id, type(r) AS type, s.id AS sourceId, t.id AS targetId, r.role AS role, r.status AS status,
  r.citation_articles AS articles, r.citation_quotes AS quotes
LIMIT $limit`;

const byType = (build: (type: string) => string) => new Map(RELATIONSHIP_TYPE_NAMES.map((type) => [type, build(type)]));

/** Gives the legacy edge its details and new id, or, when its fact already has an edge, folds it into that one. */
const UPGRADE = byType(
  (type) => `
MATCH (s)-[r:${type} {id: $id}]->(t)
OPTIONAL MATCH (s)-[into:${type} {id: $newId}]->(t)
WHERE into <> r
CALL (r, into) {
  WITH r, into WHERE into IS NULL
  SET r.id = $newId, r.citation_details = $details
  RETURN r AS kept
  UNION
  WITH r, into WHERE into IS NOT NULL
  SET into.citation_articles = into.citation_articles + r.citation_articles,
      into.citation_quotes = into.citation_quotes + r.citation_quotes,
      into.citation_details = coalesce(into.citation_details, [x IN into.citation_articles | '']) + $details
  DELETE r
  RETURN into AS kept
}
RETURN kept.citation_details AS details, kept.status AS status`,
);

const SET_SUMMARY = byType((type) => `MATCH ()-[r:${type} {id: $id}]->() SET r.status = $status, r.disputed = $disputed`);

export async function upgradeLegacyEdges(client: Neo4jClient): Promise<void> {
  for (;;) {
    const edges = await client.read(LEGACY_EDGES, { limit: LEGACY_BATCH });
    if (edges.length === 0) return;
    await client.write(async (tx) => {
      for (const e of edges) {
        const type = relationshipTypeOf(e.type as string);
        const newId = relationshipIdFor(type, e.sourceId as string, e.targetId as string, (e.role as string | null) ?? null);
        const details = ((e.articles as string[] | null) ?? []).map((articleId, i) =>
          citationDetailJson({
            articleId,
            quote: ((e.quotes as string[] | null) ?? [])[i] ?? '',
            status: e.status as ClaimStatus,
            saidBy: null,
            start: null,
            end: null,
            asOf: null,
          } satisfies RelationshipCitation),
        );
        const [kept] = (await tx.run(UPGRADE.get(type)!, { id: e.id, newId, details })).rows;
        const statuses = ((kept?.details as string[] | null) ?? []).map((d) => ({
          status: (d ? JSON.parse(d).status : kept?.status) as ClaimStatus,
        }));
        const summary = summariseStatus(statuses);
        await tx.run(SET_SUMMARY.get(type)!, { id: newId, ...summary });
        await putDisputes(tx, [newId], summary.disputed ? [{ id: `dispute:status:${newId}`, aspect: 'status', subjectId: newId }] : []);
      }
    });
  }
}
