import { EDGE_COLUMNS, edgeCells, NODE_COLUMNS, nodeCells, type ExportGraph } from './export-graph.js';

/**
 * Cells a spreadsheet would run as a formula: those beginning with = + - @, a tab or a carriage return
 * (OWASP, "CSV Injection"), also after single quotes, so that the one quote added below can always be
 * taken off again. Every cell we write is text (ids, names, ISO dates, JSON), never a number, so a
 * leading minus is never a negative number and is neutralised like the rest.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** OWASP's remedy: a leading single quote, which spreadsheets take as "this cell is text". */
function neutralised(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; CRLF between records.
 * Also quoted: a field with a semicolon or a tab, which spreadsheets set to another separator would
 * otherwise split into a new cell that might begin with a formula.
 */
function field(value: string): string {
  const text = neutralised(value);
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(columns: readonly string[], rows: Array<Record<string, string>>): string {
  return `${[columns.join(','), ...rows.map((r) => columns.map((c) => field(r[c])).join(','))].join('\r\n')}\r\n`;
}

/** One row per entity: id, type, name, aliases and roles joined with ' | ', kind, date. */
export function toNodesCsv(graph: ExportGraph): string {
  return table(NODE_COLUMNS, graph.nodes.map(nodeCells));
}

/** One row per relationship: its ends, type, status, role, dates, and its citations as a JSON array. */
export function toEdgesCsv(graph: ExportGraph): string {
  return table(EDGE_COLUMNS, graph.edges.map(edgeCells));
}
