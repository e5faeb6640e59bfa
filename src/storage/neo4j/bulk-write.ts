import type { GraphBatch } from '../graph-batch.js';
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
    id: r.id,
    role: r.role,
    status: r.status,
    disputed: r.disputed,
    citation_articles: r.citations.map((c) => c.articleId),
    citation_quotes: r.citations.map((c) => c.quote),
    citation_details: r.citations.map(citationDetailJson),
    ...flattenDate('start', r.start),
    ...flattenDate('end', r.end),
  };
}

/**
 * Rows per transaction for a batch's facts, edges and dispute markers, an edge weighing one row per
 * citation. A batch of 250 articles brings in every hub they are the first to mention, with all of
 * each hub's sources and citations (the busiest place of the 1M corpus: docs/benchmarks.md), and one
 * transaction for them all ran past the write timeout. The copy is never one transaction (an
 * interrupted copy leaves a partial graph, which the next bulk load refuses), so splitting costs no
 * guarantee; each chunk still comes after the nodes its rows refer to.
 */
export const ROWS_PER_TRANSACTION = 20_000;

export async function writeGraphBatch(client: Neo4jClient, batch: GraphBatch, rowsPerTransaction = ROWS_PER_TRANSACTION): Promise<void> {
  const entityGroups = entityRowsByStatement({ entities: batch.entities } as DocumentWrite);
  const edges = batch.relationships.map((r, i) => ({
    type: relationshipTypeOf(r.type, `relationships[${i}].type`),
    row: { sourceId: r.sourceId, targetId: r.targetId, props: edgeProps(r) },
    weight: 1 + r.citations.length,
  }));
  const factRows = batch.entities.flatMap((e) => entityFactRows(e.id, e.facts ?? []));
  const markers = [...batch.entities.flatMap(entityDisputes), ...batch.relationships.flatMap(relationshipDisputes)];
  // the nodes first (a batch has a few thousand), with the mentions between them
  await client.write(async (tx) => {
    if (batch.articles.length > 0) await tx.run(CREATE_ARTICLES, { rows: batch.articles.map(articleProps) });
    // the upsert statements of document writes: on an empty database they create, with the same labels
    for (const [key, rows] of entityGroups) await tx.run(upsertEntitiesStatement(key), { rows });
    if (batch.mentions.length > 0) await tx.run(CREATE_MENTIONS, { rows: batch.mentions });
  });
  for (const rows of chunks(factRows, rowsPerTransaction)) await client.write((tx) => tx.run(CREATE_FACTS, { rows }));
  for (const chunk of weightedChunks(edges, (e) => e.weight, rowsPerTransaction)) {
    await client.write(async (tx) => {
      for (const type of new Set(chunk.map((e) => e.type))) {
        await tx.run(CREATE_EDGES.get(type)!, { rows: chunk.filter((e) => e.type === type).map((e) => e.row) });
      }
    });
  }
  for (const rows of chunks(markers, rowsPerTransaction)) {
    await client.write((tx) => tx.run(CREATE_DISPUTES, { markers: rows.map((m) => ({ ...m })) }));
  }
}

/** The ids that redirect and the review items, after the graph they refer to. */
export async function writeGraphExtras(
  client: Neo4jClient,
  extras: {
    redirects: ReadonlyArray<{ id: string; into: string }>;
    /** in pages, as a staging store reads them (millions at a million entities) */
    duplicateCandidates: AsyncIterable<readonly DuplicateCandidateRecord[]> | Iterable<readonly DuplicateCandidateRecord[]>;
  },
): Promise<void> {
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
 * Redirects and review items per transaction: a staged corpus proposes duplicate candidates by the
 * million, and one statement for all of them ran past the transaction timeout.
 */
export const EXTRAS_PER_TRANSACTION = 10_000;

function chunks<T>(rows: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
}

/** Consecutive runs of rows weighing at most `limit` together; a row heavier than that goes alone. */
function weightedChunks<T>(rows: readonly T[], weight: (row: T) => number, limit: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const row of rows) {
    const w = weight(row);
    if (current.length > 0 && total + w > limit) {
      out.push(current);
      current = [];
      total = 0;
    }
    current.push(row);
    total += w;
  }
  if (current.length > 0) out.push(current);
  return out;
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
