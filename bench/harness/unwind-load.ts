import type { Driver } from 'neo4j-driver';
import { entityDisputes, relationshipDisputes } from '../../src/domain/disputes.js';
import type { EntityType, OrganisationKind } from '../../src/domain/entity.js';
import type { DocumentWrite } from '../../src/storage/graph-store.js';
import { documentFactRows } from '../../src/storage/change-sets/document-change-set.js';
import { DISPUTE_LABEL, KIND_LABELS, SOURCE_FACTS_LABEL, TYPE_LABELS } from '../../src/storage/neo4j/labels.js';
import { articleProps } from '../../src/storage/neo4j/records.js';
import { claimRowsByType, entityRowsByStatement, mentionRows, type ClaimRow } from './floor-rows.js';
import { run, type BenchDatabase } from './db.js';
import { RateRecorder, rowsOf } from './rates.js';

/*
 * The floor for ingest: the rows kg ingest wrote (captured per document from the project's own plan, so
 * the same graph), loaded with plain batched UNWIND statements: many documents per statement, no lock, no
 * name resolution, no checks, no reads. Rows come from the project's row builders (floor-rows.ts); the
 * statements are written here. A fresh corpus only adds: each document is a new article, so its
 * citations are appended and nothing is deleted (a write that deletes is refused).
 */

function labelsOf(statementKey: string): string {
  const [type, kind] = statementKey.split('/') as [EntityType, OrganisationKind | undefined];
  return [TYPE_LABELS[type], kind ? KIND_LABELS[kind] : null].filter(Boolean).join(':');
}

/** One edge's rows of several documents as one: citations concatenated, the summary of the last. */
interface EdgeRow {
  id: string;
  sourceId: string;
  targetId: string;
  role: string | null;
  status: string;
  disputed: boolean;
  dates: Record<string, unknown>;
  articles: string[];
  quotes: string[];
  details: string[];
}

function edgeRowsByType(writes: DocumentWrite[]): Map<string, EdgeRow[]> {
  const byType = new Map<string, Map<string, EdgeRow>>();
  for (const w of writes) {
    for (const [type, rows] of claimRowsByType(w)) {
      const edges = byType.get(type) ?? new Map<string, EdgeRow>();
      byType.set(type, edges);
      for (const r of rows as ClaimRow[]) {
        const edge = edges.get(r.id) ?? { ...r, articles: [], quotes: [], details: [] };
        edge.status = r.status;
        edge.disputed = r.disputed;
        edge.dates = r.dates;
        edge.articles.push(...r.quotes.map(() => r.articleId));
        edge.quotes.push(...r.quotes);
        edge.details.push(...r.details);
        edges.set(r.id, edge);
      }
    }
  }
  return new Map(
    [...byType].map(([type, edges]) => [type, [...edges.values()].map(({ articleId: _a, ...e }: EdgeRow & { articleId?: string }) => e)]),
  );
}

const edgeStatement = (type: string) => `
UNWIND $rows AS row
MATCH (s:Entity {id: row.sourceId})
MATCH (t:Entity {id: row.targetId})
MERGE (s)-[r:${type} {id: row.id}]->(t)
ON CREATE SET r.role = row.role, r.citation_articles = row.articles, r.citation_quotes = row.quotes, r.citation_details = row.details
ON MATCH SET r.citation_articles = r.citation_articles + row.articles, r.citation_quotes = r.citation_quotes + row.quotes,
             r.citation_details = r.citation_details + row.details
SET r.status = row.status, r.disputed = row.disputed, r += row.dates`;

const PUT_MARKERS = `
CALL () { UNWIND $subjectIds AS subjectId MATCH (d:${DISPUTE_LABEL} {subjectId: subjectId}) DELETE d }
WITH 1 AS done
UNWIND $markers AS marker
CREATE (d:${DISPUTE_LABEL}) SET d = marker`;

async function loadBatch(driver: Driver, db: BenchDatabase, writes: DocumentWrite[]): Promise<void> {
  for (const w of writes) {
    if ((w.deleteRelationships ?? []).length > 0 || (w.deleteEntities ?? []).length > 0) {
      throw new Error(`the plain load only adds, but ${w.article.id} deletes: is the corpus ingested twice?`);
    }
  }
  const batch: DocumentWrite = {
    article: writes[0].article,
    entities: writes.flatMap((w) => w.entities),
    mentions: writes.flatMap((w) => w.mentions),
    relationships: writes.flatMap((w) => w.relationships),
  };
  await run(driver, db, 'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row', {
    rows: writes.map((w) => articleProps(w.article)),
  });
  for (const [key, rows] of entityRowsByStatement(batch)) {
    await run(driver, db, `UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e:${labelsOf(key)}, e += row`, { rows });
  }
  await run(
    driver,
    db,
    `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (a:Article {id: row.articleId})
CREATE (e)-[:MENTIONED_IN {quotes: row.quotes}]->(a)`,
    { rows: writes.flatMap((w) => mentionRows(w)) },
  );
  // what each article says of its entities: one node per (entity, source), as the store keeps them
  await run(
    driver,
    db,
    `
UNWIND $rows AS row
MERGE (f:${SOURCE_FACTS_LABEL} {entityId: row.entityId, sourceId: row.sourceId})
SET f.facts = row.facts`,
    { rows: writes.flatMap((w) => documentFactRows(w)) },
  );
  for (const [type, rows] of edgeRowsByType(writes)) await run(driver, db, edgeStatement(type), { rows });
  // dispute markers: each subject's from its last state in the batch
  const entities = new Map(batch.entities.map((e) => [e.id, e]));
  const edges = new Map(batch.relationships.map((r) => [r.id, r]));
  await run(driver, db, PUT_MARKERS, {
    subjectIds: [...entities.keys(), ...edges.keys()],
    markers: [...[...entities.values()].flatMap(entityDisputes), ...[...edges.values()].flatMap(relationshipDisputes)].map((m) => ({
      ...m,
    })),
  });
}

/** Loads the documents' rows in batches of `batchSize` documents, timing each batch. */
export async function unwindLoad(driver: Driver, db: BenchDatabase, writes: DocumentWrite[], batchSize = 100): Promise<RateRecorder> {
  const rates = new RateRecorder();
  for (let i = 0; i < writes.length; i += batchSize) {
    const slice = writes.slice(i, i + batchSize);
    const started = performance.now();
    await loadBatch(driver, db, slice);
    rates.add(
      performance.now() - started,
      slice.reduce((n, w) => n + rowsOf(w), 0),
      slice.length,
    );
  }
  return rates;
}
