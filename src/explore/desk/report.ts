import { h } from '../dom.js';
import type { IngestReport } from './desk-api.js';
import type { Doc } from './review-model.js';

const page = (id: string, name: string) => h('a', { href: `/explore/entity/${encodeURIComponent(id)}` }, name);

/** What "Add to graph" did, as `kg ingest` reports it, with a link to the page of every entity it touched. */
export function reportView(report: IngestReport, document: Doc, onAnother: () => void): HTMLElement {
  const names = new Map<string, string>([...document.entities, ...document.events].map((x: Doc) => [x.key, x.name]));
  const { created, merged, unchanged } = report.entities;
  return h(
    'section',
    { class: 'ingest-report', 'aria-labelledby': 'report-heading' },
    h('h2', { id: 'report-heading', tabindex: '-1' }, `Added “${document.article.title}” to the graph`),
    h(
      'p',
      {},
      `${created} created, ${merged} merged with entities the graph had, ${unchanged} unchanged; ${report.relationshipsCreated} relationships created, ${report.citationsAdded} citations added.`,
    ),
    h('h3', {}, 'Entities and events'),
    h(
      'ul',
      { class: 'outcomes' },
      ...report.outcomes.map((o) => h('li', { 'data-outcome': o.outcome }, page(o.id, names.get(o.key) ?? o.id), ` — ${o.outcome}`)),
    ),
    report.merges.length ? h('h3', {}, 'Recognised as entities the graph had') : null,
    report.merges.length
      ? h('ul', { class: 'merges' }, ...report.merges.map((m) => h('li', {}, `${m.name} → `, page(m.intoId, m.intoName))))
      : null,
    report.nearMisses.length ? h('h3', {}, 'Near misses: similar names not merged, to review') : null,
    report.nearMisses.length
      ? h(
          'ul',
          { class: 'near-misses' },
          ...report.nearMisses.map((n) => h('li', {}, `${n.name} ~ `, page(n.candidateId, n.candidateName), ` (${n.reason})`)),
        )
      : null,
    report.warnings.length ? h('ul', { class: 'warnings' }, ...report.warnings.map((w) => h('li', {}, w))) : null,
    h('p', {}, h('button', { type: 'button', onclick: onAnother }, 'Draft another article')),
  );
}
