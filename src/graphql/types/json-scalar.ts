import { valueFromASTUntyped } from 'graphql/index.js';
import { builder } from '../builder.js';

/** Any JSON value: the extraction document that `ingestArticle` takes, checked by the ingest validation. */
export const JSONScalar = builder.scalarType('JSON', {
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables ?? undefined),
});
