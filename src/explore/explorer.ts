import { type GraphNode, neighbourhood, paths, type Subgraph, timeline } from './api.js';
import { accountBox, type Viewer } from './account.js';
import { legend } from './appearance.js';
import { clear, h } from './dom.js';
import { downloads, filters } from './controls.js';
import { Network } from './network.js';
import { edgePanel, nodePanel, pathPanel } from './panels.js';
import { searchBox } from './search-box.js';
import { readState, writeState, type ExplorerState } from './state.js';
import { tableView } from './table.js';
import { timelineView } from './timeline.js';
import { buildView, visibleInTable, type View } from './view-model.js';

/** The network explorer at /explore: search, draw, expand, read the evidence, find paths, see the timeline. */
export function startExplorer(root: HTMLElement, viewer: Promise<Viewer | null>): void {
  const page = new ExplorerPage(readState(location.search));
  root.append(page.header(viewer), page.body());
  // cytoscape measures its container: create it once the page holds it
  page.startNetwork();
  addEventListener('popstate', () => page.reload(readState(location.search)));
  void page.refresh();
}

/** The explorer's state (kept in the URL), what it has fetched, and the parts of the page it redraws. */
class ExplorerPage {
  private state: ExplorerState;
  private readonly hoods = new Map<string, Subgraph>();
  private path: Subgraph | null = null;
  private view: View = { nodes: [], edges: [], leftOut: [] };
  private timelineFor: string | null = null;
  private loading = 0;
  private network: Network | null = null;

  private readonly status = h('p', { class: 'status-line', role: 'status' });
  private readonly stage = h('div', {
    id: 'network',
    role: 'img',
    'aria-label': 'network drawing; the table view lists the same relationships',
  });
  private readonly table = h('div', { class: 'table-holder', hidden: true });
  private readonly leftOut = h('div', { class: 'left-out' });
  private readonly filterBox = h('div', { class: 'filters' });
  private readonly details = h('div', { class: 'details' });
  private readonly timelineBox = h('section', { class: 'timeline-panel', 'aria-label': 'Timeline' });
  private readonly downloadBox = h('div', { class: 'downloads' });
  private readonly viewToggle = h(
    'button',
    { type: 'button', 'aria-pressed': 'false', onclick: () => this.update({ view: this.state.view === 'table' ? 'network' : 'table' }) },
    'Table view',
  );

  constructor(state: ExplorerState) {
    this.state = state;
  }

