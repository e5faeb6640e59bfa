import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from './api.js';
import { DISPUTED_STYLE, nodeColour, STATUS_STYLE, TYPE_STYLE } from './appearance.js';
import { words } from './dom.js';

export interface NetworkEvents {
  onNode(id: string): void;
  onEdge(id: string): void;
  onBackground(): void;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)', shape: 'data(shape)' as never, 'background-color': 'data(colour)', width: 26, height: 26,
      'font-size': 11, color: '#1b1b1b', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis',
      'text-max-width': '140px', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
      'text-background-padding': '1px', 'min-zoomed-font-size': 7, 'border-width': 1, 'border-color': '#ffffff',
    },
  },
  { selector: 'node.expanded', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#1b1b1b', 'font-weight': 'bold' } },
  { selector: 'node.end', style: { 'border-width': 4, 'border-color': '#6a1b9a' } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)', 'line-color': 'data(colour)', 'line-style': 'data(line)' as never, 'target-arrow-shape': 'triangle',
      'target-arrow-color': 'data(colour)', 'curve-style': 'bezier', 'arrow-scale': 0.8, label: 'data(label)',
      'font-size': 8, color: '#555555', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff',
      'text-background-opacity': 0.8, 'min-zoomed-font-size': 14,
    },
  },
  // sources disagree: a colour of its own, a dash-dot line and a diamond half-way, whatever the summary status
  {
    selector: 'edge.disputed',
    style: {
      'line-color': DISPUTED_STYLE.colour, 'target-arrow-color': DISPUTED_STYLE.colour, 'line-style': 'dashed',
      'line-dash-pattern': [...DISPUTED_STYLE.dash], width: DISPUTED_STYLE.width, 'mid-target-arrow-shape': 'diamond',
      'mid-target-arrow-color': DISPUTED_STYLE.colour, 'mid-target-arrow-fill': 'filled',
    },
  },
  // a relationship's name shows when zoomed in, or when it or one of its ends is selected
  { selector: 'edge:selected, edge.near', style: { 'min-zoomed-font-size': 0, 'font-size': 10, color: '#1b1b1b', 'z-index': 10 } },
  { selector: ':selected', style: { 'overlay-color': '#6a1b9a', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: '.filtered', style: { display: 'none' } },
];

function nodeElement(n: GraphNode): ElementDefinition {
  return { group: 'nodes', data: { id: n.id, label: n.name, type: n.type, shape: TYPE_STYLE[n.type].shape, colour: nodeColour(n.type, n.entity.kind) } };
}

function edgeElement(e: GraphEdge): ElementDefinition {
  const s = STATUS_STYLE[e.status];
  const label = `${e.role ? `${words(e.type)} (${e.role})` : words(e.type)}${e.disputed ? ' (disputed)' : ''}`;
  return {
    group: 'edges', classes: e.disputed ? 'disputed' : '',
    data: { id: e.id, source: e.source, target: e.target, type: e.type, status: e.status, disputed: e.disputed, label, colour: s.colour, line: s.line, width: s.width },
  };
}

/** The force-directed drawing (cytoscape with its CoSE layout); it knows nothing of the API. */
export class Network {
  readonly cy: Core;

  constructor(container: HTMLElement, events: NetworkEvents) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3 });
    this.cy.on('tap', 'node', (event) => events.onNode(event.target.id()));
    this.cy.on('tap', 'edge', (event) => events.onEdge(event.target.id()));
    this.cy.on('tap', (event) => { if (event.target === this.cy) events.onBackground(); });
  }

  /**
   * Shows exactly these nodes and edges: new ones start beside a neighbour already drawn, then the layout
   * settles; resolves once it has.
   */
  show(nodes: GraphNode[], edges: GraphEdge[], marked: { expanded: string[]; ends: string[] }): Promise<void> {
    const wanted = new Set([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
    this.cy.elements().filter((el) => !wanted.has(el.id())).remove();
    const fresh = nodes.filter((n) => this.cy.getElementById(n.id).empty());
    const known = this.cy.nodes().length > 0;
    this.cy.add(fresh.map(nodeElement));
    this.cy.add(edges.filter((e) => this.cy.getElementById(e.id).empty()).map(edgeElement));
    if (known) {
      for (const n of fresh) {
        const anchor = this.cy.getElementById(n.id).neighborhood().nodes().filter((m) => !fresh.some((f) => f.id === m.id()))[0];
        if (anchor) this.cy.getElementById(n.id).position({ x: anchor.position('x') + Math.random() * 60 - 30, y: anchor.position('y') + Math.random() * 60 - 30 });
      }
    }
    this.cy.nodes().removeClass('expanded end');
    for (const id of marked.expanded) this.cy.getElementById(id).addClass('expanded');
    for (const id of marked.ends) this.cy.getElementById(id).addClass('end');
    if (fresh.length > 0 || !known) {
      const layout = this.cy.layout({ name: 'cose', animate: false, randomize: !known, nodeRepulsion: () => 400000, idealEdgeLength: () => 110, nodeOverlap: 40, gravity: 60, numIter: 1500, fit: true, padding: 40 } as cytoscape.LayoutOptions);
      const stopped = layout.promiseOn('layoutstop');
      layout.run();
      return stopped.then(() => undefined);
    }
    return Promise.resolve();
  }

  /** Hides what the filters exclude: nodes of a hidden type (with their edges), edges of a hidden type or status. */
  filter(hidden: Set<string>): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('filtered');
      this.cy.nodes().filter((n) => hidden.has(`type:${n.data('type')}`)).addClass('filtered');
      this.cy.edges().filter((e) => hidden.has(`rel:${e.data('type')}`) || hidden.has(`status:${e.data('status')}`)).addClass('filtered');
    });
  }

  select(id: string | null): void {
    this.cy.elements().unselect();
    this.cy.edges().removeClass('near');
    if (id) this.cy.getElementById(id).select().connectedEdges().addClass('near');
  }
}
