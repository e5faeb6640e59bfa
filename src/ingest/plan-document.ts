import { newEditRecord, type EditAuthor } from '../domain/editing.js';
import { digestOf, holdsSources, withFacts, type EntityDigest } from '../domain/entity-digest.js';
import { LEGACY_SOURCE, summariseDigest, type ArticleFacts, type EntityFacts } from '../domain/entity-facts.js';
import type { ArticleRecord, EntityRecord } from '../domain/entity.js';
import type { RelationshipRecord } from '../domain/relationship.js';
import type { ArticleFootprint, DocumentWrite, GraphReader } from '../storage/graph-store.js';
import type { ExtractionDocument } from './extraction-format.js';
import { entityIdFor } from '../domain/ids.js';
import { readDocument, type DocumentEntity, type DocumentReading } from './document-records.js';
import type { Merge, NearMiss, Resolution } from '../resolution/best-match.js';
import { planRelationships } from './plan-relationships.js';
import { resolveEntities } from './resolve.js';
import { duplicateCandidatesOf, withoutOwnPairs } from './review-items.js';

export interface EntityOutcome {
  key: string;
  id: string;
  outcome: 'created' | 'merged' | 'unchanged';
}

interface PlannedReport {
  articleId: string;
  entities: { created: number; merged: number; unchanged: number };
  merges: Merge[];
  nearMisses: NearMiss[];
  warnings: string[];
  outcomes: EntityOutcome[];
  /** the article was already stored: this version replaced what it said */
  replaced: boolean;
}

/** An entity as the plan writes it: its summary over every source (the facts themselves are written apart). */
type SummarisedEntity = Omit<EntityRecord, 'facts'>;

/** The document resolved against the store: which entity each of its keys is, and what the article held before. */
interface Resolved {
  footprint: ArticleFootprint;
  /** the article was already stored: this version replaces what it said */
  replaced: boolean;
  resolution: Resolution;
  /** each document key's entity id, as it is before ids follow names */
  keyIds: Map<string, string>;
}

/** Every touched entity's sources folded into one digest, and the facts rows the write adds. */
interface FoldedFacts {
  /** the entities this document states, then those a previous version of the article touched */
  touchedIds: string[];
  stored: Map<string, EntityRecord | null>;
  folded: Map<string, EntityDigest>;
  written: Array<{ entityId: string; facts: EntityFacts }>;
}

/**
 * Resolves the document against what the store holds (read through `view`) and builds its write: the
 * article's claims replace whatever a previous version of it said; every touched entity and relationship
 * is summarised again from all of its sources, so the result does not depend on the order articles came in.
 */
export async function planDocument(
  view: GraphReader,
  doc: ExtractionDocument,
  author?: EditAuthor,
): Promise<{ write: DocumentWrite; result: PlannedReport }> {
  const reading = readDocument(doc);
  const { article } = reading;
  const resolved = await resolveDocument(view, reading);
  const facts = await foldFacts(view, reading, resolved);
  const { entities, deleteEntities } = summariseEntities(reading.entities, resolved.keyIds, facts);
  // an entity's id follows its summarised name, which depends only on the set of its sources
  const renamed = await idsFollowingNames(view, entities);
  const idOf = (id: string) => renamed.get(id) ?? id;
  const renames = [...renamed].filter(([from]) => facts.stored.get(from)).map(([from, to]) => ({ from, to }));
  for (const e of entities) e.id = idOf(e.id);
  const { relationships, deleteRelationships } = await planRelationships(
    view,
    { id: article.id, replaced: resolved.replaced },
    reading.edges((key) => resolved.keyIds.get(key)!),
    resolved.footprint.relationshipIds,
    renamed,
  );
  const keyIds = new Map([...resolved.keyIds].map(([key, id]) => [key, idOf(id)]));
  const outcomes = outcomesOf(reading.entities, keyIds, { stored: facts.stored, renamed, entities, footprint: resolved.footprint });
  return {
    write: {
      article,
      entities,
      mentions: reading.entities.flatMap((e) =>
        [...new Set(e.mentions)].map((quote) => ({ entityId: keyIds.get(e.key)!, articleId: article.id, quote })),
      ),
      relationships,
      renames,
      deleteRelationships,
      deleteEntities,
      edit: author && ingestEdit(author, article, resolved.replaced, { entities, relationships, outcomes }),
      facts: facts.written.map((f) => ({ entityId: idOf(f.entityId), facts: f.facts })),
      // an entity left with no source has none: the store drops its digest with it (see deleteEntities)
      digests: facts.touchedIds
        .filter((id) => !deleteEntities.includes(id))
        .map((id) => ({ entityId: idOf(id), digest: facts.folded.get(id)! })),
      // the near misses become review items in the same transaction as the document
      duplicateCandidates: duplicateCandidatesOf(
        resolved.resolution.nearMisses.map((m) => ({ ...m, candidateId: idOf(m.candidateId) })),
        (key) => keyIds.get(key),
      ),
    },
    result: reportOf(article.id, resolved, entities, outcomes),
  };
}

