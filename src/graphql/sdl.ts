import { lexicographicSortSchema, printSchema } from './graphql-js.js';
import { schema } from './schema.js';

/** The SDL as checked in at schema/schema.graphql, sorted so that diffs show real changes only. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
