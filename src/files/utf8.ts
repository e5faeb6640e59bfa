import { isUtf8 } from 'node:buffer';

/**
 * The byte offset where `bytes` stops being well-formed UTF-8, or null when all of it is. Node's own
 * decoder replaces bad bytes with U+FFFD silently and its validator only says yes or no, so after a "no"
 * this walks the bytes to say where (the rules of RFC 3629: no overlongs, no surrogates, at most U+10FFFF).
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | null {
  if (isUtf8(bytes)) return null;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return null;
}

const continuation = (b: number | undefined) => b !== undefined && (b & 0xc0) === 0x80;

/** Length of the well-formed sequence starting at i, or 0 when none starts there. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const [b1, b2, b3] = [bytes[i + 1], bytes[i + 2], bytes[i + 3]];
  if (b >= 0xc2 && b <= 0xdf) return continuation(b1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    // E0 needs A0..BF (no overlong), ED needs 80..9F (no surrogate)
    const low = b === 0xe0 ? 0xa0 : 0x80;
    const high = b === 0xed ? 0x9f : 0xbf;
    return b1 !== undefined && b1 >= low && b1 <= high && continuation(b2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    // F0 needs 90..BF (no overlong), F4 needs 80..8F (nothing past U+10FFFF)
    const low = b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xf4 ? 0x8f : 0xbf;
    return b1 !== undefined && b1 >= low && b1 <= high && continuation(b2) && continuation(b3) ? 4 : 0;
  }
  return 0;
}
