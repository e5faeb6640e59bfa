import { parseHTML } from 'linkedom';
import { Marked } from 'marked';
import { cleanLine } from './article-metadata.js';
import { nodeToParagraphs } from './html-text.js';

// one instance of our own: marked's global options are shared with anything else in the process
const markdown = new Marked({ gfm: true, async: false });

interface MarkdownText {
  /** plain text: headings and paragraphs as paragraphs, links as their text, no emphasis markers */
  text: string;
  /** the first heading's text, the title when nothing else gives one */
  firstHeading?: string;
}

/** Markdown as the plain text a reader sees, which is what quotes are checked against. */
export function markdownToText(body: string): MarkdownText {
  const html = markdown.parse(body) as string;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const heading = document.querySelector('h1, h2, h3, h4, h5, h6');
  return {
    text: nodeToParagraphs(document.body as never).join('\n\n'),
    firstHeading: cleanLine(heading?.textContent),
  };
}
