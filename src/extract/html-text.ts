/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
]);
/** Elements whose content is not text a reader sees. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'button',
  'select',
  'input',
  'textarea',
]);
const CELLS = new Set(['td', 'th']);

interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  childNodes: ArrayLike<DomNode>;
}

/** The paragraphs of a node of a parsed DOM. */
export function nodeToParagraphs(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let line = '';
  const flush = () => {
    const text = line
      .split('\n')
      .map((l) => l.replace(/[ \t\f\v\r\u00a0]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text) paragraphs.push(text);
    line = '';
  };
  const walk = (node: DomNode, pre: boolean) => {
    if (node.nodeType === 3) {
      line += pre ? (node.nodeValue ?? '') : (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.localName ?? '';
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      line += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    if (CELLS.has(name)) line += ' ';
    for (const child of Array.from(node.childNodes)) walk(child, pre || name === 'pre');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs;
}
