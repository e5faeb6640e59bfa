/*
 * The schema, from its parts: types/ (one file per GraphQL type, with the query fields it adds),
 * mutations/ (each mutation with its payload), and what they share: arguments/ (limits, paging, the
 * editor's note), loaders/ (the request's DataLoaders and the reads through them; the context that holds
 * them is context.ts) and errors/ (what a client is told). builder.ts holds the builder and its plugins;
 * importing a type file registers the type.
 */
import { builder } from './builder.js';
import './types/node.js';
import './types/enums.js';
import './types/partial-date.js';
import './types/article.js';
import './types/citation.js';
import './types/entity.js';
import './types/relationship.js';
import './types/neighbour.js';
import './types/person.js';
import './types/organisation.js';
import './types/place.js';
import './types/participation.js';
import './types/event.js';
import './types/search.js';
import './types/subgraph.js';
import './types/timeline.js';
import './types/entities-connection.js';
import './types/articles-connection.js';
import './types/json-scalar.js';
import './types/edit.js';
import './mutations/ingest-article.js';
import './mutations/merge-entities.js';
import './types/duplicate-candidate.js';
import './types/date-claim.js';
import './types/disputes.js';
import './mutations/mark-distinct.js';
import './mutations/entity-edits.js';
import './mutations/relationship-edits.js';
import './types/viewer.js';
import './mutations/draft-article.js';
import './mutations/draft-check.js';

builder.queryType({});
builder.mutationType({ description: "Editors' writes: each needs an editor token and a note, and is recorded in the history." });

export const schema = builder.toSchema();
