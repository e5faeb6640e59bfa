/**
 * graphql-js, imported by file so that every importer shares one instance. graphql 16 ships both
 * index.js (CJS) and index.mjs without an exports map: Node (and so Pothos and yoga) load index.js, while
 * Vite-based runners such as vitest resolve a bare `graphql` to index.mjs. Two instances break
 * `instanceof GraphQLError` (client errors would be masked as internal) and schema utilities
 * ("Cannot use GraphQLObjectType from another module or realm").
 */
export { getNamedType, GraphQLError, lexicographicSortSchema, printSchema } from 'graphql/index.js';
