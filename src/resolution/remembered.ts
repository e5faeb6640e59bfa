/**
 * A pure function of a string that remembers its last many answers: resolution folds, latinises and
 * reads happening kinds from the same few names again for every comparison. The memory is cleared whole
 * when full, so it stays bounded. A memory that a request's own text reaches (foldName: search folds the
 * query) keeps the default; one that only stored and ingested names reach may keep more (spelling.ts).
 */
export function remembered<T>(compute: (input: string) => T, limit = 50_000): (input: string) => T {
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
