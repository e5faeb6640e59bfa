import type cytoscape from 'cytoscape';
import { DISPUTED_STYLE } from './appearance.js';

/** The network's look: shape and colour by type, line by status, disputed edges apart, labels when they fit. */
export const NETWORK_STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      shape: 'data(shape)' as never,
      'background-color': 'data(colour)',
      width: 26,
      height: 26,
      'font-size': 11,
      color: '#1b1b1b',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.expanded', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#1b1b1b', 'font-weight': 'bold' } },
  { selector: 'node.end', style: { 'border-width': 4, 'border-color': '#6a1b9a' } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(colour)',
      'line-style': 'data(line)' as never,
      'target-arrow-shape': 'triangle',
      'target-arrow-color': 'data(colour)',
      'curve-style': 'bezier',
      'arrow-scale': 0.8,
      label: 'data(label)',
      'font-size': 8,
      color: '#555555',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'min-zoomed-font-size': 14,
    },
  },
  // sources disagree: a colour of its own, a dash-dot line and a diamond half-way, whatever the summary status
  {
    selector: 'edge.disputed',
    style: {
      'line-color': DISPUTED_STYLE.colour,
      'target-arrow-color': DISPUTED_STYLE.colour,
      'line-style': 'dashed',
      'line-dash-pattern': [...DISPUTED_STYLE.dash],
      width: DISPUTED_STYLE.width,
      'mid-target-arrow-shape': 'diamond',
      'mid-target-arrow-color': DISPUTED_STYLE.colour,
      'mid-target-arrow-fill': 'filled',
    },
  },
  // a relationship's name shows when zoomed in, or when it or one of its ends is selected
  { selector: 'edge:selected, edge.near', style: { 'min-zoomed-font-size': 0, 'font-size': 10, color: '#1b1b1b', 'z-index': 10 } },
  // a label that would lie over one already shown (edge-labels.ts): kept in place, but not drawn
  { selector: 'edge.quiet', style: { 'text-opacity': 0 } },
  { selector: ':selected', style: { 'overlay-color': '#6a1b9a', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: '.filtered', style: { display: 'none' } },
];
