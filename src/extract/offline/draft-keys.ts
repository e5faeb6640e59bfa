/** Document-local keys, readable and unique: "sergei-duvanov", "sergei-duvanov-2". */
export class DraftKeys {
  private readonly used = new Set<string>();

  next(name: string): string {
    const slug =
      asciiFold(name)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 50)
        .replace(/-+$/, '') || 'item';
    let key = slug;
    for (let n = 2; this.used.has(key); n++) key = `${slug}-${n}`;
    this.used.add(key);
    return key;
  }
}

/** Letters NFKD does not take apart: "Yıldız" is "yildiz" in a key, not "y-ld-z". */
const LETTERS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
  ə: 'e',
  Ə: 'E',
};

function asciiFold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłŁøØßđĐæÆœþðəƏ]/g, (c) => LETTERS[c] ?? c)
    .replace(/['’]/g, '');
}
