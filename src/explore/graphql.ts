/*
 * The explorer's GraphQL documents are written with `graphql()` and typed by gql.tada from the schema:
 * graphql-env.d.ts is the schema's introspection, generated from schema/schema.graphql by
 * `npm run schema:client-types` (tests/meta fails while it is stale or a document does not fit the schema),
 * so `tsc` types each result as the API answers it: `ResultOf<typeof Query>`, `VariablesOf<typeof Query>`.
 *
 * Only gql.tada's types are used. It is a dev dependency, absent where the server bundles this page in
 * production (the Docker image prunes dev dependencies), and the page needs no parsed documents: it sends
 * each one's text. So `graphql()` here has gql.tada's types, and at run time a document is only the key
 * to its text and the fragments it spreads (`textOf`); nothing reads it as a DocumentNode.
 */
import type { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.js';

export type { DocumentDecoration, ResultOf, VariablesOf } from 'gql.tada';

type Tada = ReturnType<
  typeof initGraphQLTada<{
    introspection: introspection;
    // JSON values (an extraction draft, an edit's details) are shaped by the server's validators, not the schema
    scalars: { JSON: unknown };
    // fragments here are shared spellings of a selection, not components that own their data: no masking
    disableMasking: true;
  }>
>;

/** A document's own text, and the definitions of the fragments it spreads (theirs too). */
interface Source {
  readonly own: string;
  readonly needs: readonly string[];
}

const sources = new WeakMap<object, Source>();

function sourceOf(document: object): Source {
  const source = sources.get(document);
  if (!source) throw new Error('not a document made by graphql()');
  return source;
}

function compose(text: string, fragments: readonly object[] = []): object {
  const needs = new Set(fragments.flatMap((f) => [...sourceOf(f).needs, sourceOf(f).own]));
  const document = {};
  sources.set(document, { own: text, needs: [...needs] });
  return document;
}

/**
 * A query, mutation or fragment, typed from the schema; `fragments` are the fragment documents it spreads.
 * Of gql.tada's API the page uses the call and `scalar` (for its types); `persisted` is not there.
 */
export const graphql = Object.assign(compose, { scalar: (_name: string, value: unknown) => value }) as unknown as Tada;

/** The text to send: the document and every fragment it spreads, each once. */
export function textOf(document: object): string {
  const { own, needs } = sourceOf(document);
  return [own, ...needs].join('\n');
}

/** The values of one of the schema's enums (or a scalar's type), e.g. `SchemaType<'EntityType'>`. */
export type SchemaType<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;
