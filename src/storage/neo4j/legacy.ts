import { summariseStatus, type RelationshipCitation } from '../../domain/claims.js';
import { relationshipIdFor } from '../../domain/ids.js';
import { CLAIM_STATUSES } from '../../domain/kinds.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../domain/vocabulary.js';
import { readRows, type Neo4jClient, type Row } from './driver.js';
import { ENTITY_LABEL, GRAPH_TYPES_PATTERN, relationshipTypeOf } from './labels.js';
import { citationDetailJson } from './records.js';
import { putDisputes } from './disputes.js';
import { relationshipDisputes } from '../../domain/disputes.js';
import { oneOf, optStr, optStrList, str } from './rows.js';

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

const legacyEdgeOf = (row: Row) => ({
  id: str(row, 'id'),
  type: relationshipTypeOf(str(row, 'type')),
  sourceId: str(row, 'sourceId'),
  targetId: str(row, 'targetId'),
  role: optStr(row, 'role'),
  status: oneOf(row, 'status', CLAIM_STATUSES),
  articles: optStrList(row, 'articles'),
  quotes: optStrList(row, 'quotes'),
});

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
    const edges = await readRows(client, LEGACY_EDGES, { limit: LEGACY_BATCH }, legacyEdgeOf);
    if (edges.length === 0) return;
    await client.write(async (tx) => {
      for (const e of edges) {
        const newId = relationshipIdFor(e.type, e.sourceId, e.targetId, e.role);
        const details = e.articles.map((articleId, i) =>
          citationDetailJson({
            articleId,
            quote: e.quotes[i] ?? '',
            status: e.status,
            saidBy: null,
            start: null,
            end: null,
            asOf: null,
          } satisfies RelationshipCitation),
        );
        const [kept] = (await tx.run(UPGRADE.get(e.type)!, { id: e.id, newId, details })).rows;
        // a detail is JSON our writer made (citationDetailJson); an empty one takes the edge's status
        const statuses = kept
          ? optStrList(kept, 'details').map((d) => ({ status: oneOf(d ? JSON.parse(d) : kept, 'status', CLAIM_STATUSES) }))
          : [];
        const summary = summariseStatus(statuses);
        await tx.run(SET_SUMMARY.get(e.type)!, { id: newId, ...summary });
        await putDisputes(tx, [newId], relationshipDisputes({ id: newId, disputed: summary.disputed }));
      }
    });
  }
}
