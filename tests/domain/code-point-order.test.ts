import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../../src/domain/code-point-order.js';

// the definition the stores sort by: UTF-8 bytes (a lone surrogate encodes as U+FFFD, as Buffer.from does)
const byUtf8 = (a: string, b: string) => Math.sign(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));

// units from each range where UTF-16 and code point order could part: ASCII, Cyrillic, the surrogates
// (paired and lone), the private use area and U+FFFx just above them
const UNITS = ['a', 'b', 'Z', 'я', 'Ж', '\uD83D', '\uDE00', '\uDE01', '\uD800', '\uDFFF', '\uE000', '\uFFFD', '\uFFFF', '😀', '𝔸'];

describe('compareCodePoints', () => {
  it('orders as UTF-8 bytes do, where UTF-16 order differs', () => {
    // U+1F600 (a surrogate pair in UTF-16) comes after U+FFFD in code points, before it in UTF-16 units
    expect('😀' < '\uFFFD').toBe(true);
    expect(compareCodePoints('😀', '\uFFFD')).toBeGreaterThan(0);
    expect(compareCodePoints('x😀', 'x\uFFFD')).toBeGreaterThan(0);
    // two pairs that differ only in the low surrogate: 😀 U+1F600 before 😁 U+1F601
    expect(compareCodePoints('\uD83D\uDE00', '\uD83D\uDE01')).toBeLessThan(0);
    expect(compareCodePoints('abc', 'abd')).toBeLessThan(0);
    expect(compareCodePoints('ab', 'abc')).toBeLessThan(0);
    expect(compareCodePoints('same', 'same')).toBe(0);
  });

  it('agrees with the UTF-8 byte order on every pair of 6,000 seeded strings mixing surrogates and high BMP', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const strings = Array.from({ length: 6000 }, () => {
      const length = Math.floor(next() * 5);
      return Array.from({ length }, () => UNITS[Math.floor(next() * UNITS.length)]).join('');
    });
    for (let i = 0; i + 1 < strings.length; i++) {
      const [a, b] = [strings[i], strings[i + 1]];
      expect([a, b, Math.sign(compareCodePoints(a, b))]).toEqual([a, b, byUtf8(a, b)]);
    }
  });
});