  /** A change of state: into the URL (a new history entry when `push`), then redrawn. */
  update(change: Partial<ExplorerState>, push = false): void {
    this.state = { ...this.state, ...change };
    const url = `${location.pathname}${writeState(this.state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void this.refresh();
  }

  /** The state read back from the URL (the browser's back and forward buttons). */
  reload(state: ExplorerState): void {
    this.state = state;
    void this.refresh();
  }

  private focusOn(id: string): void {
    this.update({ focus: id, expanded: [id], to: null, selected: null }, true);
  }

  header(viewer: Promise<Viewer | null>): HTMLElement {
    // editing controls are for editors only: the link to the desk appears once the server says we are one
    const deskLink = h('a', { href: '/explore/desk', hidden: true }, 'New article');
    viewer.then(
      (v) => {
        deskLink.hidden = !v?.mayEdit;
      },
      () => {},
    );
    const pathBox = searchBox('Find a path to', 'Path to…', (hit) => {
      if (this.state.focus) this.update({ to: hit.id, selected: null }, true);
      else this.status.textContent = 'Choose where the path starts first, in the search box.';
    });
    return h(
      'header',
      {},
      h('h1', {}, h('a', { href: '/explore' }, 'Explorer')),
      searchBox('Find an entity', 'Search a name: Duvanov, Nazarbayev…', (hit) => this.focusOn(hit.id)),
      pathBox,
      this.viewToggle,
      h('a', { href: '/graphql' }, 'GraphQL'),
      h('a', { href: '/explore/review' }, 'Review queue'),
      deskLink,
      accountBox(viewer),
    );
  }

  body(): HTMLElement {
    return h(
      'main',
      {},
      h('aside', { class: 'sidebar', 'aria-label': 'Filters and legend' }, this.filterBox, legend()),
      h('section', { class: 'stage' }, this.status, this.stage, this.table, this.leftOut),
      h('aside', { class: 'panel', 'aria-label': 'Details' }, this.details, this.timelineBox, this.downloadBox),
    );
  }

  startNetwork(): void {
    const network = new Network(this.stage, {
      // a click selects and, outside path mode, draws the node's neighbourhood too
      onNode: (id) =>
        this.update({
          selected: id,
          expanded: this.path || this.state.expanded.includes(id) ? this.state.expanded : [...this.state.expanded, id],
        }),
      onEdge: (id) => this.update({ selected: id }),
      onBackground: () => this.update({ selected: null }),
    });
    this.network = network;
    // for the browser tests and for debugging from the console
    (window as unknown as { kgExplorer: unknown }).kgExplorer = { cy: network.cy };
  }

  // the state is read afresh after each await (and in each callback): another change may have come meanwhile
  async refresh(): Promise<void> {
    const { status, stage } = this;
    try {
      const { focus } = this.state;
      if (!focus) {
        status.textContent = 'Search for a person, organisation, place or event to begin.';
        return;
      }
      status.textContent = 'Loading…';
      // busy until every drawing under way has settled: assistive technology (and the browser tests) wait for it
      this.loading++;
      stage.setAttribute('aria-busy', 'true');
      await this.fetch(focus);
      this.view = buildView(this.state, this.hoods, this.path);
      await this.draw();
      status.textContent = this.path
        ? `Path mode: ${this.path.nodes.length} entities on the shortest paths.`
        : `${this.view.nodes.length} entities, ${this.view.edges.length} relationships. Click a node to expand it, a line to read its sources.`;
    } catch (error) {
      status.textContent = `Could not load: ${(error as Error).message}`;
    } finally {
      this.loading = Math.max(this.loading - 1, 0);
      stage.setAttribute('aria-busy', String(this.loading > 0));
    }
  }

  /** The paths to `state.to` in path mode; otherwise each expanded neighbourhood not fetched yet. */
  private async fetch(focus: string): Promise<void> {
    this.path = this.state.to ? await paths(focus, this.state.to) : null;
    if (!this.path) for (const id of this.state.expanded) if (!this.hoods.has(id)) this.hoods.set(id, await neighbourhood(id));
  }

  private async draw(): Promise<void> {
    const { state, view, path, network } = this;
    const hidden = new Set(state.hidden);
    // shown before drawing: a network laid out while hidden would have no size to lay out in
    this.stage.hidden = state.view === 'table';
    this.table.hidden = state.view !== 'table';
    const settled = network!.show(view.nodes, view.edges, {
      expanded: path ? [] : state.expanded,
      ends: path ? [state.focus!, state.to!] : [],
    });
    network!.filter(hidden);
    network!.select(state.selected);
    this.viewToggle.setAttribute('aria-pressed', String(state.view === 'table'));
    this.drawControls(hidden);
    this.drawDetails();
    await settled;
  }

  /** Beside the drawing: the table, the filters, what was left out, the downloads. */
  private drawControls(hidden: Set<string>): void {
    const { view } = this;
    const shown = visibleInTable(view, hidden);
    clear(
      this.table,
      tableView(shown.nodes, shown.edges, (id) => this.update({ selected: id })),
    );
    clear(
      this.filterBox,
      filters(view, hidden, (token, on) => {
        const now = this.state.hidden;
        this.update({ hidden: on ? now.filter((t) => t !== token) : [...now, token] });
      }),
    );
    clear(
      this.leftOut,
      ...view.leftOut.map((l) =>
        h(
          'p',
          {},
          `${l.atLeast ? 'At least ' : ''}${l.count} left out around ${l.name}. `,
          h('button', { type: 'button', onclick: () => this.update({ show: Math.min(this.state.show + 40, 200) }) }, 'Show more'),
        ),
      ),
    );
    clear(this.downloadBox, downloads(this.state));
  }

  /** The selected relationship's or entity's panel (and the path's, in path mode), and its timeline. */
  private drawDetails(): void {
    const { state, view, path } = this;
    const names = new Map(view.nodes.map((n) => [n.id, n.name]));
    const edge = view.edges.find((e) => e.id === state.selected);
    const node = view.nodes.find((n) => n.id === (state.selected ?? state.focus));
    const panels: HTMLElement[] = [];
    if (path && state.focus && state.to)
      panels.push(pathPanel(state.focus, state.to, path.nodes, path.edges, () => this.update({ to: null, selected: null }, true)));
    if (edge) panels.push(edgePanel(edge, names));
    else if (node) panels.push(this.nodeDetails(node));
    clear(this.details, ...panels);
    const subject = node ?? view.nodes.find((n) => n.id === state.focus);
    if (subject && subject.id !== this.timelineFor) this.drawTimeline(subject);
  }

  private nodeDetails(node: GraphNode): HTMLElement {
    return nodePanel(node, {
      expanded: this.state.expanded.includes(node.id) || Boolean(this.path),
      isFocus: node.id === this.state.focus,
      onExpand: () => this.update({ expanded: [...this.state.expanded, node.id] }),
      onFocus: () => this.focusOn(node.id),
      onPathTo: () => this.update({ to: node.id, selected: null }, true),
    });
  }

  private drawTimeline(subject: GraphNode): void {
    const box = this.timelineBox;
    this.timelineFor = subject.id;
    clear(box, h('h2', {}, `Timeline: ${subject.name}`), h('p', {}, 'Loading…'));
    timeline(subject.id)
      .then((events) => {
        if (this.timelineFor === subject.id) clear(box, h('h2', {}, `Timeline: ${subject.name}`), timelineView(events));
      })
      .catch((error: Error) => clear(box, h('p', {}, `Could not load the timeline: ${error.message}`)));
  }
}
