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

builder.queryType({});

export const schema = builder.toSchema();
