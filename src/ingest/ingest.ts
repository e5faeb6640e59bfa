import { newEditRecord, type EditAuthor } from '../domain/editing.js';
import type { EntityRecord } from '../domain/entity.js';
import type { DocumentWrite, GraphReader, GraphStore, WriteOptions } from '../storage/graph-store.js';
import { entityIdFor } from './ids.js';
import type { ExtractionDocument } from './extraction-format.js';
import { articleRecord, documentRelationships, incomingEntities, mergeEntity, type EntityOutcome } from './plan.js';
import { resolveEntities, type Merge, type NearMiss } from './resolve.js';
import { duplicateCandidatesOf } from './review-items.js';
import { validateExtraction } from './validate.js';

export interface IngestReport {
  source: string;
  articleId: string;
  entities: { created: number; merged: number; unchanged: number };
  relationshipsCreated: number;
  citationsAdded: number;
  mentionsAdded: number;
  merges: Merge[];
  nearMisses: NearMiss[];
  warnings: string[];
  outcomes: EntityOutcome[];
  /** true when nothing was written: the counts say what the write would have done */
  dryRun: boolean;
}

export interface IngestOptions extends WriteOptions {
  /** a file name or other label for messages */
  source?: string;
  /** an editor's ingest (through the API) is recorded in the history of everything it touches */
  edit?: EditAuthor;
  /** validate, resolve and run the write, then roll it back: the report without the change */
  dryRun?: boolean;
}

/**
 * Validates, resolves and writes one extraction document. Nothing is written unless the whole document
 * is valid. Resolution and the write are one transaction under the store's write lock, so two concurrent
 * ingests of overlapping documents (two processes included) neither create namesakes nor both report an
 * entity as created: the second resolves against what the first wrote. Ingesting twice changes nothing.
 */
export async function ingestDocument(store: GraphStore, input: unknown, options: IngestOptions = {}): Promise<IngestReport> {
  const source = options.source ?? 'document';
  const doc = validateExtraction(input, source);
  const { dryRun = false, edit, source: _source, ...writeOptions } = options;
  const { result, counts } = await store.planAndWriteDocument((view) => planDocument(view, doc, edit), { ...writeOptions, rollback: dryRun });
  if (!dryRun) {
    // review items are kept apart from the document's write: should this fail, the graph is still whole
    // and a re-ingest proposes them again
    const idOf = new Map(result.outcomes.map((o) => [o.key, o.id]));
    await store.recordDuplicateCandidates(duplicateCandidatesOf(result.nearMisses, (key) => idOf.get(key)));
  }
  return { source, ...result, ...counts, dryRun };
}

type PlannedReport = Omit<IngestReport, 'source' | 'relationshipsCreated' | 'citationsAdded' | 'mentionsAdded' | 'dryRun'>;

/** Resolves the document against what the store holds (read through `view`) and builds its write. */
async function planDocument(view: GraphReader, doc: ExtractionDocument, author?: EditAuthor): Promise<{ write: DocumentWrite; result: PlannedReport }> {
  const article = articleRecord(doc);
  const incoming = incomingEntities(doc);
  const participants = new Map(doc.events.map((e) => [e.key, e.participants.map((p) => p.entity)]));
  const resolution = await resolveEntities(view, incoming.map((e) => ({ key: e.key, ...e.record, participants: participants.get(e.key) })));
  const warnings: string[] = [];

  const ids = await allocateIds(view, incoming, resolution.matches);
  const outcomes: EntityOutcome[] = [];
  const finalStates = new Map<string, DocumentWrite['entities'][number]>();
  const mentions: DocumentWrite['mentions'] = [];
  for (const e of incoming) {
    const id = ids.get(e.key)!;
    const existing = resolution.matches.get(e.key);
    const merged = mergeEntity(finalStates.get(id) ?? (existing && stripMentions(existing)), { id, ...e.record }, warnings);
    finalStates.set(id, merged);
    const newMentions = e.mentions.filter((q) => !existing?.mentions.some((m) => m.articleId === article.id && m.quote === q));
    mentions.push(...newMentions.map((quote) => ({ entityId: id, articleId: article.id, quote })));
    const changed = existing && (newMentions.length > 0 || JSON.stringify(stripMentions(existing)) !== JSON.stringify(merged));
    outcomes.push({ key: e.key, id, outcome: !existing ? 'created' : changed ? 'merged' : 'unchanged' });
  }

  const relationships = documentRelationships(doc, (key) => ids.get(key)!, article.id);
  const edit = author && newEditRecord(
    author, 'INGEST', [article.id, ...finalStates.keys(), ...relationships.map((r) => r.id)],
    `ingested ${JSON.stringify(article.title)}`, { articleId: article.id, entities: outcomes },
  );
  const count = (o: EntityOutcome['outcome']) => outcomes.filter((x) => x.outcome === o).length;
  return {
    write: { article, entities: [...finalStates.values()], mentions, relationships, edit },
    result: {
      articleId: article.id,
      entities: { created: count('created'), merged: count('merged'), unchanged: count('unchanged') },
      merges: resolution.merges, nearMisses: resolution.nearMisses, warnings, outcomes,
    },
  };
}

function stripMentions(e: EntityRecord): Omit<EntityRecord, 'mentions'> {
  const { mentions: _mentions, ...rest } = e;
  return rest;
}

/** Matched entities keep their id; new ones get a readable id, suffixed where a namesake holds it. */
async function allocateIds(
  store: GraphReader,
  incoming: ReturnType<typeof incomingEntities>,
  matches: Map<string, EntityRecord>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const taken = new Set([...matches.values()].map((m) => m.id));
  const fresh = incoming.filter((e) => !matches.has(e.key));
  for (let suffix = 1; fresh.some((e) => !ids.has(e.key)); suffix++) {
    const pending = fresh.filter((e) => !ids.has(e.key));
    const proposed = pending.map((e) => entityIdFor(e.record.type, e.record.name, suffix));
    const stored = await store.getNodes(proposed);
    pending.forEach((e, i) => {
      if (stored[i] == null && !taken.has(proposed[i])) { ids.set(e.key, proposed[i]); taken.add(proposed[i]); }
    });
  }
  for (const [key, record] of matches) ids.set(key, record.id);
  return ids;
}
