import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { DocumentReadError, type SourceDocument } from '../ingest/seed.js';
import { jsonSyntaxProblem } from './json-syntax.js';
import { firstInvalidUtf8Offset } from './utf8.js';

export interface ReadLimits {
  /** largest document read, in bytes (KG_MAX_DOCUMENT_BYTES, --max-document-bytes) */
  maxBytes: number;
  /** follow a symbolic link given as a document (--follow-symlinks); off by default */
  followSymlinks: boolean;
}

const fail = (path: string, message: string) => new DocumentReadError(`${path}: ${message}`);

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

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

/**
 * Opens a path someone typed, the careful way: only a regular file, a symbolic link only when asked.
 * Returns the open descriptor; the caller closes it.
 */
export function openRegularFile(path: string, limits: Pick<ReadLimits, 'followSymlinks'>): number {
  let fd: number;
  try {
    // O_NOFOLLOW refuses a link at open time, so the check cannot be raced by swapping the file for a
    // link; O_NONBLOCK keeps a named pipe from hanging the open (it is refused just below)
    const noFollow = limits.followSymlinks ? 0 : constants.O_NOFOLLOW;
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | noFollow);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' && !limits.followSymlinks && isSymlink(path)) {
      throw fail(path, 'is a symbolic link; kg reads only regular files (pass --follow-symlinks to follow links)');
    }
    throw fail(path, `cannot read: ${code ?? (error as Error).message}`);
  }
  const stats = fstatSync(fd);
  if (!stats.isFile()) {
    closeSync(fd);
    throw fail(path, `is ${kindOf(stats)}; kg reads only regular files`);
  }
  return fd;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export function tooLarge(size: string, max: number): string {
  return `is ${size} bytes, over the limit of ${max} bytes for one document (raise KG_MAX_DOCUMENT_BYTES or --max-document-bytes)`;
}

function readUpTo(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(Math.min(limit, 1 << 20));
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, limit - total), null);
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
    total += read;
    if (total >= limit) break;
  }
  return Buffer.concat(chunks, total);
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function parseDocument(path: string, bytes: Buffer): unknown {
  const invalidAt = firstInvalidUtf8Offset(bytes);
  if (invalidAt !== null) throw fail(path, `not valid UTF-8: byte offset ${invalidAt} (0x${bytes[invalidAt].toString(16).padStart(2, '0')}) starts no valid character`);
  // editors on some systems write a byte-order mark; JSON.parse would reject it as an unexpected token
  const text = bytes.subarray(bytes.subarray(0, 3).equals(BOM) ? 3 : 0).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw fail(path, `not valid JSON: ${jsonSyntaxProblem(text)}`);
  }
}
