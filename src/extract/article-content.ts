import { ExtractionError } from '../domain/errors.js';
import { splitFrontMatter } from './article-front-matter.js';
import { readHtmlArticle } from './article-html.js';
import { markdownToText } from './article-markdown.js';
import { mergeMetadata, type ArticleMetadata, type ArticleOverrides } from './article-metadata.js';
import type { ArticleSource } from './engine.js';

export type ArticleContentKind = 'markdown' | 'text' | 'html';

/**
 * An article given as content rather than a path (text pasted or a file uploaded to the server), read the
 * way `readArticle` reads a file of the same kind: the same front matter, Markdown and HTML readers, the
 * same refusals. `source` labels messages ("pasted text", an upload's name); no message quotes the content.
 */
export function articleFromContent(source: string, content: string, kind: ArticleContentKind, overrides: ArticleOverrides): ArticleSource {
  const raw = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (raw.trim() === '') throw new ExtractionError(`${source}: is empty; give the article's text`);
  if (raw.includes('\u0000'))
    throw new ExtractionError(`${source}: is a binary file, not an article; give the article as Markdown, plain text or a saved web page`);
  const { text, metadata, firstHeading } =
    kind === 'html' ? { ...readHtmlArticle(source, raw), firstHeading: undefined } : textOf(source, raw, kind);
  const merged = mergeMetadata(metadata, overrides);
  const title = merged.title ?? firstHeading;
  if (!title) throw new ExtractionError(`${source}: has no title; give the article's title`);
  return { ...merged, title, text, source };
}

function textOf(
  source: string,
  raw: string,
  kind: 'markdown' | 'text',
): { text: string; metadata: ArticleMetadata; firstHeading?: string } {
  const { metadata, body } = splitFrontMatter(source, raw);
  if (body.trim() === '')
    throw new ExtractionError(`${source}: has front matter but no text after it; put the article's text after the closing ---`);
  if (kind === 'text') return { text: body.trim(), metadata };
  const { text, firstHeading } = markdownToText(body);
  if (text === '')
    throw new ExtractionError(`${source}: has no text once its Markdown is read (only markup, images or rules); give the article's text`);
  return { text, metadata, firstHeading };
}
