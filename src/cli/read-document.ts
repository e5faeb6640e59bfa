import { closeSync, fstatSync } from 'node:fs';
import { openRegularFile, readUpTo, tooLarge, type ReadLimits } from '../files/careful-read.js';
import { DocumentReadError, type SourceDocument } from '../ingest/seed.js';
import { firstInvalidUtf8Offset } from '../files/utf8.js';
import { jsonSyntaxProblem } from './json-syntax.js';

export type { ReadLimits } from '../files/careful-read.js';

const fail = (path: string, message: string) => new DocumentReadError(`${path}: ${message}`);

/**
 * Reads one extraction document the way a careful tool should read a path someone typed: only a regular
 * file, a symbolic link only when asked, at most `maxBytes`, strictly UTF-8, then JSON. Every refusal is
 * one line naming the file and what is wrong, and never quotes the file: a path that turns out to be
 * /etc/passwd or a private key must not end up in a terminal log or a CI transcript.
 */
export function readDocumentFile(path: string, limits: ReadLimits): SourceDocument {
  const fd = openRegularFile(path, limits);
  try {
    const stats = fstatSync(fd);
    if (stats.size > limits.maxBytes) throw fail(path, tooLarge(String(stats.size), limits.maxBytes));
    const bytes = readUpTo(fd, limits.maxBytes + 1);
    // the file may have grown since fstat
    if (bytes.length > limits.maxBytes) throw fail(path, tooLarge(`more than ${limits.maxBytes}`, limits.maxBytes));
    return { path, json: parseDocument(path, bytes) };
  } finally {
    closeSync(fd);
  }
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function parseDocument(path: string, bytes: Buffer): unknown {
  const invalidAt = firstInvalidUtf8Offset(bytes);
  if (invalidAt !== null)
    throw fail(
      path,
      `not valid UTF-8: byte offset ${invalidAt} (0x${bytes[invalidAt].toString(16).padStart(2, '0')}) starts no valid character`,
    );
  // editors on some systems write a byte-order mark; JSON.parse would reject it as an unexpected token
  const text = bytes.subarray(bytes.subarray(0, 3).equals(BOM) ? 3 : 0).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw fail(path, `not valid JSON: ${jsonSyntaxProblem(text)}`);
  }
}
