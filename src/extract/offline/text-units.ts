import nlp from 'compromise';

/** A sentence of the article, with its offsets in article.text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A run of characters of article.text: what a quote and a span are made of. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Splits the text into sentences with their offsets. Paragraphs (blank-line separated) are split first,
 * since a heading or a byline has no full stop and would otherwise run into the next sentence; compromise
 * then splits each paragraph (it knows "Mr." and "U.S." are not sentence ends).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs(text)) {
    const parts = nlp(paragraph.text).json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
    for (const part of parts) {
      const start = paragraph.start + part.offset.start;
      const span = trimSpan(text, { start, end: start + part.offset.length });
      if (span.end - span.start >= 3) sentences.push({ index: sentences.length, ...span, text: text.slice(span.start, span.end) });
    }
  }
  return sentences;
}

function paragraphs(text: string): Array<{ start: number; text: string }> {
  const found: Array<{ start: number; text: string }> = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push({ start: m.index, text: m[0] });
  return found;
}

/** The span without the whitespace at either end. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * The shortest clause of the sentence that holds every span given: the sentence cut at commas, semicolons,
 * colons and dashes, widened clause by clause until it covers them. A quote that carries a fact should
 * be no longer than the fact needs, so a reviewer reads the evidence and not the paragraph.
 */
export function clauseAround(text: string, sentence: Sentence, spans: readonly Span[], minLength = 25): Span {
  const from = Math.min(...spans.map((s) => s.start));
  const to = Math.max(...spans.map((s) => s.end));
  const cuts = clauseCuts(sentence);
  let start = Math.max(sentence.start, ...cuts.filter((c) => c <= from));
  let end = Math.min(sentence.end, ...cuts.filter((c) => c >= to));
  while (end - start < minLength && (start > sentence.start || end < sentence.end)) {
    start = Math.max(sentence.start, ...cuts.filter((c) => c < start - 1));
    end = Math.min(sentence.end, ...cuts.filter((c) => c > end + 1));
  }
  return trimQuote(text, { start, end });
}

function clauseCuts(sentence: Sentence): number[] {
  const cuts: number[] = [];
  const pattern = /[,;:()\u2013\u2014]|\s-\s/g;
  for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
    cuts.push(sentence.start + m.index, sentence.start + m.index + m[0].length);
  }
  return cuts;
}

/** Without surrounding whitespace and punctuation that belongs to the neighbouring clause. */
function trimQuote(text: string, span: Span): Span {
  let { start, end } = trimSpan(text, span);
  while (start < end && /[,;:\s\u2013\u2014-]/.test(text[start]!)) start++;
  while (end > start && /[,;:\s\u2013\u2014-]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The sentence that holds a position. */
export function sentenceAt(sentences: readonly Sentence[], position: number): Sentence | undefined {
  return sentences.find((s) => s.start <= position && position < s.end);
}

/** Spans grouped by the sentence they are in, in order of first appearance. */
export function bySentence<T extends { sentence: number }>(spans: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const span of spans) groups.set(span.sentence, [...(groups.get(span.sentence) ?? []), span]);
  return groups;
}
