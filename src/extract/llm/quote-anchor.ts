import { foldedTokens } from '../../resolution/names.js';

/** How a quote was found in the text: as it is, with only spacing or quote marks differing, or as the sentence it paraphrases. */
type AnchorKind = 'exact' | 'spacing' | 'sentence';
interface Anchored {
  quote: string;
  how: AnchorKind;
}

/** A paraphrase is re-anchored only if this share of its words are in one sentence of the text. */
const MIN_SHARED_WORDS = 0.6;

const STOPWORDS = new Set(
  'a an the of in on at to for by with and or but from that this his her its their he she it they was were is are has had have be been as who which'.split(
    ' ',
  ),
);
const contentWords = (text: string) => new Set(foldedTokens(text).filter((t) => !STOPWORDS.has(t)));

interface Sentence {
  text: string;
  words: Set<string>;
}

/** Sentences of a text: split at line breaks and at . ! ? (with any closing quote) before a space. */
function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?]["'\u201D\u2019)]*)\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Finds each quote of a model's answer in the article: returns the exact substring of the text it stands
 * for, or null when no sentence of the text carries most of its words (then it is not the article's).
 */
export function quoteAnchor(text: string): (quote: string) => Anchored | null {
  const sentences: Sentence[] = sentencesOf(text).map((s) => ({ text: s, words: contentWords(s) }));
  return (quote) => {
    if (quote.trim().length === 0) return null;
    if (text.includes(quote)) return { quote, how: 'exact' };
    const spaced = spacingMatch(text, quote);
    if (spaced) return { quote: spaced, how: 'spacing' };
    const closest = closestSentence(sentences, contentWords(quote));
    return closest ? { quote: closest, how: 'sentence' } : null;
  };
}

const QUOTE_MARKS = `["'\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201A\u201B]`;

/** The text's own characters for a quote that differs only in whitespace or in straight/curly quotation marks. */
function spacingMatch(text: string, quote: string): string | null {
  const pattern = quote
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(new RegExp(QUOTE_MARKS, 'g'), QUOTE_MARKS))
    .join('\\s+');
  return new RegExp(pattern).exec(text)?.[0] ?? null;
}

function closestSentence(sentences: Sentence[], words: Set<string>): string | null {
  if (words.size < 2) return null;
  let best: { text: string; shared: number; dice: number } | null = null;
  for (const s of sentences) {
    let common = 0;
    for (const w of words) if (s.words.has(w)) common++;
    const shared = common / words.size;
    // among sentences that carry the quote equally, the shortest is the closest
    const dice = (2 * common) / (words.size + s.words.size);
    if (common >= 2 && (!best || shared > best.shared || (shared === best.shared && dice > best.dice)))
      best = { text: s.text, shared, dice };
  }
  return best && best.shared >= MIN_SHARED_WORDS ? best.text : null;
}
