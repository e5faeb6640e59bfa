import { parse, YAMLParseError } from 'yaml';
import { ExtractionError } from '../domain/errors.js';
import { cleanLine, httpUrl, parsePublished, type ArticleMetadata } from './article-metadata.js';

// --- on the first line, then YAML, then a line of --- (or ...) alone
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

interface FrontMatterSplit {
  metadata: ArticleMetadata;
  /** the text after the front matter (all of it when there is none) */
  body: string;
}

/**
 * Splits off YAML front matter and reads the article's metadata from it (title, author, published or
 * publishedAt or date, url, publisher; other keys are ignored). A block that is not a YAML mapping is
 * not front matter but the text's own (a Markdown rule, say), and is left in the body.
 */
export function splitFrontMatter(source: string, text: string): FrontMatterSplit {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { metadata: {}, body: text };
  let fields: unknown;
  try {
    fields = parse(match[1]);
  } catch (error) {
    // line + 1: the opening --- is the file's first line; the YAML error's own text would quote the file
    const line = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line + 1}` : '';
    throw new ExtractionError(
      `${source}: the front matter (between the --- lines) is not valid YAML${line}; fix it, or remove it and give --title, --author, --published`,
    );
  }
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) return { metadata: {}, body: text };
  return { metadata: metadataOf(source, fields as Record<string, unknown>), body: text.slice(match[0].length) };
}

function metadataOf(source: string, fields: Record<string, unknown>): ArticleMetadata {
  const published = scalar(fields.published ?? fields.publishedAt ?? fields.date);
  const url = scalar(fields.url);
  const metadata: ArticleMetadata = {
    title: cleanLine(scalar(fields.title)),
    author: cleanLine(Array.isArray(fields.author) ? fields.author.map(scalar).filter(Boolean).join(', ') : scalar(fields.author)),
    publisher: cleanLine(scalar(fields.publisher)),
  };
  if (published !== undefined) {
    const date = parsePublished(published);
    if (!date)
      throw new ExtractionError(
        `${source}: the front matter's published date is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY (or give --published)`,
      );
    metadata.publishedAt = date;
  }
  if (url !== undefined) {
    metadata.url = httpUrl(url) ?? undefined;
    if (!metadata.url) throw new ExtractionError(`${source}: the front matter's url is not an http(s) URL; correct it (or give --url)`);
  }
  return metadata;
}

/** A YAML scalar as text (a bare 2003 is a number, a timestamp may be a Date); undefined for anything else. */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}
