import type { ClaimStatus, EntityType, OrganisationKind } from '../domain/entity.js';

/**
 * What every export format writes: the GraphQL Subgraph shape (nodes and edges referencing each other by
 * id) with what an analyst needs offline: each node's aliases, roles or kind, and each edge's status and
 * citations with their articles. Dates are ISO 8601 with the source's precision (2002-10).
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
  /** EVENT only */
  date: string | null;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  status: ClaimStatus;
  /** PARTICIPATED_IN only */
  role: string | null;
  start: string | null;
  end: string | null;
  citations: ExportCitation[];
}

export interface ExportCitation {
  quote: string;
  article: { id: string; title: string; author: string | null; url: string | null };
}

/** The node attributes every tabular format writes, in this order. */
export const NODE_COLUMNS = ['id', 'type', 'name', 'aliases', 'roles', 'kind', 'date'] as const;
/** The edge attributes every tabular format writes, in this order; citations are written as JSON. */
export const EDGE_COLUMNS = ['id', 'source', 'target', 'type', 'status', 'role', 'start', 'end', 'citations'] as const;

/** A node's attributes as strings ('' for none; lists joined with ' | ', which no name contains by itself). */
export function nodeCells(node: ExportNode): Record<(typeof NODE_COLUMNS)[number], string> {
  return {
    id: node.id, type: node.type, name: node.name, aliases: node.aliases.join(' | '), roles: node.roles.join(' | '),
    kind: node.kind ?? '', date: node.date ?? '',
  };
}

/** An edge's attributes as strings; citations as a JSON array, so quotes survive whole. */
export function edgeCells(edge: ExportEdge): Record<(typeof EDGE_COLUMNS)[number], string> {
  return {
    id: edge.id, source: edge.source, target: edge.target, type: edge.type, status: edge.status,
    role: edge.role ?? '', start: edge.start ?? '', end: edge.end ?? '', citations: JSON.stringify(edge.citations),
  };
}
