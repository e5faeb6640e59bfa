import { toEdgesCsv, toNodesCsv } from './csv.js';
import { toCypher } from './cypher.js';
import type { ExportGraph } from './export-graph.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';

interface ExportFormat {
  extension: string;
  mediaType: string;
  render(graph: ExportGraph): string;
}

/** Every export format by the name `kg export --format` and `/export?format=` take. */
export const EXPORT_FORMATS = {
  graphml: { extension: 'graphml', mediaType: 'application/graphml+xml; charset=utf-8', render: toGraphml },
  gexf: { extension: 'gexf', mediaType: 'application/gexf+xml; charset=utf-8', render: toGexf },
  json: { extension: 'json', mediaType: 'application/json; charset=utf-8', render: (g) => `${JSON.stringify(g, null, 2)}\n` },
  'csv-nodes': { extension: 'nodes.csv', mediaType: 'text/csv; charset=utf-8', render: toNodesCsv },
  'csv-edges': { extension: 'edges.csv', mediaType: 'text/csv; charset=utf-8', render: toEdgesCsv },
  cypher: { extension: 'cypher', mediaType: 'text/plain; charset=utf-8', render: toCypher },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

export function isExportFormat(name: string): name is ExportFormatName {
  return Object.hasOwn(EXPORT_FORMATS, name);
}
