import type { DocumentNode } from 'graphql';
import { getOperationAST } from 'graphql/index.js';

/**
 * The outcome of every ingestArticle a mutation asked for, read from its result: a report under the
 * field's response key (its alias, else its name) is a document ingested; null, with an error at that
 * path, a document refused (no editor token, invalid, a store failure). Only top-level fields are
 * looked at: that is where the schema puts mutations.
 */
export function ingestOutcomes(
  document: DocumentNode,
  operationName: string | null | undefined,
  data: Record<string, unknown> | null | undefined,
): Array<'ingested' | 'failed'> {
  const operation = getOperationAST(document, operationName ?? null);
  if (operation?.operation !== 'mutation') return [];
  const outcomes: Array<'ingested' | 'failed'> = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== 'Field' || selection.name.value !== 'ingestArticle') continue;
    const key = selection.alias?.value ?? selection.name.value;
    outcomes.push(data?.[key] != null ? 'ingested' : 'failed');
  }
  return outcomes;
}
