import { disputesOf, entity, type Citation, type Dispute, type EntityDetails, type Relationship, type TimelineEvent } from './api.js';
import type { Viewer } from './account.js';
import { h, words } from './dom.js';
import { citationView, disputedBadge, sidesOf, sidesView, statusBadge } from './evidence.js';
import { historySection } from './review/history-section.js';
import { timelineView } from './timeline.js';

const entityLink = (e: { id: string; name: string }) => h('a', { href: `/explore/entity/${encodeURIComponent(e.id)}` }, e.name);

/** One relationship: the sentence it makes, its summary status, and its citations; a disputed one by side. */
function relationshipItem(r: Relationship, name: string): HTMLElement {
  const other = entityLink(r.other);
  const verb = h('strong', {}, `${words(r.type)}${r.role ? ` (${r.role})` : ''}`);
  const sentence = r.direction === 'OUT' ? [name, ' ', verb, ' ', other] : [other, ' ', verb, ' ', name];
  return h(
    'li',
    { class: `relationship${r.disputed ? ' disputed' : ''}`, 'data-type': r.type },
    h('p', { class: 'summary' }, ...sentence, ' ', statusBadge(r.status), r.disputed ? ' ' : null, r.disputed ? disputedBadge() : null),
    ...(r.disputed ? [sidesView(sidesOf(r.citations))] : r.citations.map((c) => citationView(c))),
  );
}

type Side = [string, Citation[]];

/**
 * A dispute's sides from what the page already holds: a relationship's citations by the status each source
 * gives (as Dispute.positions has them), an event's dates each with its sources; null when not loaded.
 */
function sidesFor(d: Dispute, details: EntityDetails, timeline: TimelineEvent[]): Side[] | null {
  if (d.relationship) {
    const r = details.related.find((x) => x.relationshipId === d.relationship!.id);
    return r ? sidesOf(r.citations) : null;
  }
  const event = timeline.find((e) => e.id === d.entity.id) ?? (details.id === d.entity.id && 'dates' in details ? details : null);
  return event ? event.dates.map((c): Side => [`${c.date.iso}${c.date.inferred ? ' (inferred)' : ''}`, c.citations]) : null;
}

/** Where the sources disagree about this entity or its events: each disagreement with its sides and their quotes. */
function disagreements(found: { disputes: Dispute[]; complete: boolean }, details: EntityDetails, timeline: TimelineEvent[]): HTMLElement {
  const subject = (d: Dispute) =>
    d.relationship
      ? [
          entityLink(d.entity),
          ` ${words(d.relationship.type)}${d.relationship.role ? ` (${d.relationship.role})` : ''} `,
          entityLink(d.relationship.other),
          ': does it hold?',
        ]
      : ['The date of ', entityLink(d.entity)];
  return h(
    'section',
    { class: 'disagreements' },
    h('h2', {}, `Disagreements (${found.disputes.length})`),
    found.disputes.length === 0 ? h('p', {}, 'The sources agree on everything they say about it.') : null,
    ...found.disputes.map((d) => {
      const sides = sidesFor(d, details, timeline);
      return h(
        'section',
        { class: 'dispute', 'data-dispute': d.id, 'data-aspect': d.aspect },
        h('h3', {}, ...subject(d)),
        sides
          ? sidesView(sides, (value) => (d.aspect === 'status' ? statusBadge(value) : h('strong', {}, value)))
          : h('p', {}, 'Its sources are on the page of ', entityLink(d.entity), '.'),
      );
    }),
    found.complete ? null : h('p', { class: 'note' }, 'Only the first disagreements of the graph were read; there may be more.'),
  );
}

/** The articles behind everything said about the entity, each once. */
function articlesOf(details: EntityDetails): Citation['article'][] {
  const all = [...details.mentions, ...details.related.flatMap((r) => r.citations)].map((c) => c.article);
  return [...new Map(all.map((a) => [a.id, a])).values()];
}

function header(details: EntityDetails): HTMLElement {
  return h(
    'header',
    { class: 'entity-header' },
    h('p', {}, h('a', { href: '/explore' }, 'Explorer'), ' › ', words(details.type)),
    h('h1', {}, details.name),
    details.aliases.length > 0 ? h('p', {}, 'Also known as ', details.aliases.join(', ')) : null,
    'roles' in details && details.roles.length ? h('p', { class: 'roles' }, details.roles.join(', ')) : null,
    'kind' in details && details.kind ? h('p', { class: 'kind' }, words(details.kind)) : null,
    ...('dates' in details ? eventLines(details) : []),
    h('p', {}, h('a', { href: `/explore?focus=${encodeURIComponent(details.id)}` }, 'See the network around it')),
  );
}

