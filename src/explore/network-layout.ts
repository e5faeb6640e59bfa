import type { Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';

const COSE = {
  name: 'cose',
  animate: false,
  nodeRepulsion: () => 400000,
  idealEdgeLength: () => 110,
  nodeOverlap: 40,
  gravity: 60,
  numIter: 1500,
  padding: 40,
};

/** The first drawing: a force-directed layout of everything, framed. */
export function layoutAll(cy: Core): Promise<void> {
  return run(cy, { ...COSE, randomize: true, fit: true } as LayoutOptions);
}

/**
 * Adds newcomers to a drawing without moving what is drawn: each starts on a ring around a neighbour
 * already placed, then the layout settles the newcomers only (the others are locked), and the view
 * zooms out only if some newcomer fell outside it. A node a reader was looking at stays where it was.
 */
/**
 * Gives newcomers a first place without moving what is drawn: each on a ring around a neighbour already
 * placed (`preferred`: the expanded nodes, latest first) (or, in a drawing with nothing placed yet, on one ring), so no two share a point even before the
 * layout has run (a hidden network waits for it).
 */
export function ringNewcomers(cy: Core, newcomers: NodeCollection, preferred: readonly string[]): string | null {
  const placed = cy.nodes().difference(newcomers);
  const rings = new Map<string, string[]>();
  for (const n of newcomers.toArray()) {
    const around = n.neighborhood().nodes().intersection(placed);
    // beside the node whose expansion brought it (the latest expanded first), else any placed neighbour
    const key = preferred.find((id) => around.toArray().some((m) => m.id() === id)) ?? around[0]?.id() ?? '';
    rings.set(key, [...(rings.get(key) ?? []), n.id()]);
  }
  const box = placed.nonempty() ? placed.boundingBox({}) : { x1: 0, x2: 0, y1: 0, y2: 0 };
  for (const [anchorId, ids] of rings) {
    const at = anchorId ? cy.getElementById(anchorId).position() : { x: box.x2 + (placed.nonempty() ? 120 : 0), y: (box.y1 + box.y2) / 2 };
    const radius = 110 + 6 * ids.length;
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length + 0.3;
      cy.getElementById(id).position({ x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) });
    });
  }
  // the node whose neighbours came: the one just expanded, as a rule
  return [...rings].filter(([id]) => id).sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? null;
}

/**
 * Settles newcomers (already ringed) without moving what is drawn: the layout runs with the others locked.
 * If some newcomer then lies outside the view, the view zooms out around `anchor` (the node just expanded),
 * so that node stays under the reader's pointer while its neighbours come into view.
 */
export async function placeNewcomers(cy: Core, newcomers: NodeCollection, anchor: string | null): Promise<void> {
  const placed = cy.nodes().difference(newcomers);
  placed.lock();
  try {
    await run(cy, { ...COSE, randomize: false, fit: false, numIter: 600 } as LayoutOptions);
  } finally {
    placed.unlock();
  }
  const centre = anchor ? cy.getElementById(anchor) : null;
  if (centre?.nonempty()) zoomOutAround(cy, centre.position(), newcomers);
  else if (!inView(cy, newcomers)) cy.fit(undefined, 40);
}

const PADDING = 40;

function inView(cy: Core, nodes: NodeCollection): boolean {
  const view = cy.extent();
  return nodes.toArray().every((n) => {
    const p = (n as NodeSingular).position();
    return p.x >= view.x1 && p.x <= view.x2 && p.y >= view.y1 && p.y <= view.y2;
  });
}

/** The largest zoom, no larger than now, at which every node lies in the view with `p` fixed on screen. */
function zoomOutAround(cy: Core, p: { x: number; y: number }, nodes: NodeCollection): void {
  const zoom = cy.zoom();
  const at = { x: p.x * zoom + cy.pan().x, y: p.y * zoom + cy.pan().y };
  let fits = zoom;
  for (const n of nodes.toArray()) {
    const q = (n as NodeSingular).position();
    for (const [d, r, size] of [
      [q.x - p.x, at.x, cy.width()],
      [q.y - p.y, at.y, cy.height()],
    ]) {
      const room = d > 0 ? size - PADDING - r : r - PADDING;
      if (d !== 0 && room > 0) fits = Math.min(fits, room / Math.abs(d));
    }
  }
  if (fits < zoom) cy.zoom({ level: Math.max(fits, cy.minZoom()), renderedPosition: at });
}

function run(cy: Core, options: LayoutOptions): Promise<void> {
  const layout = cy.layout(options);
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  return stopped.then(() => undefined);
}
