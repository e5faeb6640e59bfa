import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { createKgYoga } from '../../src/server/yoga.js';
import type { GraphStore } from '../../src/storage/graph-store.js';
import { accessWith, call, edit } from '../graphql/editor-harness.js';
import { memoryLogger, type KgYoga } from '../graphql/harness.js';
import { API_QUESTIONS, CORPUS } from '../support/follow-up-corpus.js';

/*
 * A graph with an editorial history, made the way users make one: documents ingested by `kg ingest`'s
 * function and by editors through the API, interleaved with every kind of edit the API offers.
 */

const document = (name: string) => CORPUS.find(([n]) => n === name)![1];
export const yogaOver = (store: GraphStore): KgYoga => createKgYoga({ store, logger: memoryLogger().logger, access: accessWith() });

async function someRelationship(yoga: KgYoga, entityId: string, skip: number): Promise<string> {
  const r = await call(yoga, `{ node(id: "${entityId}") { ... on Entity { related(first: 50) { id } } } }`);
  return r.data.node.related[skip].id;
}

export async function buildEditedGraph(store: GraphStore): Promise<void> {
  const yoga = yogaOver(store);
  const ingest = (name: string, note: string) =>
    edit(yoga, 'mutation($d: JSON!, $n: String!) { ingestArticle(document: $d, note: $n) { articleId } }', { d: document(name), n: note });
  await ingestDocument(store, document('seed'), { source: 'seed' });
  await ingest('colony', 'a second source on the colony');
  const merged = await edit(
    yoga,
    'mutation { mergeEntities(into: "person:nurbulat-masanov", from: ["person:pyotr-svoik"], note: "one man, two spellings?") { id history(first: 1) { id } } }',
  );
  await ingest('arrest', 'the arrest, told otherwise');
  await edit(yoga, `mutation { undoMerge(edit: "${merged.mergeEntities.history[0].id}", note: "they are two people after all") { id } }`);
  await edit(
    yoga,
    'mutation { updateEntity(id: "person:pyotr-svoik", name: "Pyotr Svoyk", roles: ["economist"], note: "spelling of the 2004 sources") { id } }',
  );
  await ingestDocument(store, document('duvanov'), { source: 'duvanov' });
  const judged = await someRelationship(yoga, 'person:sergei-duvanov', 0);
  await edit(yoga, `mutation { judgeRelationship(id: "${judged}", status: CONFIRMED, note: "court record seen") { id } }`);
  const deleted = await someRelationship(yoga, 'person:sergei-duvanov', 1);
  await edit(yoga, `mutation { deleteRelationship(id: "${deleted}", note: "misread") { id } }`);
  await edit(yoga, 'mutation { markDistinct(ids: ["person:nurbulat-masanov", "person:pyotr-svoik"], note: "different men") { id } }');
  await ingest('appeal', 'the appeal');
  await ingestDocument(store, document('cell'), { source: 'cell' });
  await ingest('colony', 'the colony article again, unchanged');
}

const ENTITY_IN_FULL = `query($id: ID!) { node(id: $id) { ... on Entity {
  id name aliases mentions { quote article { id } } history(first: 100) { id at action editor note summary details }
  related(first: 100) { id type status disputed editorVerdict { status editor note at } other { id } citations { quote status article { id } } history(first: 10) { id action } }
} } }`;

/** Every entity as a client reads it, one page of ids and then one entity at a time (within the cost limit). */
async function everyEntity(yoga: KgYoga): Promise<unknown[]> {
  const all: unknown[] = [];
  for (let after: string | null = null; ; ) {
    const r: any = await call(
      yoga,
      'query($after: String) { entities(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }',
      { after },
    );
    for (const { node } of r.data.entities.edges) {
      const entity = await call(yoga, ENTITY_IN_FULL, { id: node.id });
      expect(entity.errors).toBeUndefined();
      all.push(entity.data.node);
    }
    if (!r.data.entities.pageInfo.hasNextPage) return all;
    after = r.data.entities.pageInfo.endCursor;
  }
}

/** What readers and editors see through the API: every entity with its edges and history, and the usual questions. */
export async function apiAnswers(store: GraphStore): Promise<unknown> {
  const yoga = yogaOver(store);
  const questions = [
    ...API_QUESTIONS,
    '{ articles(first: 100) { totalCount edges { node { id title text } } } }',
    '{ possibleDuplicates(first: 100) { id score reason entities { id } } }',
    '{ history(id: "person:pyotr-svoik", first: 100) { id at action editor note summary details } }',
  ];
  const answers = [];
  for (const q of questions) answers.push(await call(yoga, q));
  return { entities: await everyEntity(yoga), answers };
}

/** A dump's entries without its header (which says when and from which store it was written). */
export const dumpEntries = (path: string): string[] => readFileSync(path, 'utf8').split('\n').slice(1);
