import type { Core, EdgeSingular } from 'cytoscape';

type Box = { x1: number; y1: number; x2: number; y2: number };

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Which labels win a place: the selected edge, then its neighbours' (.near), then the disputed, then the best sourced. */
function rank(edge: EdgeSingular): number {
  return (edge.selected() ? 1000 : 0) + (edge.hasClass('near') ? 100 : 0) + (edge.hasClass('disputed') ? 10 : 0);
}

/** An edge's label box in model coordinates, which zooming does not change (its font size is in model units). */
export function labelBox(edge: EdgeSingular): Box {
  return edge.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
}

/**
 * Edge labels that do not pile up: where labels would overlap (many edges from one hub, parallel edges),
 * the better ranked one is drawn and the others are quieted (.quiet: kept, not drawn); a quiet label
 * shows when its edge or one of its ends is selected. Run after every layout, selection and filter.
 */
export function declutterEdgeLabels(cy: Core): void {
  const edges = cy.edges().filter((e) => !e.hasClass('filtered') && Boolean(e.data('label')));
  const ranked = edges
    .toArray()
    .map((e) => e as EdgeSingular)
    .map((e) => ({ e, rank: rank(e), citations: Number(e.data('citations') ?? 0) }))
    .sort((a, b) => b.rank - a.rank || b.citations - a.citations || (a.e.id() < b.e.id() ? -1 : 1));
  const shown: Box[] = [];
  cy.batch(() => {
    for (const { e } of ranked) {
      const box = labelBox(e);
      const free = box.x2 > box.x1 && !shown.some((s) => overlap(s, box));
      if (free) shown.push(box);
      e.toggleClass('quiet', !free);
    }
  });
}
