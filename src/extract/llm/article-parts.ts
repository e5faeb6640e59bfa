/**
 * Splits an article into parts of at most `maxChars` characters at paragraph breaks (a blank line), so
 * each part fits a small model's context and the model reads whole paragraphs. A paragraph longer than
 * the bound is split at sentence ends, and a sentence longer than that at the bound itself. Each part is
 * a substring of the text, so a quote the model copies from a part is a quote from the article.
 */
export function articleParts(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text];
  const parts: string[] = [];
  let current = '';
  for (const piece of pieces(text, maxChars)) {
    if (current && current.length + piece.length > maxChars) {
      parts.push(current.trim());
      current = '';
    }
    current += piece;
  }
  if (current.trim()) parts.push(current.trim());
  return parts.filter((p) => p.length > 0);
}

/** Paragraphs with their separators, each within the bound. */
function pieces(text: string, maxChars: number): string[] {
  const paragraphs = text.split(/(?<=\n[ \t]*\n)/);
  return paragraphs.flatMap((p) => (p.length <= maxChars ? [p] : sentencesWithin(p, maxChars)));
}

function sentencesWithin(paragraph: string, maxChars: number): string[] {
  const sentences = paragraph.split(/(?<=[.!?]["'\u201D\u2019)]?\s)/);
  return sentences.flatMap((s) => {
    const chunks: string[] = [];
    for (let i = 0; i < s.length; i += maxChars) chunks.push(s.slice(i, i + maxChars));
    return chunks;
  });
}
