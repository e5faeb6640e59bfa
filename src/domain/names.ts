import { distance } from 'fastest-levenshtein';

/**
 * Folding for names that reach us through different transliterations of Cyrillic and Kazakh:
 * Nazarbayev / Nazarbaev, Sergei / Sergey, Kazak / Kazakh, Pyotr / Petr. Two names with the same folded
 * form are treated as the same name; the rules are deliberately few, so distinct names stay distinct.
 */
const RULES: Array<[RegExp, string]> = [
  [/kh/g, 'k'], // Kazakh / Kazak, Mukhtar / Muktar
  [/x/g, 'ks'], // Alexander / Aleksander
  [/([aeiou])y(?=[aeiou])/g, '$1'], // Nazarbayev / Nazarbaev
  [/([^aeiou\s])yo/g, '$1e'], // Pyotr / Petr, Fyodor / Fedor (the letter ё)
  [/(^|\s)yo/g, '$1e'],
  [/zh/g, 'j'], // Zhanna / Janna
  [/ts/g, 'c'], [/tz/g, 'c'],
  [/y/g, 'i'], // Sergey / Sergei, Yuri / Iuri
  [/ii(?=\s|$)/g, 'i'], // Sergii / Sergi
  [/([a-z])\1+/g, '$1'], // Pullman / Pulman, Massanov / Masanov
];

// Russian and Kazakh Cyrillic to the Latin spelling most English-language sources use (Nazarbaev, Sergei)
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u',
  ү: 'u', һ: 'h', і: 'i',
};

/** Lower case, Latin letters, no diacritics, no punctuation, single spaces. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The transliteration-folded form of a name; the key that entity resolution and search match on. */
export function foldName(name: string): string {
  let folded = normaliseName(name);
  for (const [pattern, replacement] of RULES) folded = folded.replace(pattern, replacement);
  return folded.trim();
}

/** Folded tokens of a text, for building and querying search indexes. Only [a-z0-9] survives. */
export function foldedTokens(text: string): string[] {
  return foldName(text)
    .split(' ')
    .map((t) => t.replace(/[^a-z0-9]/g, ''))
    .filter((t) => t.length > 0);
}

/** Similarity of two folded strings in [0, 1], from their edit distance. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/**
 * How well a query matches a name, in [0, 1]: the whole folded name, or the best run of its tokens as long
 * as the query, so "Duvanov" matches "Sergei Duvanov" fully and "Nazarbeyev" nearly.
 */
export function nameMatchScore(query: string, name: string): number {
  const q = foldedTokens(query);
  const n = foldedTokens(name);
  if (q.length === 0 || n.length === 0) return 0;
  const whole = similarity(q.join(' '), n.join(' '));
  let best = whole;
  const width = Math.min(q.length, n.length);
  for (let i = 0; i + width <= n.length; i++) {
    const window = n.slice(i, i + width).join(' ');
    // a partial match is worth a little less than the whole name, so full names rank first on ties
    best = Math.max(best, similarity(q.join(' '), window) * (0.9 + 0.1 * (width / n.length)));
    // prefixes: "Duv" finds Duvanov
    if (q.length === 1 && window.startsWith(q[0]) && q[0].length >= 3) best = Math.max(best, 0.6 + 0.3 * (q[0].length / window.length));
  }
  return best;
}

/** What a store indexes for search and resolution: the folded tokens of the name and every alias. */
export function searchKeysOf(entity: { name: string; aliases: readonly string[] }): string {
  return [...new Set([entity.name, ...entity.aliases].flatMap(foldedTokens))].join(' ');
}
