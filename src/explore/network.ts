import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { type GraphEdge, type GraphNode, kindOf } from './api.js';
import { nodeColour, STATUS_STYLE, TYPE_STYLE } from './appearance.js';
import { words } from './dom.js';
import { declutterEdgeLabels } from './edge-labels.js';
import { layoutAll, placeNewcomers, ringNewcomers } from './network-layout.js';
import { NETWORK_STYLE } from './network-style.js';

export interface NetworkEvents {
  onNode(id: string): void;
  onEdge(id: string): void;
  onBackground(): void;
}

function nodeElement(n: GraphNode): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: n.id, label: n.name, type: n.type, shape: TYPE_STYLE[n.type].shape, colour: nodeColour(n.type, kindOf(n)) },
  };
}

function edgeElement(e: GraphEdge): ElementDefinition {
  const s = STATUS_STYLE[e.status];
  const label = `${e.role ? `${words(e.type)} (${e.role})` : words(e.type)}${e.disputed ? ' (disputed)' : ''}`;
  return {
    group: 'edges',
    classes: e.disputed ? 'disputed' : '',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      status: e.status,
      disputed: e.disputed,
      label,
      citations: e.citations.length,
      colour: s.colour,
      line: s.line,
      width: s.width,
    },
  };
}

/**
 * The force-directed drawing (cytoscape with its CoSE layout); it knows nothing of the API. Nodes keep
 * their places once drawn: growth places only the newcomers, and a drawing made while the network is
 * hidden (the table view) waits until it is shown, as a hidden container has no size to lay out in.
 */
export class Network {
  readonly cy: Core;
  /** nodes added while hidden, or before the first drawing, that have no place yet */
  private unplaced = new Set<string>();
  private drawn = false;
  /** the node the newcomers gathered around (the one just expanded): the view zooms around it */
  private anchor: string | null = null;

  constructor(
    private readonly container: HTMLElement,
    events: NetworkEvents,
  ) {
    this.cy = cytoscape({ container, style: NETWORK_STYLE, minZoom: 0.2, maxZoom: 3 });
    this.cy.on('tap', 'node', (event) => events.onNode(event.target.id()));
    this.cy.on('tap', 'edge', (event) => events.onEdge(event.target.id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.onBackground();
    });
    // a node dragged elsewhere moves its edges' labels: they may now lie over others
    this.cy.on('free', 'node', () => declutterEdgeLabels(this.cy));
  }

  /** Shows exactly these nodes and edges; resolves once the newcomers have their places. */
  show(nodes: GraphNode[], edges: GraphEdge[], marked: { expanded: string[]; ends: string[] }): Promise<void> {
    const wanted = new Set([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
    this.cy
      .elements()
      .filter((el) => !wanted.has(el.id()))
      .remove();
    for (const id of [...this.unplaced]) if (!wanted.has(id)) this.unplaced.delete(id);
    const fresh = nodes.filter((n) => this.cy.getElementById(n.id).empty());
    this.cy.add(fresh.map(nodeElement));
    this.cy.add(edges.filter((e) => this.cy.getElementById(e.id).empty()).map(edgeElement));
    for (const n of fresh) this.unplaced.add(n.id);
    if (fresh.length > 0)
      this.anchor = ringNewcomers(
        this.cy,
        this.cy.nodes().filter((n) => this.unplaced.has(n.id())),
        [...marked.expanded].reverse(),
      );
    this.cy.nodes().removeClass('expanded end');
    for (const id of marked.expanded) this.cy.getElementById(id).addClass('expanded');
    for (const id of marked.ends) this.cy.getElementById(id).addClass('end');
    return this.place();
  }

  /** Lays out what has no place yet, if the network is on screen; called again when it comes back into view. */
  async place(): Promise<void> {
    if (this.container.offsetWidth === 0) return;
    this.cy.resize();
    if (this.unplaced.size > 0) {
      const newcomers = this.cy.nodes().filter((n) => this.unplaced.has(n.id()));
      this.unplaced.clear();
      if (this.drawn && newcomers.length < this.cy.nodes().length) await placeNewcomers(this.cy, newcomers, this.anchor);
      else await layoutAll(this.cy);
      this.drawn = true;
    }
    declutterEdgeLabels(this.cy);
  }

  /** Hides what the filters exclude: nodes of a hidden type (with their edges), edges of a hidden type or status. */
  filter(hidden: Set<string>): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('filtered');
      this.cy
        .nodes()
        .filter((n) => hidden.has(`type:${n.data('type')}`))
        .addClass('filtered');
      this.cy
        .edges()
        .filter((e) => hidden.has(`rel:${e.data('type')}`) || hidden.has(`status:${e.data('status')}`))
        .addClass('filtered');
    });
    declutterEdgeLabels(this.cy);
  }

  select(id: string | null): void {
    this.cy.elements().unselect();
    this.cy.edges().removeClass('near');
    if (id) this.cy.getElementById(id).select().connectedEdges().addClass('near');
    declutterEdgeLabels(this.cy);
  }
}
