import { createHash } from 'node:crypto';
import { ARTICLE_ID_PREFIX, ID_PREFIX, type EntityType } from './entity.js';
import { normaliseName } from './normalise-name.js';

function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12);
}

function slugOf(name: string): string {
  return normaliseName(name).replace(/\s+/g, '-').slice(0, 60).replace(/-+$/, '') || 'unnamed';
}

/** A readable id for a new entity: `person:sergei-duvanov`; `suffix` separates namesakes. */
export function entityIdFor(type: EntityType, name: string, suffix = 1): string {
  return `${ID_PREFIX[type]}:${slugOf(name)}${suffix > 1 ? `-${suffix}` : ''}`;
}

/** Stable across re-ingests of the same article. */
export function articleIdFor(article: { title: string; url?: string }): string {
  return `${ARTICLE_ID_PREFIX}:${slugOf(article.title).slice(0, 40)}-${shortHash(article.url ?? article.title).slice(0, 6)}`;
}

const RELATIONSHIP_ID_PREFIX = 'rel:';

/**
 * The same fact (type, ends, role) from any article is one relationship, whatever status each source gives
 * it: a second source adds a citation with its own status instead of a parallel edge.
 */
export function relationshipIdFor(type: string, sourceId: string, targetId: string, role: string | null): string {
  return `${RELATIONSHIP_ID_PREFIX}${shortHash(type, sourceId, targetId, role ?? '')}`;
}

/** Ends of a relationship as stored: a symmetric type keeps them in a fixed order. */
function storedEnds(type: string, sourceId: string, targetId: string): [string, string] {
  return type === 'FRIEND_OF' && targetId < sourceId ? [targetId, sourceId] : [sourceId, targetId];
}

/**
 * A relationship after one of its ends changed id (an entity renamed): its new ends and id, and whether a
 * symmetric one now runs the other way.
 */
export function rekeyedRelationship(
  r: { type: string; sourceId: string; targetId: string; role: string | null },
  from: string,
  to: string,
): { id: string; sourceId: string; targetId: string; flipped: boolean } {
  const [sourceId, targetId] = storedEnds(r.type, r.sourceId === from ? to : r.sourceId, r.targetId === from ? to : r.targetId);
  const flipped = (r.sourceId === from ? to : r.sourceId) !== sourceId;
  return { id: relationshipIdFor(r.type, sourceId, targetId, r.role), sourceId, targetId, flipped };
}

/*
 * A relationship read from one of its ends has its own id in the API, `rel:…@person:…`, because what it
 * answers there (its direction, the entity at its other end) depends on that end and client caches keep
 * one answer per id. `@` is in no stored id (slugs and hashes have none), so the form names nothing else.
 */
const READING_SEPARATOR = '@';

/** The API id of a relationship read from the entity `entityId`. */
export function relationshipReadingId(relationshipId: string, entityId: string): string {
  return `${relationshipId}${READING_SEPARATOR}${entityId}`;
}

/** The relationship an id names, whether it is the plain `rel:…` or read from an end, `rel:…@person:…`; any other id as it is. */
export function relationshipIdOf(id: string): string {
  const at = id.indexOf(READING_SEPARATOR);
  return at > 0 && id.startsWith(RELATIONSHIP_ID_PREFIX) ? id.slice(0, at) : id;
}
