import type { GraphBatch } from '../../bulk/staged-graph.js';
import type { DuplicateCandidateRecord } from '../../domain/duplicates.js';
import { entityDisputes, relationshipDisputes } from '../../domain/disputes.js';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../../domain/vocabulary.js';
import type { DocumentWrite } from '../graph-store.js';
import type { Neo4jClient } from './driver.js';
import { MERGED_ID_LABEL } from './editor-statements.js';
import { ARTICLE_LABEL, DISPUTE_LABEL, ENTITY_LABEL, MENTION_TYPE, SOURCE_FACTS_LABEL, relationshipTypeOf } from './labels.js';
import { entityFactRows } from '../fact-rows.js';
import { articleProps, citationDetailJson, flattenDate } from './records.js';
import { recordCandidatesIn } from './review-items.js';
import { entityRowsByStatement } from './write-plan.js';
import { upsertEntitiesStatement } from './write-statements.js';

/*
 * Writes a finished graph into an EMPTY Neo4j database, a batch per transaction: the bulk path (see
 * src/bulk). Every node and edge is new, so the statements CREATE rather than MERGE and read nothing
 * back; the properties are the ones the document writes make (the same row builders where they exist),
 * so the stored graph is the one `kg ingest` would have made of the same documents.
 */

const CREATE_ARTICLES = `UNWIND $rows AS row CREATE (a:${ARTICLE_LABEL}) SET a = row`;

const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (e:${ENTITY_LABEL} {id: row.entityId})
MATCH (a:${ARTICLE_LABEL} {id: row.articleId})
CREATE (e)-[:${MENTION_TYPE} {quotes: row.quotes}]->(a)`;

const createEdges = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (s:${ENTITY_LABEL} {id: row.sourceId})
MATCH (t:${ENTITY_LABEL} {id: row.targetId})
CREATE (s)-[r:${type}]->(t)
SET r = row.props`;
const CREATE_EDGES = new Map(RELATIONSHIP_TYPE_NAMES.map((type) => [type, createEdges(type)]));

// what each source says of each entity: one node per (entity, source), as document writes keep them (facts.ts)
const CREATE_FACTS = `UNWIND $rows AS row CREATE (f:${SOURCE_FACTS_LABEL}) SET f = row`;

const CREATE_DISPUTES = `UNWIND $markers AS marker CREATE (d:${DISPUTE_LABEL}) SET d = marker`;

const CREATE_REDIRECTS = `UNWIND $rows AS row CREATE (m:${MERGED_ID_LABEL}) SET m.id = row.id, m.into = row.into`;

/** An edge's stored properties: its summary and its citations as three parallel lists (see putClaims). */
function edgeProps(r: GraphBatch['relationships'][number]): Record<string, unknown> {
  return {
    id: r.id, role: r.role, status: r.status, disputed: r.disputed,
    citation_articles: r.citations.map((c) => c.articleId),
    citation_quotes: r.citations.map((c) => c.quote),
    citation_details: r.citations.map(citationDetailJson),
    ...flattenDate('start', r.start), ...flattenDate('end', r.end),
  };
}

export async function writeGraphBatch(client: Neo4jClient, batch: GraphBatch): Promise<void> {
  const entityGroups = entityRowsByStatement({ entities: batch.entities } as DocumentWrite);
  const edgeGroups = new Map<RelationshipType, Array<{ sourceId: string; targetId: string; props: Record<string, unknown> }>>();
  for (const [i, r] of batch.relationships.entries()) {
    const type = relationshipTypeOf(r.type, `relationships[${i}].type`);
    edgeGroups.set(type, [...(edgeGroups.get(type) ?? []), { sourceId: r.sourceId, targetId: r.targetId, props: edgeProps(r) }]);
  }
  const factRows = batch.entities.flatMap((e) => entityFactRows(e.id, e.facts ?? []));
  const markers = [...batch.entities.flatMap(entityDisputes), ...batch.relationships.flatMap(relationshipDisputes)];
  await client.write(async (tx) => {
    if (batch.articles.length > 0) await tx.run(CREATE_ARTICLES, { rows: batch.articles.map(articleProps) });
    // the upsert statements of document writes: on an empty database they create, with the same labels
    for (const [key, rows] of entityGroups) await tx.run(upsertEntitiesStatement(key), { rows });
    if (factRows.length > 0) await tx.run(CREATE_FACTS, { rows: factRows });
    if (batch.mentions.length > 0) await tx.run(CREATE_MENTIONS, { rows: batch.mentions });
    for (const [type, rows] of edgeGroups) await tx.run(CREATE_EDGES.get(type)!, { rows });
    if (markers.length > 0) await tx.run(CREATE_DISPUTES, { markers: markers.map((m) => ({ ...m })) });
  });
}

/** The ids that redirect and the review items, after the graph they refer to. */
export async function writeGraphExtras(client: Neo4jClient, extras: {
  redirects: ReadonlyArray<{ id: string; into: string }>;
  /** in pages, as a staging store reads them (millions at a million entities) */
  duplicateCandidates: AsyncIterable<readonly DuplicateCandidateRecord[]> | Iterable<readonly DuplicateCandidateRecord[]>;
}): Promise<void> {
  for (const rows of chunks(extras.redirects, EXTRAS_PER_TRANSACTION)) {
    await client.write((tx) => tx.run(CREATE_REDIRECTS, { rows }));
  }
  for await (const page of extras.duplicateCandidates) {
    for (const candidates of chunks(page, EXTRAS_PER_TRANSACTION)) {
      await client.write((tx) => recordCandidatesIn(tx, candidates));
    }
  }
}

/**
 * Redirects and review items per transaction: a staged 100k corpus proposed 1.6 million duplicate
 * candidates, and one statement for all of them ran past the transaction timeout.
 */
export const EXTRAS_PER_TRANSACTION = 10_000;

function chunks<T>(rows: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
}

/** What the database holds, to refuse a load into a graph (and to check a load against its source). */
export async function graphCounts(client: Neo4jClient): Promise<{ entities: number; articles: number; relationships: number; mentions: number; citations: number }> {
  const [row] = await client.read(`
CALL () { MATCH (e:${ENTITY_LABEL}) RETURN count(e) AS entities }
CALL () { MATCH (a:${ARTICLE_LABEL}) RETURN count(a) AS articles }
CALL () { MATCH (:${ENTITY_LABEL})-[m:${MENTION_TYPE}]->(:${ARTICLE_LABEL}) RETURN sum(size(m.quotes)) AS mentions }
CALL () { MATCH (:${ENTITY_LABEL})-[r]->(:${ENTITY_LABEL}) RETURN count(r) AS relationships, sum(size(r.citation_quotes)) AS citations }
RETURN entities, articles, relationships, mentions, citations`);
  const n = (v: unknown) => (typeof v === 'number' ? v : 0);
  return { entities: n(row.entities), articles: n(row.articles), relationships: n(row.relationships), mentions: n(row.mentions), citations: n(row.citations) };
}
