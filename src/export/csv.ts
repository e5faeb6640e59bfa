import { EDGE_COLUMNS, edgeCells, NODE_COLUMNS, nodeCells, type ExportGraph } from './export-graph.js';

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; CRLF between records. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function table(columns: readonly string[], rows: Array<Record<string, string>>): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => field(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** One row per entity: id, type, name, aliases and roles joined with ' | ', kind, date. */
export function toNodesCsv(graph: ExportGraph): string {
  return table(NODE_COLUMNS, graph.nodes.map(nodeCells));
}

/** One row per relationship: its ends, type, status, role, dates, and its citations as a JSON array. */
export function toEdgesCsv(graph: ExportGraph): string {
  return table(EDGE_COLUMNS, graph.edges.map(edgeCells));
}
