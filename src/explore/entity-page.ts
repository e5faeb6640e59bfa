import { entity, type Citation, type EntityDetails, type Relationship } from './api.js';
import { h, words } from './dom.js';
import { citationView, statusBadge } from './evidence.js';
import { timelineView } from './timeline.js';

function relationshipItem(r: Relationship, name: string): HTMLElement {
  const other = h('a', { href: `/explore/entity/${encodeURIComponent(r.other.id)}` }, r.other.name);
  const verb = h('strong', {}, `${words(r.type)}${r.role ? ` (${r.role})` : ''}`);
  const sentence = r.direction === 'OUT' ? [name, ' ', verb, ' ', other] : [other, ' ', verb, ' ', name];
  return h('li', { class: 'relationship', 'data-type': r.type },
    h('p', {}, ...sentence, ' ', statusBadge(r.status)),
    ...r.citations.map(citationView));
}

/** The articles behind everything said about the entity, each once. */
function articlesOf(details: EntityDetails): Citation['article'][] {
  const all = [...details.mentions, ...details.related.flatMap((r) => r.citations)].map((c) => c.article);
  return [...new Map(all.map((a) => [a.id, a])).values()];
}

function header(details: EntityDetails): HTMLElement {
  return h('header', { class: 'entity-header' },
    h('p', {}, h('a', { href: '/explore' }, 'Explorer'), ' › ', words(details.type)),
    h('h1', {}, details.name),
    details.aliases.length > 0 ? h('p', {}, 'Also known as ', details.aliases.join(', ')) : null,
    details.roles?.length ? h('p', { class: 'roles' }, details.roles.join(', ')) : null,
    details.kind ? h('p', { class: 'kind' }, words(details.kind)) : null,
    details.date ? h('p', {}, 'Date: ', details.date.iso, details.date.inferred ? ' (inferred)' : '') : null,
    details.place ? h('p', {}, 'Place: ', h('a', { href: `/explore/entity/${encodeURIComponent(details.place.id)}` }, details.place.name)) : null,
    h('p', {}, h('a', { href: `/explore?focus=${encodeURIComponent(details.id)}` }, 'See the network around it')));
}

/** /explore/entity/<id>: everything the graph says about one entity, with its evidence; a link to paste into a story file. */
export async function startEntityPage(root: HTMLElement, id: string): Promise<void> {
  const { node: details, timeline } = await entity(id).catch((error: Error) => {
    root.append(h('p', { role: 'alert' }, `Could not load ${id}: ${error.message}`));
    return { node: null, timeline: [] };
  });
  if (!details) {
    if (!root.hasChildNodes()) root.append(h('p', { role: 'alert' }, `No entity has the id ${id}.`));
    return;
  }
  document.title = `${details.name} · Knowledge graph explorer`;
  const groups = new Map<string, Relationship[]>();
  for (const r of details.related) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  root.append(h('article', { class: 'entity-page' },
    header(details),
    h('section', { class: 'relationships' },
      h('h2', {}, `Relationships (${details.related.length})`),
      ...[...groups].map(([type, rs]) => h('section', { 'data-type': type }, h('h3', {}, words(type)), h('ul', {}, ...rs.map((r) => relationshipItem(r, details.name)))))),
    h('section', { class: 'timeline-panel' }, h('h2', {}, 'Timeline'), timelineView(timeline, (eventId) => { location.href = `/explore/entity/${encodeURIComponent(eventId)}`; })),
    h('section', { class: 'articles' },
      h('h2', {}, 'Articles that mention it'),
      h('ul', {}, ...articlesOf(details).map((a) => h('li', {},
        a.url ? h('a', { href: a.url, rel: 'noopener noreferrer' }, a.title) : a.title, a.author ? ` — ${a.author}` : '')))),
    h('section', { class: 'mentions' },
      h('h2', {}, 'Where the sources mention it'),
      ...details.mentions.map(citationView)),
    // statuses are explained once, for readers who arrive by a pasted link
    h('p', { class: 'note' }, 'Statuses: ', statusBadge('REPORTED'), ' stated as fact, ', statusBadge('ALLEGED'), ' claimed, hedged, ',
      statusBadge('CONFIRMED'), ' confirmed, ', statusBadge('DENIED'), ' denied.')));
}
