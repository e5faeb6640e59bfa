import { basename, extname } from 'node:path';
import type { ReadLimits } from '../files/careful-read.js';
import { ExtractionError } from '../domain/errors.js';
import { readArticleText } from './article-bytes.js';
import { bylineOf } from './article-byline.js';
import { splitFrontMatter } from './article-front-matter.js';
import { readHtmlArticle } from './article-html.js';
import { markdownToText } from './article-markdown.js';
import { mergeMetadata, type ArticleMetadata, type ArticleOverrides } from './article-metadata.js';
import type { ArticleSource } from './engine.js';

export type { ArticleOverrides } from './article-metadata.js';

const KINDS: Record<string, 'markdown' | 'text' | 'html'> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
};
const ARTICLE_EXTENSIONS = Object.keys(KINDS);

/**
 * Reads an article for extraction: Markdown or plain text with optional YAML front matter, or a saved web
 * page. The text is what every quote of the draft is checked against: Markdown as the plain text a
 * reader sees, plain text exactly as written (line ends made LF, trimmed), a page's article without its
 * menus. Metadata comes from the file, then `overrides` (the command line) field by field; a missing
 * title is the first heading, else the file's name. Every refusal names the file and never quotes it.
 */
export function readArticle(path: string, overrides: ArticleOverrides, limits: ReadLimits): ArticleSource {
  const kind = KINDS[extname(path).toLowerCase()];
  if (!kind)
    throw new ExtractionError(
      `${path}: kg extract reads ${ARTICLE_EXTENSIONS.join(', ')} files; save the article as Markdown, plain text or a web page with one of those extensions`,
    );
  const raw = readArticleText(path, limits).replace(/\r\n?/g, '\n');
  if (raw.trim() === '') throw new ExtractionError(`${path}: is empty; give a file with the article's text`);
  const { text, metadata, firstHeading } =
    kind === 'html' ? { ...readHtmlArticle(path, raw), firstHeading: undefined } : textArticle(path, raw, kind);
  const merged = mergeMetadata(metadata, overrides);
  return { ...merged, title: merged.title ?? firstHeading ?? titleFromFileName(path), text, source: path };
}

function textArticle(
  path: string,
  raw: string,
  kind: 'markdown' | 'text',
): { text: string; metadata: ArticleMetadata; firstHeading?: string } {
  const { metadata, body } = splitFrontMatter(path, raw);
  if (body.trim() === '')
    throw new ExtractionError(`${path}: has front matter but no text after it; put the article's text after the closing ---`);
  if (kind === 'text') return { text: body.trim(), metadata: withByline(metadata, body.trim()) };
  const { text, firstHeading } = markdownToText(body);
  if (text === '')
    throw new ExtractionError(`${path}: has no text once its Markdown is read (only markup, images or rules); give the article's text`);
  return { text, metadata: withByline(metadata, text), firstHeading };
}

function withByline(metadata: ArticleMetadata, text: string): ArticleMetadata {
  const author = metadata.author ?? bylineOf(text);
  return author === undefined ? metadata : { ...metadata, author };
}

/** "duvanov-beaten_in-prison.md" -> "duvanov beaten in prison" */
function titleFromFileName(path: string): string {
  const name = basename(path, extname(path)).replace(/[-_]+/g, ' ').trim();
  return name || basename(path);
}