/** Finds which stored entity each of the document's keys is, and gives the rest new ids. */
async function resolveDocument(view: GraphReader, reading: DocumentReading): Promise<Resolved> {
  const footprint = await view.getArticleFootprint(reading.article.id);
  const replaced = (await view.getNodes([reading.article.id]))[0] !== null;
  const resolution = withoutOwnPairs(
    await resolveEntities(
      view,
      reading.entities.map((e) => ({
        key: e.key,
        ...e.record,
        participants: reading.participants.get(e.key),
        principals: reading.principals.get(e.key),
      })),
    ),
  );
  const keyIds = await allocateIds(view, reading.entities, resolution.matches);
  return { footprint, replaced, resolution, keyIds };
}

/** An entity stored before facts were kept per source: what it holds stands as one source of unknown origin. */
function legacyFacts(e: EntityRecord): ArticleFacts {
  return { articleId: LEGACY_SOURCE, publishedAt: null, name: e.name, aliases: e.aliases, roles: e.roles, kind: e.kind, date: null };
}

/**
 * Folds each touched entity's sources into its digest, this article's facts replacing its old ones. The
 * write carries only what is new: this article's facts, and legacy ones derived here (stored once).
 */
async function foldFacts(view: GraphReader, reading: DocumentReading, resolved: Resolved): Promise<FoldedFacts> {
  const { article } = reading;
  const touchedIds = [...new Set([...reading.entities.map((e) => resolved.keyIds.get(e.key)!), ...resolved.footprint.entityIds])];
  const [storedNodes, digests] = await Promise.all([view.getNodes(touchedIds), storedDigests(view, touchedIds, resolved.replaced)]);
  const stored = new Map(touchedIds.map((id, i) => [id, storedNodes[i] as EntityRecord | null]));
  // where no digest stands for a stored entity, every source's facts are read and folded here
  const unfolded = touchedIds.filter((_, i) => !digests[i] && storedNodes[i]);
  const unfoldedFacts = new Map((await view.getEntityFacts(unfolded)).map((f, i) => [unfolded[i], f]));
  const written: FoldedFacts['written'] = [];
  const folded = new Map<string, EntityDigest>(
    touchedIds.map((id, i) => {
      if (digests[i]) return [id, digests[i]];
      const node = stored.get(id);
      const rows = unfoldedFacts.get(id) ?? [];
      const legacy = rows.length === 0 && node ? legacyFacts(node) : null;
      if (legacy) written.push({ entityId: id, facts: legacy });
      return [id, digestOf((legacy ? [legacy] : rows).filter((f) => f.articleId !== article.id))];
    }),
  );
  for (const e of reading.entities) {
    const own: ArticleFacts = { articleId: article.id, publishedAt: article.publishedAt, ...e.facts };
    const id = resolved.keyIds.get(e.key)!;
    folded.set(id, withFacts(folded.get(id)!, own));
    written.push({ entityId: id, facts: own });
  }
  return { touchedIds, stored, folded, written };
}

/** Each touched entity summarised from all its sources; one that no source is left to speak of is deleted. */
function summariseEntities(
  incoming: readonly DocumentEntity[],
  keyIds: ReadonlyMap<string, string>,
  { touchedIds, stored, folded }: FoldedFacts,
): { entities: SummarisedEntity[]; deleteEntities: string[] } {
  const entities: SummarisedEntity[] = [];
  const deleteEntities: string[] = [];
  for (const id of touchedIds) {
    const summary = summariseDigest(folded.get(id)!);
    if (!summary) {
      deleteEntities.push(id);
      continue;
    }
    const type = stored.get(id)?.type ?? incoming.find((e) => keyIds.get(e.key) === id)!.record.type;
    entities.push({ id, type, ...summary, kind: type === 'ORGANISATION' ? summary.kind : null });
  }
  return { entities, deleteEntities };
}

/**
 * Whether each of the document's entities was created, changed (merged) or left as it was. `keyIds` and
 * `entities` carry ids after the renames; `stored` is keyed by the ids from before them.
 */
function outcomesOf(
  incoming: readonly DocumentEntity[],
  keyIds: ReadonlyMap<string, string>,
  planned: {
    stored: ReadonlyMap<string, EntityRecord | null>;
    renamed: ReadonlyMap<string, string>;
    entities: readonly SummarisedEntity[];
    footprint: ArticleFootprint;
  },
): EntityOutcome[] {
  const { stored, renamed, entities, footprint } = planned;
  return incoming.map((e) => {
    const id = keyIds.get(e.key)!;
    const before = stored.get([...renamed].find(([, to]) => to === id)?.[0] ?? id);
    if (!before) return { key: e.key, id, outcome: 'created' };
    const after = entities.find((x) => x.id === id)!;
    const same = ['name', 'aliases', 'roles', 'kind', 'date'].every(
      (k) => JSON.stringify(before[k as keyof SummarisedEntity]) === JSON.stringify(after[k as keyof SummarisedEntity]),
    );
    const newMentions = e.mentions.some((q) => !footprint.mentions.some((m) => m.entityId === before.id && m.quote === q));
    return { key: e.key, id, outcome: same && !newMentions ? 'unchanged' : 'merged' };
  });
}

