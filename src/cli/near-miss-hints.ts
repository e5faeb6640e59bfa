/*
 * How an editor settles a near miss, as text to paste into GraphiQL (or send with an editor token): the
 * mutations are those of the GraphQL API (mergeEntities from the public contract; markDistinct beside it).
 */

const quoted = (id: string) => JSON.stringify(id);

const typeOf = (id: string) => id.slice(0, id.indexOf(':'));

/**
 * Two lines: merge the document's entity into the stored one, or record that they are different. None
 * for entities of different types (ids are type-prefixed): those are never merged, so nothing to settle.
 */
export function resolutionHints(incomingId: string, candidateId: string, dryRun: boolean): string[] {
  if (incomingId === candidateId || typeOf(incomingId) !== typeOf(candidateId)) return [];
  const after = dryRun ? ' (once ingested)' : '';
  return [
    `same? merge${after}: mutation { mergeEntities(into: ${quoted(candidateId)}, from: [${quoted(incomingId)}], note: "same entity") { id } }`,
    `different? mark${after}: mutation { markDistinct(ids: [${quoted(candidateId)}, ${quoted(incomingId)}], note: "different entities") { id } }`,
  ];
}
