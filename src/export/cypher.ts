import { isRelationshipType } from '../domain/vocabulary.js';
import { ARTICLE_LABEL, ENTITY_LABEL, KIND_LABELS, TYPE_LABELS } from '../storage/neo4j/labels.js';
import type { ExportEdge, ExportGraph, ExportNode } from './export-graph.js';

/**
 * A Cypher string literal: backslash and quote escaped, every control and line-separator character as a
 * \uXXXX escape, so no value can end the literal or the statement.
 */
export function cypherString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/[\u0000-\u001F\u007F\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${escaped}'`;
}

type Value = string | string[] | null;

/** A map literal of the non-empty values (Neo4j stores no nulls, and lists cannot hold them). */
function properties(values: Record<string, Value>): string {
  const entries = Object.entries(values)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.map(cypherString).join(', ')}]` : cypherString(v as string)}`);
  return `{${entries.join(', ')}}`;
}

function nodeStatement(n: ExportNode): string {
  // labels come only from the fixed tables; the entity type was checked when the record was read
  const labels = [ENTITY_LABEL, TYPE_LABELS[n.type], n.kind ? KIND_LABELS[n.kind] : null].filter(Boolean).join(':');
  return `CREATE (:${labels} ${properties({ id: n.id, type: n.type, name: n.name, aliases: n.aliases, roles: n.roles, kind: n.kind, date: n.date })});`;
}

function edgeStatement(e: ExportEdge): string {
  if (!isRelationshipType(e.type)) throw new Error(`not a relationship type of the vocabulary: ${JSON.stringify(e.type)}`);
  const props = properties({
    id: e.id, status: e.status, role: e.role, start: e.start, end: e.end,
    // parallel lists: citation i is quotes[i] from the article articleIds[i]
    quotes: e.citations.map((c) => c.quote), articleIds: e.citations.map((c) => c.article.id),
  });
  return `MATCH (a:${ENTITY_LABEL} {id: ${cypherString(e.source)}}), (b:${ENTITY_LABEL} {id: ${cypherString(e.target)}}) CREATE (a)-[:${e.type} ${props}]->(b);`;
}

/**
 * Statements that recreate the subgraph in an empty Neo4j, one per line: a schema statement (run it on its
 * own: Neo4j does not mix schema and data in one transaction), entities (labels Entity, their type and
 * organisation kind), the cited articles, then the relationships with status and citations.
 */
export function toCypher(graph: ExportGraph): string {
  const articles = new Map(graph.edges.flatMap((e) => e.citations.map((c) => [c.article.id, c.article] as const)));
  return [
    '// kg-server export: run in an empty Neo4j, e.g. cypher-shell -f export.cypher',
    // the store's own constraint (same name and schema): relationships find their ends by index, and
    // kg-server can later serve this database as it is
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE;`,
    ...graph.nodes.map(nodeStatement),
    ...[...articles.values()].map((a) => `CREATE (:${ARTICLE_LABEL} ${properties({ id: a.id, title: a.title, author: a.author, url: a.url })});`),
    ...graph.edges.map(edgeStatement),
    '',
  ].join('\n');
}
