import { emptyChangeSet, type ChangeSet, type MentionRow, type RelationshipWrite } from '../../domain/change-set.js';
import type { RelationshipCitation } from '../../domain/claims.js';
import { entityDisputes, relationshipDisputes } from '../../domain/disputes.js';
import { LEGACY_SOURCE, type EntityFacts } from '../../domain/entity-facts.js';
import { NotFoundError, UniquenessViolationError } from '../../domain/errors.js';
import { digestRow, factRowsOf, type FactRow } from '../../domain/fact-rows.js';
import type { RelationshipSummary } from '../../domain/relationship.js';
import { relationshipTypeOf } from '../../domain/vocabulary.js';
import type { DocumentWrite, GraphReader } from '../graph-store.js';
import { rekeysOf, type RekeyedEdge } from './rekeys.js';

/*
 * A planned document as a change set, with every check made before anything is written: a mention or a
 * citation of another article, the same relationship twice, a type outside the vocabulary, facts of
 * another source, an id that already names another fact, an end that no one stores. The reads go through
 * the write transaction's own view, so what they see is what the change set is applied to.
 */

export async function documentChangeSet(doc: DocumentWrite, view: GraphReader): Promise<ChangeSet> {
  const articleId = doc.article.id;
  const set = emptyChangeSet();
  set.articles = [doc.article];
  set.mentions = [{ replace: 'article', articleId, rows: mentionRows(doc) }];
  set.relationships = relationshipWrites(doc);
  set.facts = [{ replace: 'source', sourceId: articleId, rows: documentFactRows(doc) }];
  set.putEntities = [...new Map(doc.entities.map((e) => [e.id, e])).values()]; // the same id twice: the later state wins
  set.renames = doc.renames ?? [];
  const rekeys = await rekeysOf(view, set.renames);
  set.rekeys = rekeys;
  // the planner names relationships by their final ids; the store holds re-keyed ones under their old ids until applied
  const storedIdOf = new Map(rekeys.map((k) => [k.to, k.from]));
  const rekeyed = new Map(rekeys.map((k) => [k.to, k]));
  const stored = await storedSummaries(
    view,
    [...set.relationships.map((r) => r.record.id), ...(doc.deleteRelationships ?? [])].filter((id) => !rekeyed.has(id)),
  );
  assertSameClaims(set.relationships, stored);
  set.deleteRelationships = (doc.deleteRelationships ?? []).flatMap((id) => {
    const type = rekeyed.get(id)?.type ?? stored.get(id)?.type;
    return type ? [{ id, type: relationshipTypeOf(type, `relationship ${storedIdOf.get(id) ?? id}`) }] : [];
  });
  await assertEndsExist(view, set);
  set.dropUnheldEntities = doc.deleteEntities ?? [];
  set.disputes = disputesOf(doc, rekeys);
  set.reviewItems = doc.duplicateCandidates ?? [];
  if (doc.edit) set.history = [doc.edit];
  if (doc.document !== undefined) set.documents = [{ articleId, document: doc.document, editId: doc.edit?.id ?? null }];
  return set;
}

/** One row per entity with the article's distinct quotes, in the order given; a mention of another article is refused. */
function mentionRows(doc: DocumentWrite): MentionRow[] {
  const rows = new Map<string, MentionRow>();
  for (const m of doc.mentions) {
    if (m.articleId !== doc.article.id)
      throw new UniquenessViolationError(`a mention of ${m.entityId} cites ${m.articleId}, not the document's article ${doc.article.id}`);
    const row = rows.get(m.entityId) ?? { entityId: m.entityId, articleId: m.articleId, quotes: [] };
    if (!row.quotes.includes(m.quote)) row.quotes.push(m.quote);
    rows.set(m.entityId, row);
  }
  return [...rows.values()];
}

/** The document's relationships, each citing only its article, each once, each of a vocabulary type. */
function relationshipWrites(doc: DocumentWrite): RelationshipWrite[] {
  const articleId = doc.article.id;
  const seen = new Set<string>();
  return doc.relationships.map((r, i) => {
    const type = relationshipTypeOf(r.type, `relationships[${i}].type`);
    if (seen.has(r.id)) throw new UniquenessViolationError(`relationship id ${r.id} appears twice in one document`);
    seen.add(r.id);
    const quotes = new Map<string, RelationshipCitation>();
    for (const c of r.citations) {
      if (c.articleId !== articleId)
        throw new UniquenessViolationError(`a citation of ${r.id} cites ${c.articleId}, not the document's article ${articleId}`);
      if (!quotes.has(c.quote)) quotes.set(c.quote, c);
    }
    return { replace: 'article', articleId, type, record: { ...r, citations: [...quotes.values()] } };
  });
}

