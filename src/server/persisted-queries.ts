import { useAPQ, type APQStore } from '@graphql-yoga/plugin-apq';
import type { Plugin } from 'graphql-yoga';

/** How many queries the server remembers, and the longest it will remember (characters). */
const MAX_QUERIES = 1000;
const MAX_QUERY_CHARS = 20_000;

/**
 * Automatic persisted queries as Apollo's PersistedQueryLink speaks them: a hash the server does not
 * know gets PERSISTED_QUERY_NOT_FOUND, the client sends the query with its hash once, and the hash alone
 * after that. What is remembered is bounded twice, in count (least recently used goes first) and in size
 * (a longer query is answered but not kept), so anonymous clients cannot grow the server's memory.
 */
export function usePersistedQueries(): Plugin {
  return useAPQ({ store: boundedStore(MAX_QUERIES, MAX_QUERY_CHARS) });
}

export function boundedStore(maxQueries: number, maxChars: number): APQStore {
  const queries = new Map<string, string>();
  return {
    get(hash) {
      const query = queries.get(hash);
      if (query !== undefined) {
        // re-inserted: a Map keeps insertion order, so the first key is the least recently used
        queries.delete(hash);
        queries.set(hash, query);
      }
      return query ?? null;
    },
    set(hash, query) {
      if (query.length > maxChars) return;
      queries.set(hash, query);
      if (queries.size > maxQueries) queries.delete(queries.keys().next().value!);
    },
  };
}
