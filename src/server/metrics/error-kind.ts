/** Codes that say the server, not the request, is at fault: what operators are paged for. */
const SERVER_CODES = new Set(['INTERNAL_SERVER_ERROR', 'STORE_UNAVAILABLE', 'STORE_TIMEOUT', 'REQUEST_TIMEOUT']);

/**
 * "server" when any error is the server's (a code above, or an unexpected exception a resolver threw,
 * which has no code and is masked for the client later), else "client": a refusal, bad input, a query
 * that does not parse or validate. Seen before masking, so an unexpected error is still recognisable.
 */
/** An error as graphql-js and yoga hand it over (a GraphQLError, or whatever a parser threw). */
type AnError = Error & { extensions?: Record<string, unknown>; originalError?: Error | null };

export function errorKind(errors: readonly AnError[]): 'client' | 'server' {
  return errors.some(isServerError) ? 'server' : 'client';
}

function isServerError(error: AnError): boolean {
  const code = error.extensions?.code;
  if (typeof code === 'string') return SERVER_CODES.has(code);
  const original = error.originalError;
  // a client's error is a GraphQLError (thrown as such, or graphql-js's own); anything else was unexpected
  return original != null && original.name !== 'GraphQLError' && !('extensions' in original);
}
