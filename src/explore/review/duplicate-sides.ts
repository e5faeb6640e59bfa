import { h, words } from '../dom.js';
import type { DuplicateCandidate, MergePlan, Side } from './review-api.js';

export const entityLink = (e: { id: string; name: string }) => h('a', { href: `/explore/entity/${encodeURIComponent(e.id)}` }, e.name);

const listOr = (items: Array<Node | string>, none: string) =>
  items.length === 0 ? h('p', { class: 'none' }, none) : h('ul', {}, ...items.map((item) => h('li', {}, item)));

/** One of the look-alikes as an editor compares it: names, kind or roles, relationships, articles. */
function sideView(side: Side): HTMLElement {
  const articles = [...new Map(side.mentions.map((m) => [m.article.id, m.article.title])).values()];
  return h(
    'section',
    { class: 'look-alike', 'data-entity': side.id, 'aria-label': side.name },
    h('h4', {}, entityLink(side)),
    h(
      'p',
      { class: 'meta' },
      words(side.type),
      'kind' in side && side.kind ? ` · ${words(side.kind)}` : '',
      'roles' in side && side.roles.length ? ` · ${side.roles.join(', ')}` : '',
      ` · ${side.id}`,
    ),
    h('h5', {}, 'Also known as'),
    listOr(side.aliases, 'no other names'),
    h('h5', {}, `Relationships (${side.related.length})`),
    listOr(
      side.related.map((r) =>
        r.direction === 'OUT'
          ? `${words(r.type)}${r.role ? ` (${r.role})` : ''} → ${r.other.name}`
          : `${r.other.name} → ${words(r.type)}${r.role ? ` (${r.role})` : ''}`,
      ),
      'none',
    ),
    h('h5', {}, 'Articles'),
    listOr(articles, 'none'),
  );
}

/** The look-alikes side by side, with why they were proposed. */
export function comparison(candidate: DuplicateCandidate): HTMLElement {
  return h('div', { class: 'compare' }, ...candidate.entities.map(sideView));
}

/** What the merge would change, from `previewMerge` (the dry run), before the editor confirms it. */
export function planView(plan: MergePlan, names: Map<string, string>): HTMLElement {
  const name = (id: string) => names.get(id) ?? id;
  return h(
    'div',
    { class: 'merge-plan' },
    h('p', {}, `${plan.from.map(name).join(', ')} would become part of ${name(plan.into)} (keeping its id and name).`),
    h(
      'ul',
      {},
      h('li', {}, `Names added as aliases: ${plan.aliasesAdded.length ? plan.aliasesAdded.join(', ') : 'none'}`),
      plan.rolesAdded.length ? h('li', {}, `Roles added: ${plan.rolesAdded.join(', ')}`) : null,
      h('li', {}, `Relationships moved over: ${plan.repointed.length}`),
      h('li', {}, `Relationships that become one claim with all their citations: ${plan.fused.length}`),
      h('li', {}, `Mentions moved: ${plan.mentionsMoved}`),
    ),
    plan.warnings.length ? h('ul', { class: 'warnings' }, ...plan.warnings.map((w) => h('li', {}, w))) : null,
  );
}
