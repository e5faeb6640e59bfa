/**
 * Folding for names that reach us through different transliterations of Cyrillic and Kazakh:
 * Nazarbayev / Nazarbaev, Sergei / Sergey, Kazak / Kazakh, Pyotr / Petr. Two names with the same folded
 * form are treated as the same name; the rules are deliberately few, so distinct names stay distinct.
 */
import { normaliseName } from '../domain/normalise-name.js';
import { remembered } from './remembered.js';

const RULES: Array<[RegExp, string]> = [
  [/kh/g, 'k'], // Kazakh / Kazak, Mukhtar / Muktar
  [/x/g, 'ks'], // Alexander / Aleksander
  [/([aeiou])y(?=[aeiou])/g, '$1'], // Nazarbayev / Nazarbaev
  [/([^aeiou\s])yo/g, '$1e'], // Pyotr / Petr, Fyodor / Fedor (the letter ё)
  [/(^|\s)yo/g, '$1e'],
  [/zh/g, 'j'], // Zhanna / Janna
  [/ts/g, 'c'],
  [/tz/g, 'c'],
  [/y/g, 'i'], // Sergey / Sergei, Yuri / Iuri
  [/ii(?=\s|$)/g, 'i'], // Sergii / Sergi
  [/([a-z])\1+/g, '$1'], // Pullman / Pulman, Massanov / Masanov
];

/** The transliteration-folded form of a name; the key that entity resolution and search match on. */
// names are folded again for every comparison during resolution: remember the last many
export const foldName = remembered(foldNameUncached);

function foldNameUncached(name: string): string {
  let folded = normaliseName(name);
  for (const [pattern, replacement] of RULES) folded = folded.replace(pattern, replacement);
  return folded.trim();
}
