/**
 * Folding for names that reach us through different transliterations of Cyrillic and Kazakh:
 * Nazarbayev / Nazarbaev, Sergei / Sergey, Kazak / Kazakh, Pyotr / Petr. Two names with the same folded
 * form are treated as the same name; the rules are deliberately few, so distinct names stay distinct.
 */
import { remembered } from './remembered.js';

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
// names are folded again for every comparison during resolution: remember the last many
export const foldName = remembered(foldNameUncached);

function foldNameUncached(name: string): string {
  let folded = normaliseName(name);
  for (const [pattern, replacement] of RULES) folded = folded.replace(pattern, replacement);
  return folded.trim();
}
