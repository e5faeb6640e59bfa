import { BOOLEAN_COLUMNS, EDGE_COLUMNS, edgeCells, NODE_COLUMNS, nodeCells, type ExportGraph } from './export-graph.js';
import { xmlText } from './xml.js';

/** GEXF 1.3 for Gephi: the name and the relationship type are the labels, everything else attributes. */
export function toGexf(graph: ExportGraph): string {
  const nodeAttributes = NODE_COLUMNS.filter((c) => c !== 'id');
  const edgeAttributes = EDGE_COLUMNS.filter((c) => !['id', 'source', 'target'].includes(c));
  const declare = (cls: string, names: readonly string[]) => [
    `    <attributes class="${cls}">`,
    ...names.map((n) => `      <attribute id="${n}" title="${n}" type="${BOOLEAN_COLUMNS.has(n) ? 'boolean' : 'string'}"/>`),
    '    </attributes>',
  ];
  const values = (cells: Record<string, string>, names: readonly string[]) => {
    const present = names.filter((n) => cells[n] !== '');
    return present.length === 0
      ? ''
      : `<attvalues>${present.map((n) => `<attvalue for="${n}" value="${xmlText(cells[n])}"/>`).join('')}</attvalues>`;
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta><creator>kg-server</creator><description>entities and relationships with status and citations</description></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declare('node', nodeAttributes),
    ...declare('edge', edgeAttributes),
    '    <nodes>',
    ...graph.nodes.map(
      (n) => `      <node id="${xmlText(n.id)}" label="${xmlText(n.name)}">${values(nodeCells(n), nodeAttributes)}</node>`,
    ),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.map(
      (e) =>
        `      <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" label="${xmlText(e.type)}">${values(edgeCells(e), edgeAttributes)}</edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
