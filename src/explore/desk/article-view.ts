import { h } from '../dom.js';
import type { Item } from './review-model.js';

/**
 * The article's text with every item highlighted where the engine found it. The text is cut at every span
 * boundary; each piece remembers its offset in article.text, so a selection maps back to exact offsets.
 */
export function articleView(text: string, items: Item[], onPick: (id: string) => void): HTMLElement {
  const cuts = new Set([0, text.length]);
  for (const item of items) for (const s of item.spans) if (s.end <= text.length && s.start < s.end) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const body = h('div', { class: 'article-text', 'aria-label': 'The article; select words in it to use them as a quote' });
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = items.filter((item) => item.spans.some((s) => s.start <= start && s.end >= end));
    const piece = text.slice(start, end);
    if (covering.length === 0) {
      body.append(h('span', { 'data-offset': String(start) }, piece));
      continue;
    }
    const weakest = Math.min(...covering.map((c) => c.confidence));
    body.append(
      h(
        'mark',
        {
          'data-offset': String(start),
          'data-items': covering.map((c) => c.id).join(' '),
          class: weakest < 0.7 ? 'weak' : undefined,
          title: covering.map((c) => c.label).join('; '),
          onclick: () => onPick(covering[0].id),
        },
        piece,
      ),
    );
  }
  return body;
}

/** Offset in article.text of a point in the view: the piece's offset plus the point's within it. */
function offsetOf(view: HTMLElement, node: Node, offset: number): number | null {
  const piece = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  if (!piece || !view.contains(piece) || !piece.hasAttribute('data-offset')) return null;
  return Number(piece.getAttribute('data-offset')) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

/**
 * The selected words, when they lie within the article and are verbatim from it (trimmed of the spaces at
 * either end); null otherwise, so that nothing else can be chosen as a quote.
 */
export function verbatimSelection(view: HTMLElement, text: string): { start: number; end: number; quote: string } | null {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  let start = offsetOf(view, range.startContainer, range.startOffset);
  let end = offsetOf(view, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const quote = text.slice(start, end);
  return quote.length >= 3 && selection.toString().trim() === quote ? { start, end, quote } : null;
}
