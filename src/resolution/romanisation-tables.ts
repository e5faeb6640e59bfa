/**
 * How each Cyrillic letter of Russian, Ukrainian and Kazakh is written in Latin letters by the public
 * romanisation systems, one row per letter, one column per system, as the systems print it (diacritics
 * included; `latinise` in spelling.ts reads them). Spelling matching (spelling.ts) treats two Latin spellings
 * as one name when some Cyrillic spelling gives each of them, letter by letter, under these columns.
 * A cell may hold several spellings separated by `|` (a system that spells a letter differently by
 * position, e.g. BGN/PCGN `ye` at the start of a word and after a vowel, `e` elsewhere). `-` means the
 * system writes nothing for the letter.
 */

/**
 * Russian, one column per system in this order: BGN/PCGN 1947, ISO 9:1995, ALA-LC (ligature ties dropped),
 * ICAO Doc 9303 (passports since 2013), MVD passports of order 310 (1997), MVD passports of order 782 (2000),
 * the English-language press's usual spelling, German (Duden).
 */
export const RUSSIAN: ReadonlyArray<readonly [string, ...string[]]> = [
  ['а', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a'],
  ['б', 'b', 'b', 'b', 'b', 'b', 'b', 'b', 'b'],
  ['в', 'v', 'v', 'v', 'v', 'v', 'v', 'v', 'w'],
  ['г', 'g', 'g', 'g', 'g', 'g', 'g', 'g', 'g'],
  ['д', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd'],
  ['е', 'ye|e', 'e', 'e', 'e', 'e', 'e|ye', 'ye|e', 'je|e'],
  ['ё', 'ë', 'ë', 'ë', 'e', 'e', 'yo|ye|e', 'yo|o|e', 'jo|o'],
  ['ж', 'zh', 'ž', 'zh', 'zh', 'zh', 'zh', 'zh|j', 'sch'],
  // German writes з as s between vowels; left out, because it would make с and з one letter
  ['з', 'z', 'z', 'z', 'z', 'z', 'z', 'z', 'z'],
  ['и', 'i', 'i', 'i', 'i', 'i', 'i', 'i', 'i'],
  ['й', 'y', 'j', 'ĭ', 'i', 'y', 'y', 'y|i', 'j|i'],
  ['к', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k'],
  ['л', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'l'],
  ['м', 'm', 'm', 'm', 'm', 'm', 'm', 'm', 'm'],
  ['н', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n'],
  ['о', 'o', 'o', 'o', 'o', 'o', 'o', 'o', 'o'],
  ['п', 'p', 'p', 'p', 'p', 'p', 'p', 'p', 'p'],
  ['р', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  ['с', 's', 's', 's', 's', 's', 's', 's', 's'],
  ['т', 't', 't', 't', 't', 't', 't', 't', 't'],
  ['у', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u'],
  ['ф', 'f', 'f', 'f', 'f', 'f', 'f', 'f', 'f'],
  ['х', 'kh', 'h', 'kh', 'kh', 'kh', 'kh', 'kh|h', 'ch'],
  ['ц', 'ts', 'c', 'ts', 'ts', 'tc', 'ts', 'ts|tz', 'z'],
  ['ч', 'ch', 'č', 'ch', 'ch', 'ch', 'ch', 'ch', 'tsch'],
  ['ш', 'sh', 'š', 'sh', 'sh', 'sh', 'sh', 'sh', 'sch'],
  ['щ', 'shch', 'ŝ', 'shch', 'shch', 'shch', 'shch', 'shch', 'schtsch'],
  ['ъ', '-', '-', '-', 'ie', '-', '-', '-', '-'],
  ['ы', 'y', 'y', 'y', 'y', 'y', 'y', 'y', 'y'],
  ['ь', '-', '-', '-', '-', '-', '-', '-', '-'],
  ['э', 'e', 'è', 'ė', 'e', 'e', 'e', 'e', 'e'],
  ['ю', 'yu', 'û', 'iu', 'iu', 'yu', 'yu', 'yu', 'ju'],
  ['я', 'ya', 'â', 'ia', 'ia', 'ya', 'ya', 'ya', 'ja'],
];

/**
 * Ukrainian, one column per system in this order: the national system (2010, passports), BGN/PCGN 1965,
 * ISO 9:1995, ALA-LC, German (Duden). Letters spelt as in Russian by every system (а, б, д, ...) are not repeated.
 */
export const UKRAINIAN: ReadonlyArray<readonly [string, ...string[]]> = [
  ['г', 'h|gh', 'h', 'g', 'h', 'h'],
  ['ґ', 'g', 'g', 'g̀', 'g', 'g'],
  ['е', 'e', 'e', 'e', 'e', 'e'],
  ['є', 'ye|ie', 'ye|ie', 'ê', 'ie', 'je'],
  ['ж', 'zh', 'zh', 'ž', 'zh', 'sch'],
  ['и', 'y', 'y', 'i', 'y', 'y'],
  ['і', 'i', 'i', 'ì', 'i', 'i'],
  ['ї', 'yi|i', 'yi|i', 'ï', 'ï', 'ji'],
  ['й', 'y|i', 'y|i', 'j', 'ĭ', 'j'],
  ['х', 'kh', 'kh', 'h', 'kh', 'ch'],
  ['ц', 'ts', 'ts', 'c', 'ts', 'z'],
  ['ч', 'ch', 'ch', 'č', 'ch', 'tsch'],
  ['ш', 'sh', 'sh', 'š', 'sh', 'sch'],
  ['щ', 'shch', 'shch', 'ŝ', 'shch', 'schtsch'],
  ['ю', 'yu|iu', 'yu|iu', 'û', 'iu', 'ju'],
  ['я', 'ya|ia', 'ya|ia', 'â', 'ia', 'ja'],
];

/**
 * Kazakh letters beyond the Russian alphabet, one column per system in this order: BGN/PCGN 1979, the Kazakh
 * Latin alphabet (2021), and the Russian-style spelling of Kazakh names in passports and the press.
 */
export const KAZAKH: ReadonlyArray<readonly [string, ...string[]]> = [
  ['ә', 'ä', 'ä', 'a'],
  ['ғ', 'gh', 'ğ', 'g'],
  ['қ', 'q', 'q', 'k'],
  ['ң', 'ng', 'ñ', 'n'],
  ['ө', 'ö', 'ö', 'o'],
  ['ұ', 'ū', 'ū', 'u'],
  ['ү', 'ü', 'ü', 'u'],
  ['һ', 'h', 'h', 'kh'],
  ['і', 'i', 'ı', 'i'],
  ['ж', 'zh', 'j', 'zh'],
  ['ш', 'sh', 'ş', 'sh'],
  ['ч', 'ch', 'ç', 'ch'],
  ['ы', 'y', 'y', 'y'],
];

/**
 * Groups of letters that a system or the press spells as a whole rather than letter by letter:
 * English-language spellings (Yury, Dmitri, Maria, Alexander, Ilyin). `final` groups apply at the end of
 * a word only.
 */
export const LETTER_GROUPS: ReadonlyArray<{ cyrillic: string; latin: string[]; final?: boolean }> = [
  { cyrillic: 'ий', latin: ['y', 'i'], final: true }, // Юрий: Yury, Yuri
  { cyrillic: 'ый', latin: ['y', 'i'], final: true }, // Бурный: Burny
  { cyrillic: 'ия', latin: ['ia', 'iya', 'ija'] }, // Мария: Maria
  { cyrillic: 'ьи', latin: ['yi', 'ji', 'ii'] }, // Ильин: Ilyin, Iljin
  { cyrillic: 'кс', latin: ['x'] }, // Александр: Alexander, Максим: Maxim
];

/**
 * Regular correspondences between the Russian and the Ukrainian spelling of one name, letter for letter:
 * initial а- / о- (Александр / Олександр, Алексей / Олексій) and final -ей / -ий / -ій (Андрей / Андрій,
 * Сергей / Сергій). They let the two spellings of one person's name meet; they are correspondences of
 * letters, not a list of names.
 */
export const RUSSIAN_UKRAINIAN: ReadonlyArray<{ spellings: string[]; initial?: boolean; final?: boolean }> = [
  { spellings: ['а', 'о', 'a', 'o'], initial: true },
  { spellings: ['ей', 'ій', 'ий', 'ey', 'ei', 'ej', 'iy', 'ii', 'ij', 'i'], final: true },
];
