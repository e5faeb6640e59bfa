import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import { complexityError, fieldComplexity } from './complexity.js';
import { nodeTypeNameOfId } from './types/node-ids.js';
import type { KgContext } from './context.js';

/**
 * The builder, its plugins and their options; no types are defined here. Store ids are already globally
 * unique and type-prefixed (`person:sergei-duvanov`), so they are the GraphQL ids unchanged: readable in
 * GraphiQL and accepted as they are by `node`, `neighbourhood`, `paths` and `timeline`.
 */
export const builder = new SchemaBuilder<{
  Context: KgContext;
  Scalars: { JSON: { Input: unknown; Output: unknown } };
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin, ComplexityPlugin],
  // list-aware query cost, checked before any root field resolves (limits per request, from the context)
  complexity: {
    fieldComplexity,
    limit: (ctx) =>
      ctx.costLimits ? { complexity: ctx.costLimits.cost, breadth: ctx.costLimits.breadth } : { complexity: Number.MAX_SAFE_INTEGER },
    complexityError: (kind, result) => complexityError(kind, result),
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: nodeTypeNameOfId(globalID) ?? '', id: globalID }),
    // `node` is declared in node.ts so that unknown and garbage ids resolve to null instead of an error
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});
