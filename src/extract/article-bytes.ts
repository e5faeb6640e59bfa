import { closeSync, fstatSync } from 'node:fs';
import { openRegularFile, readUpTo, tooLarge, type ReadLimits } from '../files/careful-read.js';
import { firstInvalidUtf8Offset } from '../files/utf8.js';
import { ExtractionError } from '../domain/errors.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * An article file's text, read the way kg reads every path someone types (a regular file, a link only
 * with --follow-symlinks, at most `maxBytes`), and refused when it is not text: a NUL byte or a byte that
 * is not UTF-8. No message quotes the file.
 */
export function readArticleText(path: string, limits: ReadLimits): string {
  const fd = openRegularFile(path, limits);
  let bytes: Buffer;
  try {
    const { size } = fstatSync(fd);
    if (size > limits.maxBytes) throw new ExtractionError(`${path}: ${tooLarge(String(size), limits.maxBytes)}`);
    bytes = readUpTo(fd, limits.maxBytes + 1);
    // the file may have grown since fstat
    if (bytes.length > limits.maxBytes) throw new ExtractionError(`${path}: ${tooLarge(`more than ${limits.maxBytes}`, limits.maxBytes)}`);
  } finally {
    closeSync(fd);
  }
  return decodeText(path, bytes);
}

/** Strict UTF-8 without NUL bytes (which UTF-8 allows but no article has), less a byte-order mark. */
function decodeText(path: string, bytes: Buffer): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    throw new ExtractionError(
      `${path}: is a binary file (a NUL byte at offset ${nul}), not an article; give the article as .md, .txt or a saved .html page`,
    );
  const invalidAt = firstInvalidUtf8Offset(bytes);
  if (invalidAt !== null) {
    const byte = bytes[invalidAt].toString(16).padStart(2, '0');
    throw new ExtractionError(
      `${path}: is not valid UTF-8 (byte offset ${invalidAt}, 0x${byte}, starts no valid character); save the article as UTF-8 text`,
    );
  }
  return bytes.subarray(bytes.subarray(0, 3).equals(BOM) ? 3 : 0).toString('utf8');
}