/**
 * A document's facts as rows. A document speaks only for its own article, plus, once, the legacy facts
 * the planner derived for an entity stored before facts were kept; anything else is refused. The digests
 * with this article folded in come with them.
 */
export function documentFactRows(doc: DocumentWrite): FactRow[] {
  const articleId = doc.article.id;
  const byEntity = new Map<string, EntityFacts[]>();
  (doc.facts ?? []).forEach(({ entityId, facts }, i) => {
    if (facts.articleId !== articleId && facts.articleId !== LEGACY_SOURCE) {
      throw new UniquenessViolationError(
        `facts[${i}] of ${entityId} are from ${JSON.stringify(facts.articleId)}, not the document's article ${articleId}`,
      );
    }
    if (!byEntity.has(entityId)) byEntity.set(entityId, []);
    byEntity.get(entityId)!.push(facts);
  });
  const digests = (doc.digests ?? []).map(({ entityId, digest }) => digestRow(entityId, digest));
  return [...[...byEntity].flatMap(([entityId, facts]) => factRowsOf(entityId, facts)), ...digests];
}

async function storedSummaries(view: GraphReader, ids: readonly string[]): Promise<Map<string, RelationshipSummary>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const found = await view.getRelationshipSummaries(unique);
  return new Map(found.flatMap((r) => (r ? [[r.id, r] as const] : [])));
}

/** The id of a stored edge names its fact (type, ends, role); the same id arriving as another fact is a collision. */
function assertSameClaims(writes: readonly RelationshipWrite[], stored: ReadonlyMap<string, RelationshipSummary>): void {
  for (const { record: r } of writes) {
    const s = stored.get(r.id);
    if (s && !(s.type === r.type && s.sourceId === r.sourceId && s.targetId === r.targetId && (s.role ?? null) === (r.role ?? null))) {
      throw new UniquenessViolationError(`relationship id ${r.id} already names ${s.type} ${s.sourceId} -> ${s.targetId} (role ${s.role})`);
    }
  }
}

/** Mentions and edges must point at entities the write makes or the store holds: nothing may dangle. */
async function assertEndsExist(view: GraphReader, set: ChangeSet): Promise<void> {
  const made = new Set([...set.putEntities.map((e) => e.id), ...set.renames.map((r) => r.to)]);
  const wanted = [
    ...set.mentions.flatMap((m) => m.rows.map((row) => row.entityId)),
    ...set.relationships.flatMap((r) => [r.record.sourceId, r.record.targetId]),
  ].filter((id) => !made.has(id));
  const ids = [...new Set(wanted)];
  if (ids.length === 0) return;
  const nodes = await view.getNodes(ids, { articleText: false });
  const missing = ids.find((_, i) => nodes[i] === null || !('type' in nodes[i]!));
  if (missing !== undefined) throw new NotFoundError('entity', missing);
}

/**
 * The dispute markers the document leaves: its entities' and relationships' own, none for what it
 * deletes, and those of edges re-keyed by a rename under their new ids.
 */
function disputesOf(doc: DocumentWrite, rekeys: readonly RekeyedEdge[]): ChangeSet['disputes'] {
  const written = new Set(doc.relationships.map((r) => r.id));
  const moved = rekeys.filter((k) => !written.has(k.to));
  return {
    subjectIds: [
      ...(doc.renames ?? []).map((r) => r.from),
      ...rekeys.flatMap((k) => [k.from, k.to]),
      ...(doc.deleteRelationships ?? []),
      ...doc.entities.map((e) => e.id),
      ...doc.relationships.map((r) => r.id),
      ...(doc.deleteEntities ?? []),
    ],
    markers: [
      ...doc.entities.flatMap(entityDisputes),
      ...doc.relationships.flatMap(relationshipDisputes),
      ...moved.flatMap((k) => relationshipDisputes({ id: k.to, disputed: k.disputed })),
    ],
  };
}
