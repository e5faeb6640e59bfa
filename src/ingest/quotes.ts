/**
 * Quotes must appear verbatim in the article. Only whitespace and typographic quotes are normalised:
 * extraction tools routinely re-wrap lines and straighten or curl quotation marks, and neither changes
 * what the source said. Anything else (a changed word, a dropped comma) is a different quote.
 */
export function normaliseForQuoteMatch(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function quoteIsVerbatim(quote: string, normalisedArticleText: string): boolean {
  return normalisedArticleText.includes(normaliseForQuoteMatch(quote));
}