/** What ingest reports of the document: how each of its entities fared, what merged, what nearly did. */
function reportOf(articleId: string, resolved: Resolved, entities: readonly SummarisedEntity[], outcomes: EntityOutcome[]): PlannedReport {
  const count = (o: EntityOutcome['outcome']) => outcomes.filter((x) => x.outcome === o).length;
  return {
    articleId,
    entities: { created: count('created'), merged: count('merged'), unchanged: count('unchanged') },
    merges: resolved.resolution.merges,
    nearMisses: resolved.resolution.nearMisses,
    warnings: disputeWarnings(entities),
    outcomes,
    replaced: resolved.replaced,
  };
}

function disputeWarnings(entities: readonly SummarisedEntity[]): string[] {
  return entities
    .filter((e) => e.disputed)
    .map((e) => `${e.id}: the sources give different dates (${e.dates.map((d) => JSON.stringify(d.date)).join(', ')}); see Query.disputes`);
}

/** The history row of an ingest: every node and edge the document's write touches. */
function ingestEdit(
  author: EditAuthor,
  article: ArticleRecord,
  replaced: boolean,
  planned: { entities: readonly SummarisedEntity[]; relationships: readonly RelationshipRecord[]; outcomes: EntityOutcome[] },
) {
  return newEditRecord(
    author,
    'INGEST',
    [article.id, ...planned.entities.map((e) => e.id), ...planned.relationships.map((r) => r.id)],
    `${replaced ? 're-ingested' : 'ingested'} ${JSON.stringify(article.title)}`,
    { articleId: article.id, entities: planned.outcomes },
  );
}

/**
 * The stored digests of the touched entities, where they can stand for the rows. A new article has no rows
 * yet, so each digest is exactly what the other sources say and this article's facts fold onto it. A
 * replaced article's old facts are inside the digests and cannot be taken out: its entities are folded
 * again from the rows. A digest that holds no source is read as none, so that an entity without rows is
 * read as a legacy source whatever happened to its digest.
 */
async function storedDigests(view: GraphReader, ids: readonly string[], replaced: boolean): Promise<Array<EntityDigest | null>> {
  if (replaced) return ids.map(() => null);
  return (await view.getEntityDigests(ids)).map((d) => (d && holdsSources(d) ? d : null));
}

/**
 * The ids that should change so that each entity's id is the one its summarised name gives: the same
 * documents in any order then give the same ids. An id a namesake already holds is left as it is.
 */
async function idsFollowingNames(view: GraphReader, entities: readonly SummarisedEntity[]): Promise<Map<string, string>> {
  const wanted = entities
    .map((e) => ({ from: e.id, to: entityIdFor(e.type, e.name) }))
    .filter((w) => w.from !== w.to && !isSuffixOf(w.from, w.to));
  if (wanted.length === 0) return new Map();
  const holders = await view.getNodes(wanted.map((w) => w.to));
  const taken = new Set(entities.map((e) => e.id));
  const renamed = new Map<string, string>();
  wanted.forEach((w, i) => {
    if (holders[i] !== null || taken.has(w.to)) return;
    renamed.set(w.from, w.to);
    taken.add(w.to);
  });
  return renamed;
}

/** `person:x-2` is the namesake-suffixed form of `person:x`: that entity already follows its name. */
function isSuffixOf(id: string, base: string): boolean {
  return id.startsWith(`${base}-`) && /^\d+$/.test(id.slice(base.length + 1));
}

/** Matched entities keep their id; new ones get a readable id, suffixed where a namesake holds it. */
async function allocateIds(
  store: GraphReader,
  incoming: readonly DocumentEntity[],
  matches: Map<string, EntityRecord>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const taken = new Set([...matches.values()].map((m) => m.id));
  const fresh = incoming.filter((e) => !matches.has(e.key));
  for (let suffix = 1; fresh.some((e) => !ids.has(e.key)); suffix++) {
    const pending = fresh.filter((e) => !ids.has(e.key));
    const proposed = pending.map((e) => entityIdFor(e.record.type, e.record.name, suffix));
    const storedNodes = await store.getNodes(proposed);
    pending.forEach((e, i) => {
      if (storedNodes[i] == null && !taken.has(proposed[i])) {
        ids.set(e.key, proposed[i]);
        taken.add(proposed[i]);
      }
    });
  }
  for (const [key, record] of matches) ids.set(key, record.id);
  return ids;
}
