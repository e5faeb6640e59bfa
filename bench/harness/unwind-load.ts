import type { Driver } from 'neo4j-driver';
import type { EntityType, OrganisationKind } from '../../src/domain/entity.js';
import type { DocumentWrite } from '../../src/storage/graph-store.js';
import { KIND_LABELS, TYPE_LABELS } from '../../src/storage/neo4j/labels.js';
import { articleProps } from '../../src/storage/neo4j/records.js';
import { entityRowsByStatement, mentionRows, relationshipRowsByType } from '../../src/storage/neo4j/write-plan.js';
import { run, type BenchDatabase } from './db.js';
import { RateRecorder, rowsOf } from './rates.js';

/*
 * The floor for ingest: the rows kg ingest wrote (captured per document from the project's own plan, so the
 * same graph), loaded with plain batched UNWIND statements: many documents per statement, no lock, no
 * name resolution, no checks. Rows come from the project's row builders (write-plan.ts), so properties the
 * adapter adds to them travel along; the statements are written here.
 */

const SAFE = /^[a-z][a-z0-9_]*$/;
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function labelsOf(statementKey: string): string {
  const [type, kind] = statementKey.split('/') as [EntityType, OrganisationKind | undefined];
  return [TYPE_LABELS[type], kind ? KIND_LABELS[kind] : null].filter(Boolean).join(':');
}

/** Several documents as one write: entity states in order (the last wins), everything else concatenated. */
function batchOf(writes: DocumentWrite[]): DocumentWrite {
  return {
    article: writes[0].article,
    entities: writes.flatMap((w) => w.entities),
    mentions: writes.flatMap((w) => w.mentions),
    relationships: writes.flatMap((w) => w.relationships),
  };
}

/** A relationship row split into scalars (set on create), dates (filled when missing) and lists (appended). */
function relationshipParts(row: Record<string, unknown>) {
  const scalars: Record<string, unknown> = {};
  const lists: Record<string, unknown[]> = {};
  let dates: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'sourceId' || key === 'targetId') continue;
    if (key === 'start' || key === 'end') dates = { ...dates, [key]: value };
    else if (Array.isArray(value)) lists[snake(key)] = value;
    else scalars[snake(key)] = value;
  }
  return { id: row.id, sourceId: row.sourceId, targetId: row.targetId, scalars, start: dates.start ?? {}, end: dates.end ?? {}, lists };
}

function relationshipStatement(type: string, listNames: string[]): string {
  for (const name of listNames) if (!SAFE.test(name)) throw new Error(`unexpected list property ${name}`);
  const created = listNames.map((n) => `r.${n} = row.lists.${n}`).join(', ');
  const appended = listNames.map((n) => `r.${n} = coalesce(r.${n}, []) + row.lists.${n}`).join(', ');
  return `
UNWIND $rows AS row
MATCH (s:Entity {id: row.sourceId})
MATCH (t:Entity {id: row.targetId})
MERGE (s)-[r:${type} {id: row.id}]->(t)
ON CREATE SET r += row.scalars, r += row.start, r += row.end${created ? `, ${created}` : ''}
ON MATCH SET r += CASE WHEN r.start_year IS NULL THEN row.start ELSE {} END,
             r += CASE WHEN r.end_year IS NULL THEN row.end ELSE {} END${appended ? `, ${appended}` : ''}`;
}

async function loadBatch(driver: Driver, db: BenchDatabase, writes: DocumentWrite[]): Promise<void> {
  const batch = batchOf(writes);
  await run(driver, db, 'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row', { rows: writes.map((w) => articleProps(w.article)) });
  for (const [key, rows] of entityRowsByStatement(batch)) {
    await run(driver, db, `UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e:${labelsOf(key)}, e += row`, { rows });
  }
  await run(driver, db, `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (a:Article {id: row.articleId})
CREATE (e)-[:MENTIONED_IN {quotes: row.quotes}]->(a)`, { rows: mentionRows(batch) });
  for (const [type, rows] of relationshipRowsByType(batch)) {
    const parts = rows.map((r) => relationshipParts(r as unknown as Record<string, unknown>));
    await run(driver, db, relationshipStatement(type, Object.keys(parts[0].lists)), { rows: parts });
  }
}

/** Loads the documents' rows in batches of `batchSize` documents, timing each batch. */
export async function unwindLoad(driver: Driver, db: BenchDatabase, writes: DocumentWrite[], batchSize = 100): Promise<RateRecorder> {
  const rates = new RateRecorder();
  for (let i = 0; i < writes.length; i += batchSize) {
    const slice = writes.slice(i, i + batchSize);
    const started = performance.now();
    await loadBatch(driver, db, slice);
    rates.add(performance.now() - started, slice.reduce((n, w) => n + rowsOf(w), 0), slice.length);
  }
  return rates;
}
