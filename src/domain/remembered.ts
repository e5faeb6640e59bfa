/**
 * A pure string function that remembers its last many answers: resolution folds and latinises the same
 * few names again for every comparison. The memory is cleared whole when full, so it stays bounded.
 */
export function remembered(compute: (input: string) => string, limit = 50_000): (input: string) => string {
  const answers = new Map<string, string>();
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
