import { builder } from './builder.js';
import './node.js';
import './enums.js';
import './partial-date.js';
import './article.js';
import './citation.js';
import './entity.js';
import './relationship.js';
import './person.js';
import './organisation.js';
import './place.js';
import './participation.js';
import './event.js';
import './search.js';
import './subgraph.js';
import './timeline.js';
import './entities-connection.js';
import './articles-connection.js';
import './json-scalar.js';
import './edit.js';
import './ingest-article.js';
import './merge-entities.js';
import './duplicate-candidate.js';
import './mark-distinct.js';

builder.queryType({});
builder.mutationType({ description: 'Editors\' writes: each needs an editor token and a note, and is recorded in the history.' });

export const schema = builder.toSchema();
