import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { QueryLimits } from '../../config/query-limits.js';
import { GraphQLError } from '../../graphql/graphql-js.js';

/**
 * graphql-armor rejects a query with a plain "Syntax Error: ..." and no code; report the same finding as
 * a validation error that names the limit and carries a stable code instead.
 */
function reportAs(code: string, setting: string) {
  return [
    (context: ValidationContext | null, error: GraphQLError) => {
      const message = `${error.message.replace(/^Syntax Error: /, '')} (${setting})`;
      context?.reportError(new GraphQLError(message, { extensions: { code } }));
    },
  ];
}

/**
 * Limits on the query text, checked while parsing and validating, before anything runs: tokens (which
 * also bounds nesting and duplicated fields before the parser recurses), depth, aliases and directives.
 * The list-aware cost is checked by the schema's complexity plugin (src/graphql/complexity.ts).
 */
export function armorPlugins(limits: QueryLimits, fieldSuggestions: boolean): Plugin[] {
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: limits.tokens }) as Plugin,
    maxDepthPlugin({
      n: limits.depth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: reportAs('QUERY_TOO_DEEP', 'KG_MAX_DEPTH'),
    }) as Plugin,
    maxAliasesPlugin({
      n: limits.aliases,
      propagateOnRejection: false,
      onReject: reportAs('TOO_MANY_ALIASES', 'KG_MAX_ALIASES'),
    }) as Plugin,
    maxDirectivesPlugin({
      n: limits.directives,
      propagateOnRejection: false,
      onReject: reportAs('TOO_MANY_DIRECTIVES', 'KG_MAX_DIRECTIVES'),
    }) as Plugin,
  ];
  if (!fieldSuggestions) plugins.push(blockFieldSuggestionsPlugin({ mask: '' }) as Plugin);
  return plugins;
}
