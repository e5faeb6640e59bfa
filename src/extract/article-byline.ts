/** "By Alexander Zakharov", "Author: Alexander Zakharov": a byline paragraph of one to four capitalised words. */
const BYLINE = /^(?:by|author:|written by)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*$/iu;

/**
 * The author a text names in a byline among its first paragraphs, when its metadata names none: a
 * Markdown or text article pasted from a page often keeps "Author: ..." as a line of its own.
 */
export function bylineOf(text: string): string | undefined {
  const firstParagraphs = text.split(/\n\s*\n/).slice(0, 4);
  for (const paragraph of firstParagraphs) {
    const match = BYLINE.exec(paragraph.trim());
    if (match) return match[1];
  }
  return undefined;
}
