import nlp from 'compromise';

/**
 * The main verb of a sentence between two positions (the doer's name and the date), as written and as
 * its infinitive: what a dated event without a cue word is named after. Auxiliaries ("was", "has") are
 * not a happening.
 */
export function verbNear(
  sentence: { text: string },
  from: number,
  to: number,
): { text: string; at: number; infinitive: string } | undefined {
  const terms = (
    nlp(sentence.text).json({ offset: true, terms: { offset: true, tags: true } }) as Array<{
      terms: Array<{ text: string; tags: string[]; offset: { start: number } }>;
    }>
  )
    .flatMap((s) => s.terms)
    .filter((t) => t.tags.includes('Verb') && !t.tags.includes('Auxiliary') && !t.tags.includes('Copula') && !t.tags.includes('Modal'));
  const between = terms.filter((t) => t.offset.start >= Math.min(from, to) && t.offset.start <= Math.max(from, to));
  const term = between[0] ?? terms[0];
  if (!term || !/^\p{L}+$/u.test(term.text)) return undefined;
  const infinitive = (nlp(term.text).verbs().toInfinitive().text() as string).trim().toLowerCase() || term.text.toLowerCase();
  return { text: term.text, at: term.offset.start, infinitive };
}
