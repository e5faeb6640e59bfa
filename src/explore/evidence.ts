import type { Citation } from './api.js';
import { h } from './dom.js';

/** A citation as a journalist needs it: the verbatim quote, then the article's title (linked), author. */
export function citationView(citation: Citation): HTMLElement {
  const { article } = citation;
  const title = article.url
    ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.title)
    : h('span', {}, article.title);
  return h('figure', { class: 'citation' },
    h('blockquote', { class: 'quote' }, citation.quote),
    h('figcaption', {}, '— ', h('cite', {}, title), article.author ? `, ${article.author}` : ''));
}

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `status status-${status.toLowerCase()}` }, status);
}
