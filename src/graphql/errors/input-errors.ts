import { GraphQLError } from '../graphql-js.js';

/** A client mistake: the message names the argument and what it accepts. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** An id argument that names nothing: NOT_FOUND, with the argument and the id. */
export function notFound(argument: string, id: string, what = 'entity'): GraphQLError {
  return new GraphQLError(`No ${what} has the id ${JSON.stringify(id)} (argument "${argument}").`, {
    extensions: { code: 'NOT_FOUND', argument, id },
  });
}
