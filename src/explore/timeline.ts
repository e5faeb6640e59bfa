import type { DateClaim, PartialDate, TimelineEvent } from './api.js';
import { h } from './dom.js';
import { disputedBadge } from './evidence.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A date as the fraction of years it covers: a year-only date spans its year, a month its month, a day a point. */
function span(date: PartialDate): [number, number] {
  if (date.month == null) return [date.year, date.year + 1];
  const start = date.year + (date.month - 1) / 12;
  if (date.day == null) return [start, start + 1 / 12];
  const at = start + (date.day - 1) / 365;
  return [at, at];
}

function precisionOf(date: PartialDate): string {
  return date.day != null ? 'day' : date.month != null ? 'month' : 'year';
}

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, String(v));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** The dated events on a time axis: bars as wide as the date's precision, inferred dates hatched and dashed. */
function axis(dated: TimelineEvent[]): SVGSVGElement {
  const spans = dated.map((e) => span(e.date!));
  const from = Math.floor(Math.min(...spans.map((s) => s[0])));
  const to = Math.ceil(Math.max(...spans.map((s) => s[1])) + 0.0001);
  const width = 560;
  const rowHeight = 14;
  const height = 30 + dated.length * rowHeight;
  const x = (t: number) => 20 + ((t - from) / Math.max(to - from, 1)) * (width - 40);
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width: '100%',
    role: 'img',
    'aria-label': `time axis from ${from} to ${to}`,
  }) as SVGSVGElement;
  root.append(svg('line', { x1: 20, y1: 18, x2: width - 20, y2: 18, stroke: '#444' }));
  for (let year = from; year <= to; year++) {
    root.append(svg('line', { x1: x(year), y1: 14, x2: x(year), y2: 22, stroke: '#444' }));
    root.append(svg('text', { x: x(year), y: 10, 'font-size': 10, 'text-anchor': 'middle' }, String(year)));
  }
  dated.forEach((event, i) => {
    const [a, b] = spans[i];
    const y = 28 + i * rowHeight;
    // the other dates the sources give a disputed event: small ticks on its row, beside the date it is placed by
    if (event.disputed) {
      for (const claim of event.dates) {
        const [c] = span(claim.date);
        root.append(svg('line', { x1: x(c), y1: y - 1, x2: x(c), y2: y + 9, stroke: '#8e24aa', 'stroke-width': 2, class: 'other-date' }));
      }
    }
    const inferred = event.date!.inferred;
    const mark =
      a === b
        ? svg('circle', { cx: x(a), cy: y + 4, r: 4 })
        : svg('rect', { x: x(a), y, width: Math.max(x(b) - x(a), 3), height: 8, rx: 2 });
    mark.setAttribute('fill', inferred ? '#ffffff' : '#d08a1e');
    mark.setAttribute('stroke', event.disputed ? '#8e24aa' : '#d08a1e');
    mark.setAttribute('stroke-width', '1.5');
    if (inferred) mark.setAttribute('stroke-dasharray', '3 2');
    mark.append(
      svg(
        'title',
        {},
        `${event.date!.iso}${inferred ? ' (inferred)' : ''}${event.disputed ? ` (disputed: ${event.dates.map((d) => d.date.iso).join(', ')})` : ''}: ${event.name}`,
      ),
    );
    root.append(mark);
  });
  return root;
}

function dateLabel(date: PartialDate): HTMLElement {
  return h(
    'span',
    {
      class: `date${date.inferred ? ' inferred' : ''}`,
      title: `known to the ${precisionOf(date)}${date.inferred ? '; inferred, not stated' : ''}`,
    },
    h('time', { datetime: date.iso }, date.iso),
    date.inferred ? ' (inferred)' : '',
  );
}

/** A disputed event's dates, each with the articles that give it: the sources' own words, side by side. */
function datesGiven(dates: readonly DateClaim[]): HTMLElement {
  return h(
    'ul',
    { class: 'dates-given', 'aria-label': 'the dates the sources give' },
    ...dates.map((d) => {
      const titles = [...new Set(d.citations.map((c) => c.article.title))];
      return h('li', { 'data-date': d.date.iso }, dateLabel(d.date), ` according to ${titles.join('; ')}`);
    }),
  );
}

/** The entity's events, oldest first (as the API orders them), on an axis and as a list; undated ones last. */
export function timelineView(events: TimelineEvent[], onEntity?: (id: string) => void): HTMLElement {
  const dated = events.filter((e) => e.date);
  const undated = events.filter((e) => !e.date);
  const item = (e: TimelineEvent) =>
    h(
      'li',
      { 'data-event': e.id, class: e.disputed ? 'disputed' : undefined },
      e.date ? dateLabel(e.date) : h('span', { class: 'date' }, 'undated'),
      ' ',
      onEntity
        ? h(
            'a',
            {
              href: `/explore/entity/${encodeURIComponent(e.id)}`,
              onclick: (ev) => {
                ev.preventDefault();
                onEntity(e.id);
              },
            },
            e.name,
          )
        : e.name,
      e.place ? ` (${e.place.name})` : '',
      e.disputed ? ' ' : null,
      e.disputed ? disputedBadge() : null,
      e.disputed ? datesGiven(e.dates) : null,
    );
  return h(
    'div',
    { class: 'timeline' },
    events.length === 0 ? h('p', {}, 'No events.') : null,
    dated.length > 0 ? axis(dated) : null,
    dated.length > 0 ? h('ol', { class: 'events', 'aria-label': 'dated events, oldest first' }, ...dated.map(item)) : null,
    undated.length > 0
      ? h('details', {}, h('summary', {}, `${undated.length} undated`), h('ul', { class: 'events' }, ...undated.map(item)))
      : null,
  );
}
