import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ExtractionError } from '../domain/errors.js';
import { cleanLine, dateOfTimestamp, httpUrl, mergeMetadata, type ArticleMetadata } from './article-metadata.js';
import { nodeToParagraphs } from './html-text.js';

/** Less text than this is a page's leftovers (a teaser, a cookie notice), not an article. */
const MIN_ARTICLE_CHARACTERS = 200;

type Page = ReturnType<typeof parseHTML>['document'];
type DomNode = Parameters<typeof nodeToParagraphs>[0];

interface HtmlArticle {
  text: string;
  metadata: ArticleMetadata;
}

/**
 * The article in a saved web page: Readability finds the article among the menus, footers and
 * advertisements and gives its title, byline, date and site; the page's meta tags fill in what it does
 * not. A page where it finds no article of some length is refused.
 */
export function readHtmlArticle(source: string, html: string): HtmlArticle {
  const { document } = parseHTML(html);
  // read before Readability, which rewrites the document as it goes
  const fromTags = metaTagMetadata(document);
  removeAdvertisements(document);
  const found = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  const paragraphs = found?.content ? nodeToParagraphs(found.content) : [];
  const byline = cleanLine(found?.byline)?.replace(/^by\s+/i, '');
  const text = withoutLeading(paragraphs, [found?.byline, byline]).join('\n\n');
  if (text.length < MIN_ARTICLE_CHARACTERS) {
    const got = text.length === 0 ? 'no article text' : `only ${text.length} characters of article text`;
    throw new ExtractionError(
      `${source}: no article found in this page (${got} outside its menus and footers); save the article's own page, or copy its text into a .txt or .md file`,
    );
  }
  const fromReadability: ArticleMetadata = {
    title: cleanLine(found?.title),
    author: byline,
    publisher: cleanLine(found?.siteName),
    publishedAt: dateOfTimestamp(found?.publishedTime),
  };
  return { text, metadata: mergeMetadata(fromTags, fromReadability) };
}

/** Readability may keep the byline as one of the article's first paragraphs; it is metadata, not text. */
function withoutLeading(paragraphs: string[], bylines: Array<string | null | undefined>): string[] {
  const drop = new Set(bylines.map((l) => cleanLine(l)).filter((l) => l !== undefined));
  return paragraphs.filter((p, i) => i >= 2 || !drop.has(p));
}

// class or id tokens of advertisement slots: ad, ads, advert, advertisement, ad-inline, ads_top, ...
const AD_TOKEN = /^(ads?|advert|advertisement|sponsored)([-_].*)?$/i;

/**
 * Readability keeps an advertisement that sits inside the article's body (it scores as one more
 * paragraph), and its words would become the draft's text; slots marked as such go first.
 */
function removeAdvertisements(document: Page): void {
  for (const element of Array.from(document.querySelectorAll('[class], [id], ins'))) {
    const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/);
    if (tokens.some((t) => AD_TOKEN.test(t)) || element.classList.contains('adsbygoogle')) element.remove();
  }
}

function metaTagMetadata(document: Page): ArticleMetadata {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const content = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      if (cleanLine(content)) return cleanLine(content);
    }
    return undefined;
  };
  const author = meta('author', 'article:author', 'byl', 'dc.creator');
  const url = meta('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    title: meta('og:title', 'twitter:title', 'dc.title') ?? cleanLine(document.querySelector('title')?.textContent),
    // article:author is often a profile URL, not a name
    author: author && !httpUrl(author) ? author.replace(/^by\s+/i, '') : undefined,
    publisher: meta('og:site_name', 'application-name', 'publisher'),
    url: url ? (httpUrl(url) ?? undefined) : undefined,
    publishedAt: dateOfTimestamp(
      meta('article:published_time', 'og:published_time', 'datePublished', 'date', 'dc.date') ??
        document.querySelector('time[datetime]')?.getAttribute('datetime'),
    ),
  };
}
