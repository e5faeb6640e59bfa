import { BOOLEAN_COLUMNS, EDGE_COLUMNS, edgeCells, NODE_COLUMNS, nodeCells, type ExportGraph } from './export-graph.js';
import { xmlText } from './xml.js';

/**
 * GraphML for yEd, Cytoscape desktop and Gephi: every attribute a string key; `label` (the name, the
 * relationship type) is what those tools show by default.
 */
export function toGraphml(graph: ExportGraph): string {
  const typeOf = (column: string) => (BOOLEAN_COLUMNS.has(column) ? 'boolean' : 'string');
  const keys = [
    `<key id="n_label" for="node" attr.name="label" attr.type="string"/>`,
    ...NODE_COLUMNS.filter((c) => c !== 'id').map((c) => `<key id="n_${c}" for="node" attr.name="${c}" attr.type="${typeOf(c)}"/>`),
    `<key id="e_label" for="edge" attr.name="label" attr.type="string"/>`,
    ...EDGE_COLUMNS.filter((c) => !['id', 'source', 'target'].includes(c)).map(
      (c) => `<key id="e_${c}" for="edge" attr.name="${c}" attr.type="${typeOf(c)}"/>`,
    ),
  ];
  const data = (prefix: string, cells: Record<string, string>, skip: string[]) =>
    Object.entries(cells)
      .filter(([k, v]) => !skip.includes(k) && v !== '')
      .map(([k, v]) => `<data key="${prefix}_${k}">${xmlText(v)}</data>`)
      .join('');
  const nodes = graph.nodes.map(
    (n) => `    <node id="${xmlText(n.id)}"><data key="n_label">${xmlText(n.name)}</data>${data('n', nodeCells(n), ['id'])}</node>`,
  );
  const edges = graph.edges.map(
    (e) =>
      `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}"><data key="e_label">${xmlText(e.type)}</data>${data('e', edgeCells(e), ['id', 'source', 'target'])}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map((k) => `  ${k}`),
    '  <graph id="kg" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
