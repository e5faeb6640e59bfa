import type { GraphQLField } from 'graphql/index.js';
import { getNamedType, GraphQLError } from './graphql-js.js';

/** The query limits the GraphQL layer enforces per request (the server's settings choose them). */
export interface QueryCostLimits {
  /** the most a query may cost, counting every field multiplied by the list sizes above it */
  cost: number;
  /** the most fields one query may select, fragments and aliases included */
  breadth: number;
}

/** A list whose size nothing bounds is counted as this many items (citations, aliases, participants). */
const UNBOUNDED_LIST_SIZE = 10;

/**
 * Lists of the sides sources take (the dates they give, the statuses, the positions of a dispute) hold a
 * value per disagreement, rarely more than a few, and come with the record already loaded: counted as 3.
 */
const SIDES_LIST_SIZE = 3;
const SIDES = new Set(['DateClaim', 'Position', 'EventStatusClaim', 'Quantity', 'UnnamedParticipation']);

const num = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(1, value) : fallback;

/**
 * What a field costs, from its arguments. `first` and `limit` say how many items a list will hold, so they
 * multiply the cost of everything selected under it: `related(first: 100)` four levels deep costs 100^4
 * and is refused before it runs. A neighbourhood or a path search costs its own walk (a neighbourhood
 * loads up to `limit` nodes), while their node and edge lists count as ordinary lists.
 */
export function fieldComplexity(
  args: Record<string, unknown>,
  _ctx: unknown,
  field: GraphQLField<unknown, never>,
): { field: number; multiplier: number } {
  const isList = String(field.type).startsWith('[');
  if (field.name === 'neighbourhood') return { field: num(args.limit, 200) * num(args.depth, 1), multiplier: 1 };
  if (field.name === 'paths') return { field: 10 * num(args.maxLength, 4), multiplier: 1 };
  if ('first' in args) return { field: 1, multiplier: num(args.first, UNBOUNDED_LIST_SIZE) };
  // a connection's `edges` are already counted by the connection's `first`
  const itemType = getNamedType(field.type).name;
  if (field.name === 'edges' && itemType.endsWith('Edge') && itemType !== 'GraphEdge') return { field: 1, multiplier: 1 };
  if (isList && SIDES.has(itemType)) return { field: 1, multiplier: SIDES_LIST_SIZE };
  return { field: 1, multiplier: isList ? UNBOUNDED_LIST_SIZE : 1 };
}

/** The client's error for a query over a limit: what was counted, the limit, and how to ask for less. */
export function complexityError(
  kind: string,
  result: { complexity: number; breadth: number; depth: number; maxComplexity?: number; maxBreadth?: number; maxDepth?: number },
): GraphQLError {
  if (kind === 'Breadth') {
    return new GraphQLError(
      `The query selects ${result.breadth} fields; at most ${result.maxBreadth} are allowed. Select fewer fields or split the query.`,
      {
        extensions: { code: 'QUERY_TOO_BROAD', breadth: result.breadth, maxBreadth: result.maxBreadth },
      },
    );
  }
  if (kind === 'Depth') {
    return new GraphQLError(`The query is ${result.depth} levels deep; at most ${result.maxDepth} are allowed.`, {
      extensions: { code: 'QUERY_TOO_DEEP', depth: result.depth, maxDepth: result.maxDepth },
    });
  }
  return new GraphQLError(
    `The query would cost ${result.complexity}; at most ${result.maxComplexity} is allowed. Each list multiplies the cost of what is selected under it by its size (first, limit): ask for smaller lists or fewer levels.`,
    { extensions: { code: 'QUERY_TOO_COSTLY', cost: result.complexity, maxCost: result.maxComplexity } },
  );
}
