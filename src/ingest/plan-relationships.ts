import { summariseCitations, summaryWithCitations, type RelationshipCitation } from '../domain/claims.js';
import { rekeyedRelationship } from '../domain/ids.js';
import type { RelationshipRecord, RelationshipSummary } from '../domain/relationship.js';
import type { GraphReader } from '../storage/graph-store.js';

/** The relationships a document's write puts, and those it deletes. */
export interface PlannedRelationships {
  relationships: RelationshipRecord[];
  deleteRelationships: string[];
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

/**
 * The relationships an article touches, with its citations replacing those a previous version of it gave:
 * a relationship nobody cites any more goes. They are read under their stored ids (`claims` carries ids
 * from before the renames), then re-keyed where an end was renamed.
 */
export async function planRelationships(
  view: GraphReader,
  article: { id: string; replaced: boolean },
  claims: readonly RelationshipRecord[],
  footprintIds: readonly string[],
  renamed: ReadonlyMap<string, string>,
): Promise<PlannedRelationships> {
  const byId = new Map(claims.map((r) => [r.id, r]));
  const ids = [...new Set([...byId.keys(), ...footprintIds])];
  if (!article.replaced) {
    // a new article only adds citations (each claim has some), and what is stored holds none of its own
    const summaries = await view.getRelationshipSummaries(ids);
    return {
      relationships: ids.map((id, i) => rekeyed(withNewArticleCitations(summaries[i], byId.get(id)!), renamed)),
      deleteRelationships: [],
    };
  }
  const stored = await view.getRelationshipsById(ids);
  const planned: PlannedRelationships = { relationships: [], deleteRelationships: [] };
  ids.forEach((id, i) => {
    const own = stored[i];
    const next = rekeyed(withArticleCitations(own, byId.get(id), article.id), renamed);
    const othersCite = own?.citations.some((c) => c.articleId !== article.id) ?? false;
    if (next.citations.length === 0 && !othersCite) planned.deleteRelationships.push(next.id);
    else planned.relationships.push(next);
  });
  return planned;
}