/** An event's date (and the dates the sources give, when they disagree) and place. */
function eventLines(event: Extract<EntityDetails, { dates: unknown }>): Array<HTMLElement | null> {
  return [
    event.date ? h('p', {}, 'Date: ', event.date.iso, event.date.inferred ? ' (inferred)' : '') : null,
    event.disputed
      ? h(
          'p',
          { class: 'dates-disputed' },
          disputedBadge(),
          ' the sources give ',
          event.dates.map((d) => `${d.date.iso}${d.date.inferred ? ' (inferred)' : ''}`).join(', '),
          '; see Disagreements.',
        )
      : null,
    event.place ? h('p', {}, 'Place: ', h('a', { href: `/explore/entity/${encodeURIComponent(event.place.id)}` }, event.place.name)) : null,
  ];
}

/** /explore/entity/<id>: everything the graph says about one entity, with its evidence; a link to paste into a story file. */
export async function startEntityPage(root: HTMLElement, id: string, viewer: Promise<Viewer | null>): Promise<void> {
  const { node: details, timeline } = await entity(id).catch((error: Error) => {
    root.append(h('p', { role: 'alert' }, `Could not load ${id}: ${error.message}`));
    return { node: null, timeline: [] };
  });
  if (!details) {
    if (!root.hasChildNodes()) root.append(h('p', { role: 'alert' }, `No entity has the id ${id}.`));
    return;
  }
  document.title = `${details.name} · Knowledge graph explorer`;
  const disputes = await disputesOf(details.id, new Set(timeline.map((e) => e.id))).catch(() => null);
  root.append(
    h(
      'article',
      { class: 'entity-page' },
      header(details),
      disputes ? disagreements(disputes, details, timeline) : h('p', { role: 'alert' }, 'Could not load the disagreements.'),
      relationshipsSection(details),
      timelineSection(timeline),
      articlesSection(details),
      historySection(details.id, viewer),
      h(
        'section',
        { class: 'mentions' },
        h('h2', {}, 'Where the sources mention it'),
        ...details.mentions.map((c) => citationView(c, { withClaim: false })),
      ),
      statusesNote(),
    ),
  );
}

/** The entity's relationships, by type. */
function relationshipsSection(details: EntityDetails): HTMLElement {
  const groups = new Map<string, Relationship[]>();
  for (const r of details.related) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  return h(
    'section',
    { class: 'relationships' },
    h('h2', {}, `Relationships (${details.related.length})`),
    ...[...groups].map(([type, rs]) =>
      h('section', { 'data-type': type }, h('h3', {}, words(type)), h('ul', {}, ...rs.map((r) => relationshipItem(r, details.name)))),
    ),
  );
}

function timelineSection(timeline: TimelineEvent[]): HTMLElement {
  return h(
    'section',
    { class: 'timeline-panel' },
    h('h2', {}, 'Timeline'),
    timelineView(timeline, (eventId) => {
      location.href = `/explore/entity/${encodeURIComponent(eventId)}`;
    }),
  );
}

function articlesSection(details: EntityDetails): HTMLElement {
  return h(
    'section',
    { class: 'articles' },
    h('h2', {}, 'Articles that mention it'),
    h(
      'ul',
      {},
      ...articlesOf(details).map((a) =>
        h('li', {}, a.url ? h('a', { href: a.url, rel: 'noopener noreferrer' }, a.title) : a.title, a.author ? ` — ${a.author}` : ''),
      ),
    ),
  );
}

/** The statuses, explained once, for readers who arrive by a pasted link. */
function statusesNote(): HTMLElement {
  return h(
    'p',
    { class: 'note' },
    'Statuses: ',
    statusBadge('REPORTED'),
    ' stated as fact, ',
    statusBadge('ALLEGED'),
    ' claimed, hedged, ',
    statusBadge('CONFIRMED'),
    ' confirmed, ',
    statusBadge('DENIED'),
    ' denied.',
  );
}
