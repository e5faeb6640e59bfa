import { neighbourhood, paths, timeline, type Subgraph } from './api.js';
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
  let state: ExplorerState = readState(location.search);
  const hoods = new Map<string, Subgraph>();
  let path: Subgraph | null = null;
  let view: View = { nodes: [], edges: [], leftOut: [] };
  let timelineFor: string | null = null;
  let loading = 0;

  const status = h('p', { class: 'status-line', role: 'status' });
  const stage = h('div', { id: 'network', role: 'img', 'aria-label': 'network drawing; the table view lists the same relationships' });
  const table = h('div', { class: 'table-holder', hidden: true });
  const leftOut = h('div', { class: 'left-out' });
  const filterBox = h('div', { class: 'filters' });
  const details = h('div', { class: 'details' });
  const timelineBox = h('section', { class: 'timeline-panel', 'aria-label': 'Timeline' });
  const downloadBox = h('div', { class: 'downloads' });
  const viewToggle = h(
    'button',
    { type: 'button', 'aria-pressed': 'false', onclick: () => update({ view: state.view === 'table' ? 'network' : 'table' }) },
    'Table view',
  );

  const update = (change: Partial<ExplorerState>, push = false) => {
    state = { ...state, ...change };
    const url = `${location.pathname}${writeState(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void refresh();
  };
  const focusOn = (id: string) => update({ focus: id, expanded: [id], to: null, selected: null }, true);

  // editing controls are for editors only: the link to the desk appears once the server says we are one
  const deskLink = h('a', { href: '/explore/desk', hidden: true }, 'New article');
  viewer.then(
    (v) => {
      deskLink.hidden = !v?.mayEdit;
    },
    () => {},
  );
  const pathBox = searchBox('Find a path to', 'Path to…', (hit) => {
    if (state.focus) update({ to: hit.id, selected: null }, true);
    else status.textContent = 'Choose where the path starts first, in the search box.';
  });
  root.append(
    h(
      'header',
      {},
      h('h1', {}, h('a', { href: '/explore' }, 'Explorer')),
      searchBox('Find an entity', 'Search a name: Duvanov, Nazarbayev…', (hit) => focusOn(hit.id)),
      pathBox,
      viewToggle,
      h('a', { href: '/graphql' }, 'GraphQL'),
      h('a', { href: '/explore/review' }, 'Review queue'),
      deskLink,
      accountBox(viewer),
    ),
    h(
      'main',
      {},
      h('aside', { class: 'sidebar', 'aria-label': 'Filters and legend' }, filterBox, legend()),
      h('section', { class: 'stage' }, status, stage, table, leftOut),
      h('aside', { class: 'panel', 'aria-label': 'Details' }, details, timelineBox, downloadBox),
    ),
  );
  // cytoscape measures its container: create it once the page holds it
  const network = new Network(stage, {
    // a click selects and, outside path mode, draws the node's neighbourhood too
    onNode: (id) => update({ selected: id, expanded: path || state.expanded.includes(id) ? state.expanded : [...state.expanded, id] }),
    onEdge: (id) => update({ selected: id }),
    onBackground: () => update({ selected: null }),
  });
  // for the browser tests and for debugging from the console
  (window as unknown as { kgExplorer: unknown }).kgExplorer = { cy: network.cy };

  addEventListener('popstate', () => {
    state = readState(location.search);
    void refresh();
  });

  async function refresh(): Promise<void> {
    try {
      if (!state.focus) {
        status.textContent = 'Search for a person, organisation, place or event to begin.';
        return;
      }
      status.textContent = 'Loading…';
      // busy until every drawing under way has settled: assistive technology (and the browser tests) wait for it
      loading++;
      stage.setAttribute('aria-busy', 'true');
      path = state.to ? await paths(state.focus, state.to) : null;
      if (!path) for (const id of state.expanded) if (!hoods.has(id)) hoods.set(id, await neighbourhood(id));
      view = buildView(state, hoods, path);
      await draw();
      status.textContent = path
        ? `Path mode: ${path.nodes.length} entities on the shortest paths.`
        : `${view.nodes.length} entities, ${view.edges.length} relationships. Click a node to expand it, a line to read its sources.`;
    } catch (error) {
      status.textContent = `Could not load: ${(error as Error).message}`;
    } finally {
      loading = Math.max(loading - 1, 0);
      stage.setAttribute('aria-busy', String(loading > 0));
    }
  }

  async function draw(): Promise<void> {
    const hidden = new Set(state.hidden);
    // shown before drawing: a network laid out while hidden would have no size to lay out in
    stage.hidden = state.view === 'table';
    table.hidden = state.view !== 'table';
    const settled = network.show(view.nodes, view.edges, {
      expanded: path ? [] : state.expanded,
      ends: path ? [state.focus!, state.to!] : [],
    });
    network.filter(hidden);
    network.select(state.selected);
    viewToggle.setAttribute('aria-pressed', String(state.view === 'table'));
    const shown = visibleInTable(view, hidden);
    clear(
      table,
      tableView(shown.nodes, shown.edges, (id) => update({ selected: id })),
    );
    clear(
      filterBox,
      filters(view, hidden, (token, on) => update({ hidden: on ? state.hidden.filter((t) => t !== token) : [...state.hidden, token] })),
    );
    clear(
      leftOut,
      ...view.leftOut.map((l) =>
        h(
          'p',
          {},
          `${l.atLeast ? 'At least ' : ''}${l.count} left out around ${l.name}. `,
          h('button', { type: 'button', onclick: () => update({ show: Math.min(state.show + 40, 200) }) }, 'Show more'),
        ),
      ),
    );
    clear(downloadBox, downloads(state));
    drawDetails();
    await settled;
  }

  function drawDetails(): void {
    const names = new Map(view.nodes.map((n) => [n.id, n.name]));
    const edge = view.edges.find((e) => e.id === state.selected);
    const node = view.nodes.find((n) => n.id === (state.selected ?? state.focus));
    const panels: HTMLElement[] = [];
    if (path && state.focus && state.to)
      panels.push(pathPanel(state.focus, state.to, path.nodes, path.edges, () => update({ to: null, selected: null }, true)));
    if (edge) panels.push(edgePanel(edge, names));
    else if (node) {
      panels.push(
        nodePanel(node, {
          expanded: state.expanded.includes(node.id) || Boolean(path),
          isFocus: node.id === state.focus,
          onExpand: () => update({ expanded: [...state.expanded, node.id] }),
          onFocus: () => focusOn(node.id),
          onPathTo: () => update({ to: node.id, selected: null }, true),
        }),
      );
    }
    clear(details, ...panels);
    const subject = node ?? view.nodes.find((n) => n.id === state.focus);
    if (subject && subject.id !== timelineFor) {
      timelineFor = subject.id;
      clear(timelineBox, h('h2', {}, `Timeline: ${subject.name}`), h('p', {}, 'Loading…'));
      timeline(subject.id)
        .then((events) => {
          if (timelineFor === subject.id) clear(timelineBox, h('h2', {}, `Timeline: ${subject.name}`), timelineView(events));
        })
        .catch((error: Error) => clear(timelineBox, h('p', {}, `Could not load the timeline: ${error.message}`)));
    }
  }

  void refresh();
}
