import { KgError, NotFoundError, ValidationError } from '../../domain/errors.js';
import { GraphQLError } from '../graphql-js.js';

/** At most this many problems are returned, each message cut to this length: input is never echoed whole. */
const MAX_PROBLEMS = 50;
const MAX_MESSAGE = 300;

const cut = (text: string) => (text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text);

/**
 * Our own errors that a client caused, as GraphQL errors with their code; anything else is rethrown
 * unchanged for yoga to mask and log.
 */
function asClientError(error: unknown): unknown {
  if (error instanceof ValidationError) {
    const problems = error.problems.slice(0, MAX_PROBLEMS).map((p) => ({ path: cut(p.path), message: cut(p.message) }));
    return new GraphQLError(`The input has ${error.problems.length} problem(s); see extensions.problems.`, {
      extensions: { code: error.code, problems, truncated: error.problems.length > MAX_PROBLEMS },
    });
  }
  if (error instanceof NotFoundError) {
    return new GraphQLError(cut(error.message), { extensions: { code: error.code, id: cut(error.id) } });
  }
  if (error instanceof KgError && error.code !== 'STORE_UNAVAILABLE' && isClientCode(error.code)) {
    return new GraphQLError(cut(error.message), { extensions: { code: error.code } });
  }
  return error;
}

/** Codes of errors the client can fix by changing its request. */
function isClientCode(code: string): boolean {
  return ['EDIT_REFUSED', 'CONFLICT'].includes(code);
}

/** Runs a resolver's work, turning our client errors into GraphQL errors. */
export async function reportingClientErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asClientError(error);
  }
}
