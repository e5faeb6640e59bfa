/*
 * The explorer's GraphQL documents are written with `graphql()`, which types each one from the schema:
 * graphql-env.d.ts is the schema's introspection, generated from schema/schema.graphql by
 * `npm run schema:client-types` (tests/meta fails while it is stale), so `tsc` checks every query the
 * page sends against the API it is sent to, and a result's type is `ResultOf<typeof Query>`.
 */
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.js';

export type { ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  // JSON values (an extraction draft, an edit's details) are shaped by the server's validators, not the schema
  scalars: { JSON: unknown };
  // fragments here are shared spellings of a selection, not components that own data: no masking
  disableMasking: true;
}>();
