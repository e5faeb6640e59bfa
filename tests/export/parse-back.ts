import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import type { ExportGraph } from '../../src/export/index.js';

/*
 * Independent readers for the export formats (graphology's GEXF and GraphML parsers, csv-parse), each
 * turning a file back into the ExportGraph it should have come from, so tests compare whole graphs.
 */

const list = (value: unknown) => (value === undefined || value === '' ? [] : String(value).split(' | '));
const orNull = (value: unknown) => (value === undefined || value === '' ? null : String(value));
const json = (value: unknown) => (value === undefined || value === '' ? [] : JSON.parse(String(value)));
/** GraphML and GEXF declare `disputed` boolean, so graphology casts it; CSV holds the text. */
const bool = (value: unknown) => value === true || value === 'true';

function fromGraphology(graph: MultiDirectedGraph): ExportGraph {
  const nodes = graph.mapNodes((id, a) => ({
    id,
    type: a.type,
    name: a.label,
    aliases: list(a.aliases),
    roles: list(a.roles),
    kind: orNull(a.kind),
    date: orNull(a.date),
    disputed: bool(a.disputed),
    dates: json(a.dates),
  }));
  const edges = graph.mapEdges((id, a, source, target) => ({
    id,
    source,
    target,
    type: a.type,
    status: a.status,
    disputed: bool(a.disputed),
    role: orNull(a.role),
    start: orNull(a.start),
    end: orNull(a.end),
    citations: JSON.parse(a.citations),
  }));
  return sorted({ nodes, edges } as ExportGraph);
}

export function sorted(graph: ExportGraph): ExportGraph {
  return {
    nodes: [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...graph.edges].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export function readGexf(text: string): ExportGraph {
  return fromGraphology(gexf.parse(MultiDirectedGraph, text, { allowUndeclaredAttributes: false }));
}

export function readGraphml(text: string): ExportGraph {
  return fromGraphology(graphml.parse(MultiDirectedGraph, text));
}

/** The CSV's cells, as a reader that knows the export's formula guard (README, Exports) takes them. */
export function csvRows(csv: string): Array<Record<string, string>> {
  const rows = parseCsv(csv, { columns: true, record_delimiter: '\r\n', relax_quotes: false }) as Array<Record<string, string>>;
  const original = (cell: string) => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, original(cell)])));
}

export function readCsv(nodesCsv: string, edgesCsv: string): ExportGraph {
  const nodeRows = csvRows(nodesCsv);
  const edgeRows = csvRows(edgesCsv);
  return sorted({
    nodes: nodeRows.map((r) => ({
      id: r.id,
      type: r.type,
      name: r.name,
      aliases: list(r.aliases),
      roles: list(r.roles),
      kind: orNull(r.kind),
      date: orNull(r.date),
      disputed: bool(r.disputed),
      dates: json(r.dates),
    })),
    edges: edgeRows.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      status: r.status,
      disputed: bool(r.disputed),
      role: orNull(r.role),
      start: orNull(r.start),
      end: orNull(r.end),
      citations: JSON.parse(r.citations),
    })),
  } as ExportGraph);
}
