import type { Attribution, DateClaim } from '../domain/claims.js';
import { entityDisputes, relationshipDisputes } from '../domain/disputes.js';
import { searchKeysOf } from '../resolution/names.js';
import type { DateQualifier, PartialDate } from '../domain/partial-date.js';
import { isRelationshipType } from '../domain/vocabulary.js';
import { ARTICLE_LABEL, DISPUTE_LABEL, ENTITY_LABEL, KIND_LABELS, TYPE_LABELS } from '../storage/neo4j/labels.js';
import { citationDetailJson, flattenDate } from '../storage/neo4j/records.js';
import type { ExportAttribution, ExportEdge, ExportGraph, ExportNode } from './export-graph.js';

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

type Value = string | string[] | number | boolean | null;

/** A map literal of the non-empty values (Neo4j stores no nulls, and lists cannot hold them). */
function properties(values: Record<string, Value>): string {
  const literal = (v: Exclude<Value, null>): string =>
    Array.isArray(v) ? `[${v.map(cypherString).join(', ')}]` : typeof v === 'string' ? cypherString(v) : String(v);
  const entries = Object.entries(values)
    .filter((entry): entry is [string, Exclude<Value, null>] => entry[1] !== null)
    .map(([k, v]) => `${k}: ${literal(v)}`);
  return `{${entries.join(', ')}}`;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const QUALIFIED = /^(before|after|about) (.+)$/;

function isoParts(iso: string, whole: string): { year: number; month: number | null; day: number | null } {
  const match = ISO.exec(iso);
  if (!match) throw new Error(`not a date of the export: ${JSON.stringify(whole)}`);
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : null, day: match[3] ? Number(match[3]) : null };
}

/** An exported date (describeDate's forms: 2002-10, before 2003-11-05, 2003-05/2003-07) as the store's partial date. */
function partialDate(text: string | null, inferred = false): PartialDate | null {
  if (text === null) return null;
  const qualified = QUALIFIED.exec(text);
  if (qualified) return { ...isoParts(qualified[2], text), inferred, qualifier: qualified[1].toUpperCase() as DateQualifier };
  const [from, until, ...rest] = text.split('/');
  if (rest.length > 0) throw new Error(`not a date of the export: ${JSON.stringify(text)}`);
  if (until !== undefined) return { ...isoParts(from, text), inferred, qualifier: 'BETWEEN', until: isoParts(until, text) };
  return { ...isoParts(from, text), inferred };
}

function attribution(saidBy: ExportAttribution | null): Attribution | null {
  return saidBy ? { name: saidBy.name, entityId: saidBy.entityId } : null;
}

/** An event's date claims as the store keeps them (entity property date_claims, a JSON string). */
function dateClaims(n: ExportNode): DateClaim[] {
  return n.dates.map((d) => ({
    date: partialDate(d.date, d.inferred)!,
    citations: d.citations.map((c) => ({ articleId: c.article.id, quote: c.quote, status: c.status, saidBy: attribution(c.saidBy) })),
  }));
}

/**
 * The properties the Neo4j store reads an entity from (records.ts: entityFrom, entityProps): dates flattened,
 * date claims as JSON, and the search keys its full-text index reads, so kg-server can serve the result.
 */
function nodeStatement(n: ExportNode): string {
  // labels come only from the fixed tables; the entity type was checked when the record was read
  const labels = [ENTITY_LABEL, TYPE_LABELS[n.type], n.kind ? KIND_LABELS[n.kind] : null].filter(Boolean).join(':');
  const inferred = n.dates.find((d) => d.date === n.date)?.inferred ?? false;
  return `CREATE (:${labels} ${properties({
    id: n.id,
    type: n.type,
    name: n.name,
    aliases: n.aliases,
    roles: n.roles,
    kind: n.kind,
    ...flattenDate('date', partialDate(n.date, inferred)),
    date_claims: JSON.stringify(dateClaims(n)),
    disputed: n.disputed,
    search_keys: searchKeysOf({ name: n.name, aliases: n.aliases }),
  })});`;
}

/**
 * The properties the Neo4j store reads a relationship from (records.ts: relationshipFrom): the summary,
 * and the citations as parallel lists: citation i is citation_quotes[i] from the article
 * citation_articles[i], with its status, saidBy and dates in the JSON string citation_details[i].
 */
function edgeStatement(e: ExportEdge): string {
  if (!isRelationshipType(e.type)) throw new Error(`not a relationship type of the vocabulary: ${JSON.stringify(e.type)}`);
  const props = properties({
    id: e.id,
    status: e.status,
    disputed: e.disputed,
    role: e.role,
    ...flattenDate('start', partialDate(e.start)),
    ...flattenDate('end', partialDate(e.end)),
    citation_articles: e.citations.map((c) => c.article.id),
    citation_quotes: e.citations.map((c) => c.quote),
    citation_details: e.citations.map((c) =>
      citationDetailJson({
        articleId: c.article.id,
        quote: c.quote,
        status: c.status,
        saidBy: attribution(c.saidBy),
        start: partialDate(c.start),
        end: partialDate(c.end),
        asOf: partialDate(c.asOf),
      }),
    ),
  });
  return `MATCH (a:${ENTITY_LABEL} {id: ${cypherString(e.source)}}), (b:${ENTITY_LABEL} {id: ${cypherString(e.target)}}) CREATE (a)-[:${e.type} ${props}]->(b);`;
}

/** The store's marker of each disagreement, so `disputes` answers on the recreated graph too. */
function disputeStatements(graph: ExportGraph): string[] {
  const markers = [
    ...graph.edges.flatMap((e) => relationshipDisputes(e)),
    // an event's details (whether it happened) are not exported, so only its date can be disputed here
    ...graph.nodes.flatMap((n) => entityDisputes({ id: n.id, disputed: n.disputed, dates: dateClaims(n), event: null })),
  ];
  return markers.map((m) => `CREATE (:${DISPUTE_LABEL} ${properties({ id: m.id, aspect: m.aspect, subjectId: m.subjectId })});`);
}

/**
 * Statements that recreate the subgraph in an empty Neo4j, one per line: a schema statement (run it on its
 * own: Neo4j does not mix schema and data in one transaction), entities (labels Entity, their type and
 * organisation kind), the cited articles, the relationships with status and citations, then the markers
 * of disagreements. Properties are the Neo4j store's own, so the store reads the result back as exported.
 */
export function toCypher(graph: ExportGraph): string {
  const cited = [...graph.edges.flatMap((e) => e.citations), ...graph.nodes.flatMap((n) => n.dates.flatMap((d) => d.citations))];
  const articles = new Map(cited.map((c) => [c.article.id, c.article] as const));
  return [
    '// kg-server export: run in an empty Neo4j, e.g. cypher-shell -f export.cypher',
    // the store's own constraint (same name and schema): relationships find their ends by index, and
    // kg-server can later serve this database as it is
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE;`,
    ...graph.nodes.map(nodeStatement),
    ...[...articles.values()].map(
      (a) => `CREATE (:${ARTICLE_LABEL} ${properties({ id: a.id, title: a.title, author: a.author, url: a.url })});`,
    ),
    ...graph.edges.map(edgeStatement),
    ...disputeStatements(graph),
    '',
  ].join('\n');
}
