import type { ClaimStatus, EntityType, OrganisationKind } from '../domain/entity.js';

/*
 * What every export format writes: the GraphQL Subgraph shape (nodes and edges referencing each other by
 * id) with what an analyst needs offline: each node's aliases, roles or kind, an event's every date with
 * its sources, and each edge's summary status, whether it is disputed, and every citation with its own
 * status, who says so and its article. Dates are ISO 8601 with the source's precision (2002-10).
 */
export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export interface ExportNode {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** PERSON only */
  roles: string[];
  /** ORGANISATION only */
  kind: OrganisationKind | null;
  /** EVENT only: the date the timeline uses, chosen from `dates` */
  date: string | null;
  /** EVENT only: every date the sources give, each with its citations */
  dates: ExportDateClaim[];
  /** true when the sources disagree about it (an event's date) */
  disputed: boolean;
}

interface ExportDateClaim {
  date: string;
  /** the source's date was worked out (e.g. from the article's date), not stated */
  inferred: boolean;
  citations: ExportCitation[];
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** summarised from the citations' own statuses (README, "On whose word") */
  status: ClaimStatus;
  /** true when one source denies what another asserts */
  disputed: boolean;
  /** PARTICIPATED_IN only */
  role: string | null;
  start: string | null;
  end: string | null;
  citations: ExportEdgeCitation[];
}

/** Who, according to the article, says so: a name, and the entity's id when the source is a known entity. */
export interface ExportAttribution {
  name: string;
  entityId: string | null;
}

export interface ExportCitation {
  quote: string;
  /** the status this source gives the fact */
  status: ClaimStatus;
  /** null where the article states it in its own voice */
  saidBy: ExportAttribution | null;
  article: { id: string; title: string; author: string | null; url: string | null };
}

/** A relationship's citation also keeps the dates its own source gives. */
interface ExportEdgeCitation extends ExportCitation {
  start: string | null;
  end: string | null;
  /** the date as of which the source states it */
  asOf: string | null;
}

/** The node attributes every tabular format writes, in this order; an event's dates are written as JSON. */
export const NODE_COLUMNS = ['id', 'type', 'name', 'aliases', 'roles', 'kind', 'date', 'disputed', 'dates'] as const;
/** The edge attributes every tabular format writes, in this order; citations are written as JSON. */
export const EDGE_COLUMNS = ['id', 'source', 'target', 'type', 'status', 'disputed', 'role', 'start', 'end', 'citations'] as const;
/** Attributes that are true or false (declared boolean where a format has types, so Gephi can filter on them). */
export const BOOLEAN_COLUMNS: ReadonlySet<string> = new Set(['disputed']);

/** A node's attributes as strings ('' for none; lists joined with ' | ', which no name contains by itself). */
export function nodeCells(node: ExportNode): Record<(typeof NODE_COLUMNS)[number], string> {
  return {
    id: node.id,
    type: node.type,
    name: node.name,
    aliases: node.aliases.join(' | '),
    roles: node.roles.join(' | '),
    kind: node.kind ?? '',
    date: node.date ?? '',
    disputed: String(node.disputed),
    dates: node.dates.length > 0 ? JSON.stringify(node.dates) : '',
  };
}

/** An edge's attributes as strings; citations as a JSON array, so quotes survive whole. */
export function edgeCells(edge: ExportEdge): Record<(typeof EDGE_COLUMNS)[number], string> {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    status: edge.status,
    disputed: String(edge.disputed),
    role: edge.role ?? '',
    start: edge.start ?? '',
    end: edge.end ?? '',
    citations: JSON.stringify(edge.citations),
  };
}
