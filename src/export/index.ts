export { collectExport, SCOPE_BOUNDS, type ExportScope } from './collect.js';
export type { ExportGraph, ExportNode, ExportEdge, ExportCitation } from './export-graph.js';
export { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, isExportFormat, type ExportFormatName } from './formats.js';
