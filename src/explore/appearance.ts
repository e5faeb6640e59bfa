import { h, words } from './dom.js';

/*
 * How the network encodes what matters: shape and colour by entity type, colour by organisation kind,
 * and line style by status, so an ALLEGED or DENIED claim never looks like a REPORTED one.
 */

export const TYPE_STYLE = {
  PERSON: { shape: 'ellipse', colour: '#2f6fb0' },
  ORGANISATION: { shape: 'round-rectangle', colour: '#7a7a7a' },
  EVENT: { shape: 'diamond', colour: '#d08a1e' },
  PLACE: { shape: 'triangle', colour: '#3d9a4e' },
} as const;

export const KIND_COLOUR: Record<string, string> = {
  PARTY: '#9b3fb5',
  PRISON: '#3b3b3b',
  MEDIA_OUTLET: '#c2417a',
  GOVERNMENT_BODY: '#8c2f2f',
  NGO: '#1f8f8f',
  INTERGOVERNMENTAL: '#4356c9',
  COMPANY: '#8a6d3b',
  COURT: '#5a4a99',
  OTHER: '#7a7a7a',
};

export const STATUS_STYLE = {
  REPORTED: { line: 'solid', colour: '#8a8a8a', width: 2, label: 'the article states it' },
  CONFIRMED: { line: 'solid', colour: '#222222', width: 4, label: 'the source confirms it' },
  ALLEGED: { line: 'dashed', colour: '#d07a00', width: 2.5, label: 'someone claims it; the article hedges' },
  DENIED: { line: 'dotted', colour: '#c0262d', width: 3, label: 'someone denies it' },
} as const;

/** A relationship whose sources disagree (one denies what another asserts), drawn over its status style. */
export const DISPUTED_STYLE = {
  colour: '#8e24aa',
  dash: [8, 3, 2, 3],
  width: 3.5,
  label: 'sources disagree: one denies what another asserts',
} as const;

export function nodeColour(type: keyof typeof TYPE_STYLE, kind: string | null | undefined): string {
  return type === 'ORGANISATION' && kind ? (KIND_COLOUR[kind] ?? TYPE_STYLE.ORGANISATION.colour) : TYPE_STYLE[type].colour;
}

/** A small inline SVG of a shape or line, for the legend. */
function swatch(kind: 'shape' | 'line', shape: string, colour: string, dash = ''): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const shapes: Record<string, string> = {
    ellipse: '<circle cx="14" cy="8" r="6"/>',
    'round-rectangle': '<rect x="6" y="3" width="16" height="10" rx="3"/>',
    diamond: '<polygon points="14,1 21,8 14,15 7,8"/>',
    triangle: '<polygon points="14,2 21,14 7,14"/>',
  };
  svg.innerHTML =
    kind === 'shape'
      ? shapes[shape]
      : `<line x1="2" y1="8" x2="26" y2="8" stroke-width="3" stroke-dasharray="${dash}"/>${shape === 'diamond' ? `<polygon points="14,3 19,8 14,13 9,8" fill="${colour}"/>` : ''}`;
  svg.setAttribute(kind === 'shape' ? 'fill' : 'stroke', colour);
  return svg;
}

export function legend(): HTMLElement {
  const dash = { solid: '', dashed: '6 3', dotted: '2 3' } as const;
  return h(
    'section',
    { class: 'legend', 'aria-label': 'Legend' },
    h('h2', {}, 'Legend'),
    h(
      'ul',
      {},
      ...Object.entries(TYPE_STYLE).map(([type, s]) => h('li', {}, swatch('shape', s.shape, s.colour), words(type))),
      ...Object.entries(KIND_COLOUR)
        .filter(([k]) => k !== 'OTHER')
        .map(([kind, colour]) => h('li', { class: 'kind' }, swatch('shape', 'round-rectangle', colour), words(kind))),
    ),
    h(
      'ul',
      {},
      ...Object.entries(STATUS_STYLE).map(([status, s]) =>
        h('li', {}, swatch('line', '', s.colour, dash[s.line]), h('strong', {}, status), ` ${s.label}`),
      ),
      h(
        'li',
        { class: 'disputed' },
        swatch('line', 'diamond', DISPUTED_STYLE.colour, DISPUTED_STYLE.dash.join(' ')),
        h('strong', {}, 'DISPUTED'),
        ` ${DISPUTED_STYLE.label}`,
      ),
    ),
  );
}
