import { summariseCitations, summaryWithCitations, type RelationshipCitation } from '../../src/domain/claims.js';
import { newEditRecord, type EditAuthor } from '../../src/domain/editing.js';
import { digestOf, holdsSources, withFacts, type EntityDigest } from '../../src/domain/entity-digest.js';
import { LEGACY_SOURCE, summariseDigest, type ArticleFacts, type EntityFacts } from '../../src/domain/entity-facts.js';
import type { EntityRecord } from '../../src/domain/entity.js';
import type { RelationshipRecord, RelationshipSummary } from '../../src/domain/relationship.js';
import type { DocumentWrite, GraphReader } from '../../src/storage/graph-store.js';
import type { ExtractionDocument } from '../../src/ingest/extraction-format.js';
import { entityIdFor, rekeyedRelationship } from '../../src/domain/ids.js';
import { articleRecord, attributionOf, documentRelationships, documentEntities, type DocumentEntity } from './document-records.js';
import type { Merge, NearMiss } from '../../src/resolution/best-match.js';
import { resolveEntities } from '../../src/ingest/resolve.js';
import { duplicateCandidatesOf } from '../../src/ingest/review-items.js';

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

/** An entity stored before facts were kept per source: what it holds stands as one source of unknown origin. */
function legacyFacts(e: EntityRecord): ArticleFacts {
  return { articleId: LEGACY_SOURCE, publishedAt: null, name: e.name, aliases: e.aliases, roles: e.roles, kind: e.kind, date: null };
}

/** A relationship with its citations from this article replaced, and its summary worked out over all of them. */
function withArticleCitations(
  stored: RelationshipRecord | null,
  incoming: RelationshipRecord | undefined,
  articleId: string,
): RelationshipRecord {
  const base = stored ?? incoming!;
  const others = (stored?.citations ?? []).filter((c) => c.articleId !== articleId);
  const all: RelationshipCitation[] = [...others, ...(incoming?.citations ?? [])];
  return {
    ...base,
    ...summariseCitations(all),
    // what the store writes for this article: its own citations only (the others stay as stored)
    citations: incoming?.citations ?? [],
  };
}

