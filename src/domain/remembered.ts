/**
 * A pure function of a string that remembers its last many answers: resolution folds, latinises and
 * reads happening kinds from the same few names again for every comparison. The memory is cleared whole
 * when full, so it stays bounded. 400,000: the names of the records a bulk load's staging store keeps
 * (100,000 records, a few names each) fit, where 50,000 were cleared every few documents and a tenth of
 * staging went to working the same names out again (1M corpus, 372,000 entities: 17.1 -> 20.1 docs/s warm,
 * bench/stage-rate.ts side by side). Each memory holds references to names already held, and short answers.
 */
export function remembered<T>(compute: (input: string) => T, limit = 400_000): (input: string) => T {
  const answers = new Map<string, T>();
  return (input) => {
    let answer = answers.get(input);
    if (answer === undefined) {
      if (answers.size >= limit) answers.clear();
      answer = compute(input);
      answers.set(input, answer);
    }
    return answer;
  };
}
