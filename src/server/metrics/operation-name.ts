import type { DocumentNode } from 'graphql';
import { getOperationAST } from 'graphql/index.js';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * The name an operation is counted under: its own name in the document (the one `operationName` picks),
 * else, when the document did not parse, the `operationName` the client sent if it is a GraphQL name
 * (anything else in a label would be the client's text); "anonymous" otherwise.
 */
export function operationNameOf(document: DocumentNode | null, requested: unknown): string {
  const wanted = typeof requested === 'string' && requested !== '' ? requested : null;
  if (document) return getOperationAST(document, wanted)?.name?.value ?? 'anonymous';
  return wanted && GRAPHQL_NAME.test(wanted) ? wanted : 'anonymous';
}