/** A relationship with a new article's citations folded onto its stored summary (see summaryWithCitations). */
function withNewArticleCitations(stored: RelationshipSummary | null, incoming: RelationshipRecord): RelationshipRecord {
  return { ...(stored ?? incoming), ...summaryWithCitations(stored, incoming.citations), citations: incoming.citations };
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
  const article = articleRecord(doc);
  const footprint = await view.getArticleFootprint(article.id);
  const replaced = (await view.getNodes([article.id]))[0] !== null;
  const keyIds = new Map<string, string>();
  const saidBy = attributionOf(doc, (key) => keyIds.get(key));
  const incoming = documentEntities(doc, article.id, saidBy);
  const participants = new Map(doc.events.map((e) => [e.key, e.participants.map((p) => p.entity)]));
  const resolution = await resolveEntities(
    view,
    incoming.map((e) => ({ key: e.key, ...e.record, participants: participants.get(e.key) })),
  );
  const warnings: string[] = [];
  for (const [key, id] of await allocateIds(view, incoming, resolution.matches)) keyIds.set(key, id);

  // entities: this article's facts replace its old ones; each is summarised from all its sources
  const touchedIds = [...new Set([...incoming.map((e) => keyIds.get(e.key)!), ...footprint.entityIds])];
  const [storedNodes, digests] = await Promise.all([view.getNodes(touchedIds), storedDigests(view, touchedIds, replaced)]);
  const stored = new Map(touchedIds.map((id, i) => [id, storedNodes[i] as EntityRecord | null]));
  // where no digest stands for a stored entity, every source's facts are read and folded here
  const unfolded = touchedIds.filter((_, i) => !digests[i] && storedNodes[i]);
  const unfoldedFacts = new Map((await view.getEntityFacts(unfolded)).map((f, i) => [unfolded[i], f]));
  // the write carries only what is new: this article's facts, and legacy ones derived here (stored once)
  const written: Array<{ entityId: string; facts: EntityFacts }> = [];
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
  for (const e of incoming) {
    const own: ArticleFacts = { articleId: article.id, publishedAt: article.publishedAt, ...e.facts };
    const id = keyIds.get(e.key)!;
    folded.set(id, withFacts(folded.get(id)!, own));
    written.push({ entityId: id, facts: own });
  }

  const entities: SummarisedEntity[] = [];
  const deleteEntities: string[] = [];
  for (const id of touchedIds) {
    const summary = summariseDigest(folded.get(id)!);
    const node = stored.get(id);
    if (!summary) {
      deleteEntities.push(id);
      continue;
    }
    const type = node?.type ?? incoming.find((e) => keyIds.get(e.key) === id)!.record.type;
    entities.push({ id, type, ...summary, kind: type === 'ORGANISATION' ? summary.kind : null });
  }
  // an entity's id follows its summarised name, which depends only on the set of its sources
  const renamed = await idsFollowingNames(view, entities);
  const idOf = (id: string) => renamed.get(id) ?? id;
  const renames = [...renamed].filter(([from]) => stored.get(from)).map(([from, to]) => ({ from, to }));
  for (const e of entities) e.id = idOf(e.id);
  const mentions = incoming.flatMap((e) =>
    [...new Set(e.mentions)].map((quote) => ({ entityId: idOf(keyIds.get(e.key)!), articleId: article.id, quote })),
  );

  // relationships: this article's citations replace its old ones; a relationship nobody cites goes. They
  // are read under their stored ids, then re-keyed where an end was renamed.
  const claims = new Map(documentRelationships(doc, (key) => keyIds.get(key)!, article.id, saidBy).map((r) => [r.id, r]));
  const relationshipIds = [...new Set([...claims.keys(), ...footprint.relationshipIds])];
  const relationships: RelationshipRecord[] = [];
  const deleteRelationships: string[] = [];
  if (replaced) {
    const storedRelationships = await view.getRelationshipsById(relationshipIds);
    relationshipIds.forEach((id, i) => {
      const own = storedRelationships[i];
      const next = rekeyed(withArticleCitations(own, claims.get(id), article.id), renamed);
      const othersCite = own?.citations.some((c) => c.articleId !== article.id) ?? false;
      if (next.citations.length === 0 && !othersCite) deleteRelationships.push(next.id);
      else relationships.push(next);
    });
  } else {
    // a new article only adds citations (each claim has some), and what is stored holds none of its own
    const summaries = await view.getRelationshipSummaries(relationshipIds);
    relationshipIds.forEach((id, i) => relationships.push(rekeyed(withNewArticleCitations(summaries[i], claims.get(id)!), renamed)));
  }
  for (const [key, id] of keyIds) keyIds.set(key, idOf(id));

  const outcomes: EntityOutcome[] = incoming.map((e) => {
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
  for (const e of entities)
    if (e.disputed)
      warnings.push(
        `${e.id}: the sources give different dates (${e.dates.map((d) => JSON.stringify(d.date)).join(', ')}); see Query.disputes`,
      );

  const edit =
    author &&
    newEditRecord(
      author,
      'INGEST',
      [article.id, ...entities.map((e) => e.id), ...relationships.map((r) => r.id)],
      `${replaced ? 're-ingested' : 'ingested'} ${JSON.stringify(article.title)}`,
      { articleId: article.id, entities: outcomes },
    );
  const count = (o: EntityOutcome['outcome']) => outcomes.filter((x) => x.outcome === o).length;
  return {
    write: {
      article,
      entities,
      mentions,
      relationships,
      renames,
      deleteRelationships,
      deleteEntities,
      edit,
      facts: written.map((f) => ({ entityId: idOf(f.entityId), facts: f.facts })),
      // an entity left with no source has none: the store drops its digest with it (see deleteEntities)
      digests: touchedIds.filter((id) => !deleteEntities.includes(id)).map((id) => ({ entityId: idOf(id), digest: folded.get(id)! })),
      // the near misses become review items in the same transaction as the document
      duplicateCandidates: duplicateCandidatesOf(
        resolution.nearMisses.map((m) => ({ ...m, candidateId: idOf(m.candidateId) })),
        (key) => keyIds.get(key),
      ),
    },
    result: {
      articleId: article.id,
      entities: { created: count('created'), merged: count('merged'), unchanged: count('unchanged') },
      merges: resolution.merges,
      nearMisses: resolution.nearMisses,
      warnings,
      outcomes,
      replaced,
    },
  };
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

/** A relationship with its ends (and so its id) following renamed entities. */
function rekeyed(r: RelationshipRecord, renamed: ReadonlyMap<string, string>): RelationshipRecord {
  let out = r;
  for (const end of [r.sourceId, r.targetId]) {
    const to = renamed.get(end);
    if (!to) continue;
    const next = rekeyedRelationship(out, end, to);
    out = { ...out, id: next.id, sourceId: next.sourceId, targetId: next.targetId };
  }
  return out;
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
