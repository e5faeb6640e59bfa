import type { Plugin } from 'graphql-yoga';
import { GraphQLError } from '../../graphql/graphql-js.js';

/** Longest run of one quoted value an error message may repeat back to the client. */
const MAX_ECHO = 80;
const MAX_MESSAGE = 1000;

/** Shortens every quoted value in a message, so a 100,000-character id or string is never sent back whole. */
export function boundMessage(message: string): string {
  const shortened = message.replace(
    /"((?:[^"\\]|\\.){81,})"/g,
    (_all, inner: string) => `"${inner.slice(0, MAX_ECHO)}…" (${inner.length} characters)`,
  );
  return shortened.length > MAX_MESSAGE ? `${shortened.slice(0, MAX_MESSAGE)}… (message shortened)` : shortened;
}

function boundValue(value: unknown): unknown {
  return typeof value === 'string' && value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}… (${value.length} characters)` : value;
}

/**
 * Extensions that carry a library's internals: yoga puts the JSON parser's own error under
 * `originalError` (and, with NODE_ENV=development, a masked error's message and stack). The client has
 * the message and code; operators have the log.
 */
const INTERNAL_EXTENSIONS = new Set(['originalError', 'stacktrace', 'exception']);

function bounded(error: GraphQLError): GraphQLError {
  const extensions = Object.fromEntries(
    Object.entries(error.extensions ?? {})
      .filter(([k]) => !INTERNAL_EXTENSIONS.has(k))
      .map(([k, v]) => [k, boundValue(v)]),
  );
  return new GraphQLError(boundMessage(error.message), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}

/** Every error a client receives is bounded in size and free of internals, whatever produced it (parser, validation, resolver). */
export function useBoundedErrors(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      const results = Array.isArray(result) ? result : [result];
      let changed = false;
      const next = results.map((r) => {
        if (!r || typeof r !== 'object' || !('errors' in r) || !Array.isArray(r.errors)) return r;
        const errors = r.errors.map((e: unknown) => (e instanceof GraphQLError ? bounded(e) : e));
        changed = true;
        return { ...r, errors };
      });
      if (changed) setResult((Array.isArray(result) ? next : next[0]) as typeof result);
    },
  };
}
