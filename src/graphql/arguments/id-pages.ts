import { intInRange, LIMITS } from './argument-checks.js';
import { badUserInput } from '../errors/input-errors.js';

/*
 * What every id-ordered connection shares (entities, articles): opaque cursors, argument checks, the
 * one-more-than-asked fetch and pageInfo. Each connection brings its own edge and node types.
 */

/** One page of records ordered by id, as the store gave it. */
export interface IdPage<T extends { id: string }> {
  records: T[];
  hasNextPage: boolean;
  after: string | null;
}

/** Cursors are opaque to clients; inside, a cursor is the id of the record it follows. */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

/** The id inside a cursor that `list` gave out (its ids pass `isId`), or a BAD_USER_INPUT error. */
function decodeCursor(cursor: string, isId: (id: string) => boolean, list: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (encodeCursor(id) !== cursor || !isId(id)) {
    throw badUserInput('after', `is not a cursor this API gave out; pass an edge cursor or pageInfo.endCursor from ${list}.`);
  }
  return id;
}

/**
 * Checks `first` and `after`, then asks `fetch` for one more than asked, which tells whether another
 * page follows.
 */
export async function fetchIdPage<T extends { id: string }>(
  args: { first?: number | null; after?: string | null },
  cursor: { isId: (id: string) => boolean; list: string },
  fetch: (page: { after: string | null; first: number }) => Promise<T[]>,
): Promise<IdPage<T>> {
  const first = intInRange('first', args.first ?? 20, LIMITS.first.min, LIMITS.first.max);
  const after = args.after == null ? null : decodeCursor(args.after, cursor.isId, cursor.list);
  const records = await fetch({ after, first: first + 1 });
  return { records: records.slice(0, first), hasNextPage: records.length > first, after };
}

export function pageInfoOf(page: IdPage<{ id: string }>) {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.after !== null,
    startCursor: page.records.length > 0 ? encodeCursor(page.records[0].id) : null,
    endCursor: page.records.length > 0 ? encodeCursor(page.records[page.records.length - 1].id) : null,
  };
}
